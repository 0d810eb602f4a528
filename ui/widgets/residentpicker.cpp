#include "widgets/residentpicker.h"

#include "registry/idnumber.h"
#include "registry/residentrepository.h"

#include <QCompleter>
#include <QStandardItemModel>

namespace linli {

ResidentPicker::ResidentPicker(const ResidentRepository &residents, QWidget *parent)
    : QLineEdit(parent)
    , m_residents(residents)
    , m_matches(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_matches, this)) {
    setPlaceholderText(tr("Name, phone or address of a resident"));
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &ResidentPicker::find);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                if (index.row() < 0 || index.row() >= m_found.size())
                    return;
                m_chosen = m_found.at(index.row());
                const QString name = m_chosen->resident.name;
                // The completer writes its display text; put the name back once it is done.
                QMetaObject::invokeMethod(
                    this, [this, name] { setText(name); }, Qt::QueuedConnection);
                Q_EMIT residentChosen(*m_chosen);
            });
}

void ResidentPicker::find(const QString &text) {
    m_chosen.reset();
    m_matches->clear();
    m_found.clear();
    if (text.trimmed().isEmpty())
        return;
    const auto found = m_residents.page({text, false}, std::nullopt, 12);
    if (!found)
        return;
    m_found = *found;
    for (const ResidentListEntry &entry : std::as_const(m_found))
        m_matches->appendRow(
            new QStandardItem(tr("%1 — %2 %3")
                                  .arg(entry.resident.name, entry.address,
                                       MobilePhone::masked(entry.resident.mobile))));
    m_completer->complete();
}

} // namespace linli
