#include "cogovernance/templatesdialog.h"

#include "cogovernance/cogovernanceservice.h"
#include "widgets/errorreporter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace linli {

TemplatesDialog::TemplatesDialog(CoGovernanceService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_clauses(new QPlainTextEdit(this))
    , m_note(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_remove(new QPushButton(tr("&Remove"), this)) {
    setObjectName(QStringLiteral("templatesDialog"));
    setWindowTitle(tr("Hygiene pact templates"));
    resize(820, 520);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setMaximumWidth(240);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_title->setObjectName(QStringLiteral("templateTitle"));
    m_clauses->setObjectName(QStringLiteral("templateClauses"));
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    m_remove->setObjectName(QStringLiteral("removeTemplateButton"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #555;"));
    auto *copy = new QPushButton(tr("&Copy as a new template"), this);
    copy->setObjectName(QStringLiteral("copyTemplateButton"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("C&lauses:"), m_clauses);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copy);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    buttons->addWidget(m_save);
    auto *right = new QVBoxLayout;
    right->addLayout(form, 1);
    right->addWidget(m_note);
    right->addLayout(buttons);
    auto *body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addLayout(right, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatesDialog::showTemplate);
    connect(copy, &QPushButton::clicked, this, &TemplatesDialog::copyChosen);
    connect(m_save, &QPushButton::clicked, this, &TemplatesDialog::saveChosen);
    connect(m_remove, &QPushButton::clicked, this, &TemplatesDialog::removeChosen);
    reload({});
}

void TemplatesDialog::reload(PactTemplateId select) {
    const auto templates = m_service.repository().templates();
    if (!templates) {
        ErrorReporter::report(this, tr("The templates cannot be shown."), templates.error());
        return;
    }
    m_templates = *templates;
    QSignalBlocker quiet(m_list);
    m_list->clear();
    int chosen = 0;
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        m_list->addItem(m_templates.at(i).name);
        if (m_templates.at(i).id == select)
            chosen = int(i);
    }
    m_list->setCurrentRow(chosen);
    showTemplate(chosen);
}

void TemplatesDialog::showTemplate(int row) {
    if (row < 0 || row >= m_templates.size())
        return;
    const PactTemplate &t = m_templates.at(row);
    m_name->setText(t.name);
    m_title->setText(t.title);
    m_clauses->setPlainText(t.clauses.join(QStringLiteral("\n")));
    for (QWidget *editor : std::initializer_list<QWidget *>{m_name, m_title, m_clauses})
        editor->setEnabled(!t.builtIn);
    m_save->setEnabled(!t.builtIn);
    m_remove->setEnabled(!t.builtIn);
    m_note->setText(t.builtIn ? tr("The default pact written for Linli is kept as it is: copy it "
                                   "to make the office's own.")
                              : tr("One clause a paragraph. Placeholders: {社区} {小区} {楼栋} "
                                   "{邻长} {日期}. Buildings keep the pact they adopted; a change "
                                   "here reaches them when they adopt a new version."));
}

void TemplatesDialog::copyChosen() {
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    PactTemplate copy = m_templates.at(row);
    copy.id = {};
    copy.builtIn = false;
    QString name = tr("%1 (copy)").arg(copy.name);
    for (int n = 2; std::any_of(m_templates.cbegin(), m_templates.cend(),
                                [&](const PactTemplate &t) { return t.name == name; });
         ++n)
        name = tr("%1 (copy %2)").arg(copy.name).arg(n);
    copy.name = name;
    const auto saved = m_service.saveTemplate(copy);
    if (!saved) {
        ErrorReporter::report(this, tr("The template was not copied."), saved.error());
        return;
    }
    reload(*saved);
}

void TemplatesDialog::saveChosen() {
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    PactTemplate changed = m_templates.at(row);
    changed.name = m_name->text();
    changed.title = m_title->text();
    changed.clauses = m_clauses->toPlainText().split(u'\n');
    const auto saved = m_service.saveTemplate(changed);
    if (!saved) {
        ErrorReporter::report(this, tr("The template was not saved."), saved.error());
        return;
    }
    reload(*saved);
}

void TemplatesDialog::removeChosen() {
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    if (const Status done = m_service.removeTemplate(m_templates.at(row).id); !done) {
        ErrorReporter::report(this, tr("The template was not removed."), done.error());
        return;
    }
    reload({});
}

} // namespace linli
