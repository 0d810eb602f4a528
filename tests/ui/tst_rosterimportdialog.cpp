#include "residents/residentspage.h"
#include "residents/rosterimportdialog.h"
#include "support/registryfixture.h"
#include "support/uitesting.h"

#include "exchange/exportaudit.h"
#include "widgets/listexporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace linli;

/// The roster import as staff use it: the file read, a column's match corrected, the preview
/// filtered to the errors, the import held back until the rows with errors are to be left out,
/// then written; the button only for roles that may import.
class TestRosterImportDialog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void previewCorrectAndImport();
    void unreadableFileSaysWhy();
    void buttonOnlyForRolesThatMayImport();
    void listExportKeepsTypesAndIsAudited();
};

void TestRosterImportDialog::previewCorrectAndImport() {
    test::RegistryFixture f;
    RosterImportDialog dialog(f.registry);
    dialog.show();
    QVERIFY(dialog.openFile(QStringLiteral(TEST_DATA_DIR "/roster-libxlsxwriter.xlsx")));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    auto *skipErrors = dialog.findChild<QCheckBox *>(QStringLiteral("skipErrorsCheck"));
    auto *rows = dialog.findChild<QTableView *>(QStringLiteral("previewTable"));
    auto *mapping = dialog.findChild<QTableWidget *>(QStringLiteral("mappingTable"));
    QVERIFY(summary && importButton && skipErrors && rows && mapping);
    QCOMPARE(mapping->rowCount(), 13);
    QCOMPARE(summary->text(), QStringLiteral("3 new, 0 to update, 0 unchanged, 5 with errors"));
    QCOMPARE(rows->model()->rowCount(), 8);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("newPlacesLabel"))
                ->text()
                .contains(QStringLiteral("新建小区1栋1单元")));

    // The party column taken for notes instead: the guess is the user's to correct, and a field
    // goes to one column only (the old notes column is let go).
    auto *party = mapping->findChild<QComboBox *>(QStringLiteral("fieldCombo10"));
    auto *notes = mapping->findChild<QComboBox *>(QStringLiteral("fieldCombo12"));
    QVERIFY(party && notes);
    QCOMPARE(party->currentData().toInt(), int(RosterField::PartyMember));
    party->setCurrentIndex(party->findData(int(RosterField::Notes)));
    Q_EMIT party->activated(party->currentIndex());
    QCOMPARE(notes->currentData().toInt(), int(RosterField::Ignore));
    QCOMPARE(dialog.preview()->rows.at(0).resident.notes, QStringLiteral("中共党员"));
    QVERIFY(!dialog.preview()->rows.at(0).resident.markers.partyMember);
    // Without a name column there is no preview, and a clear word why.
    auto *name = mapping->findChild<QComboBox *>(QStringLiteral("fieldCombo5"));
    name->setCurrentIndex(name->findData(int(RosterField::Ignore)));
    Q_EMIT name->activated(name->currentIndex());
    QVERIFY(!dialog.preview());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("mappingProblem"))
                ->text()
                .contains(QStringLiteral("Name")));
    QVERIFY(!importButton->isEnabled());
    name->setCurrentIndex(name->findData(int(RosterField::Name)));
    Q_EMIT name->activated(name->currentIndex());
    party->setCurrentIndex(party->findData(int(RosterField::PartyMember)));
    Q_EMIT party->activated(party->currentIndex());
    QVERIFY(dialog.preview());

    // Only the errors, each with its reason.
    auto *filter = dialog.findChild<QComboBox *>(QStringLiteral("verdictFilter"));
    filter->setCurrentIndex(filter->findData(int(RosterRow::Verdict::Error)));
    QCOMPARE(rows->model()->rowCount(), 5);
    QVERIFY(rows->model()->index(0, 6).data().toString().contains(QStringLiteral("4.30304E+17")));

    // Rows with errors hold the import back until the user chooses to leave them out.
    QVERIFY(skipErrors->isVisible());
    QVERIFY(!importButton->isEnabled());
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM residents")), 0);
    skipErrors->setChecked(true);
    QVERIFY(importButton->isEnabled());
    QVERIFY(importButton->text().contains(QStringLiteral("3")));
    QTest::mouseClick(importButton, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.importResult());
    QCOMPARE(dialog.importResult()->added, 3);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM residents")), 3);
}

void TestRosterImportDialog::unreadableFileSaysWhy() {
    test::RegistryFixture f;
    RosterImportDialog dialog(f.registry);
    QVERIFY(!dialog.openFile(f.db.path())); // the database itself: not a roster
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("infoLabel"))->text().isEmpty());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
}

void TestRosterImportDialog::buttonOnlyForRolesThatMayImport() {
    for (const auto &[role, shown] :
         {std::pair{Role::DutyStaff, true}, std::pair{Role::GridWorker, false},
          std::pair{Role::ReadOnly, false}}) {
        test::RegistryFixture f;
        f.db->setSession({AccountId{3}, QStringLiteral("某人"), role, {}});
        ResidentsPage page(f.registry, *f.db);
        page.show();
        auto *button = page.findChild<QPushButton *>(QStringLiteral("importResidentsButton"));
        QVERIFY(button);
        QCOMPARE(button->isVisible(), shown);
    }
}

void TestRosterImportDialog::listExportKeepsTypesAndIsAudited() {
    QStandardItemModel model(2, 3);
    model.setHorizontalHeaderLabels(
        {QStringLiteral("姓名"), QStringLiteral("走访日期"), QStringLiteral("时长")});
    model.setData(model.index(0, 0), QStringLiteral("=张桂兰"));
    model.setData(model.index(0, 1), QDate(2025, 3, 1));
    model.setData(model.index(0, 2), 3);
    model.setData(model.index(1, 0), QStringLiteral("李秀英"));
    model.setData(model.index(1, 2), 1.5);
    const ExportTable table = ListExporter::tableOf(model);
    QCOMPARE(table.headers.at(1), QStringLiteral("走访日期"));
    QCOMPARE(table.types,
             (QList<ExportTable::Type>{ExportTable::Type::Text, ExportTable::Type::Date,
                                       ExportTable::Type::Number}));
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.at(0).at(0).toString(), QStringLiteral("=张桂兰"));

    test::RegistryFixture f;
    QVERIFY(ExportAudit::record(*f.db, QStringLiteral("volunteer_hours"), 2));
    QCOMPARE(f.count(QStringLiteral(
                 "SELECT count(*) FROM audit_log WHERE entity = 'volunteer_hours_export'")),
             1);
    f.db->setSession({AccountId{3}, QStringLiteral("主任"), Role::ReadOnly, {}});
    QVERIFY(!ExportAudit::allowed(*f.db, Permission::ExportPersonalData));
    QWidget page;
    QPushButton *button = ListExporter::button(
        &page, *f.db, QStringLiteral("exportHours"), QStringLiteral("x"), QStringLiteral("x"),
        model, QStringLiteral("volunteer_hours"), Permission::ExportPersonalData);
    page.show();
    QVERIFY(!button->isVisible());
}

QTEST_MAIN(TestRosterImportDialog)
#include "tst_rosterimportdialog.moc"
