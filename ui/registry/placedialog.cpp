#include "registry/placedialog.h"
#include "widgets/savingguard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace linli {

PlaceDialog::PlaceDialog(const QString &title, const QString &nameLabel, const QString &name,
                         QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(name, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("placeDialog"));
    setWindowTitle(title);
    m_name->setObjectName(QStringLiteral("placeNameEdit"));
    m_error->setObjectName(QStringLiteral("placeError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_form->addRow(nameLabel, m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(360);
    auto *save = m_buttons->button(QDialogButtonBox::Save);
    save->setEnabled(!name.trimmed().isEmpty());
    connect(m_name, &QLineEdit::textChanged, this,
            [save](const QString &text) { save->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PlaceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PlaceDialog::reject);
}

void PlaceDialog::setChoices(const QString &label,
                             const QList<std::pair<QString, QVariant>> &choices,
                             const QVariant &current) {
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("placeChoice"));
    for (const auto &[text, value] : choices)
        m_choice->addItem(text, value);
    m_choice->setCurrentIndex(qMax(0, m_choice->findData(current)));
    m_form->addRow(label, m_choice);
}

void PlaceDialog::accept() {
    if (!m_save)
        return QDialog::accept();
    const SavingGuard saving(this);
    const Status saved = m_save(m_name->text(), m_choice ? m_choice->currentData() : QVariant());
    if (!saved) {
        m_error->setText(saved.error());
        m_error->show();
        adjustSize();
        return;
    }
    QDialog::accept();
}

} // namespace linli
