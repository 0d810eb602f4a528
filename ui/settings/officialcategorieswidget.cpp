#include "settings/officialcategorieswidget.h"

#include "mediation/mediationlabels.h"
#include "mediation/mediationservice.h"
#include "widgets/errorreporter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace linli {

OfficialCategoriesWidget::OfficialCategoriesWidget(MediationService &mediation, bool mayEdit,
                                                   QWidget *parent)
    : QWidget(parent)
    , m_mediation(mediation)
    , m_status(new QLabel(this)) {
    auto *intro = new QLabel(
        tr("The monthly statistics form (人民调解工作统计表) counts disputes under the judicial "
           "office's categories. Choose where each of the office's own case types is counted."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (const CaseType type : MediationLabels::caseTypes()) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("officialCategory_%1").arg(int(type)));
        for (const OfficialCategory category : OfficialCategories::all())
            combo->addItem(MediationLabels::officialCategory(category), int(category));
        combo->setEnabled(mayEdit);
        form->addRow(tr("%1:").arg(MediationLabels::caseType(type)), combo);
        m_combos.insert(type, combo);
    }
    auto *save = new QPushButton(tr("&Save the categories"), this);
    save->setObjectName(QStringLiteral("saveOfficialCategoriesButton"));
    save->setToolTip(tr("Count the case types under these categories from the next form on"));
    save->setEnabled(mayEdit);
    m_status->setObjectName(QStringLiteral("officialCategoriesStatus"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(save, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addStretch();
    connect(save, &QPushButton::clicked, this, &OfficialCategoriesWidget::save);
    load();
}

void OfficialCategoriesWidget::load() {
    const auto mapping = m_mediation.repository().officialCategories();
    if (!mapping) {
        ErrorReporter::report(this, tr("The statistics categories could not be read."),
                              mapping.error());
        return;
    }
    m_loaded = *mapping;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it)
        it.value()->setCurrentIndex(it.value()->findData(int(m_loaded.value(it.key()))));
}

void OfficialCategoriesWidget::save() {
    OfficialCategoryMap chosen;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it)
        chosen.insert(it.key(), OfficialCategory(it.value()->currentData().toInt()));
    const Status done = m_mediation.setOfficialCategories(chosen, m_loaded);
    if (!done) {
        m_status->clear();
        ErrorReporter::report(this, tr("The categories were not saved."), done.error());
        // Shown as saved now; the user's other choices stay where nobody else changed them.
        const OfficialCategoryMap shown = m_loaded;
        load();
        for (auto it = chosen.cbegin(); it != chosen.cend(); ++it)
            if (m_loaded.value(it.key()) == shown.value(it.key()))
                m_combos.value(it.key())->setCurrentIndex(
                    m_combos.value(it.key())->findData(int(it.value())));
        return;
    }
    load();
    m_status->setText(tr("Saved. The next statistics form counts the case types this way."));
}

} // namespace linli
