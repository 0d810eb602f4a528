#include "mediation/mediationservice.h"
#include "settings/settingspage.h"
#include "support/uitesting.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace linli;

// The settings page at two desks on one file: a refusal says who saved first and what the user
// typed stays where it clashes with nothing.
class TestSettingsPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aRefusedSaveKeepsWhatDidNotClash();
    void aBadValueKeepsEverythingTyped();
    void aRefusedRenameAsksAgainWithTheTypedName();
    void caseTypesAreMappedToTheOfficialCategories();
    void dutyStaffSeeTheOfficeButDoNotEditIt();

private:
    template<typename T> T *find(const char *name) const {
        T *widget = m_page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no %s on the settings page", name);
        return widget;
    }
    /// Clicks `button` (the page's Save unless said), keeping the text of any error box.
    void save(const char *button = "saveSettingsButton");
    /// The text of the error box the last action showed; empty when none was shown.
    QString m_error;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_desk;
    std::unique_ptr<Workspace> m_other;
    std::unique_ptr<SettingsPage> m_page;
};

void TestSettingsPage::init() {
    QCoreApplication::setOrganizationName(QStringLiteral("LinliTest"));
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("office.linli"));
    auto desk = Database::open(path);
    QVERIFY2(desk, qPrintable(desk.error()));
    (*desk)->setOperatorName(QStringLiteral("甲台"));
    m_desk = std::make_unique<Workspace>(std::move(*desk));
    QVERIFY(m_desk->office().save({QStringLiteral("红旗社区居民委员会"), QStringLiteral("宝塔街道"),
                                   QStringLiteral("岳塘区"), QStringLiteral("0731-58581234"),
                                   QStringLiteral("红旗社区居民委员会")}));
    QVERIFY(m_desk->complaints().addCategory(QStringLiteral("噪音")));
    auto other = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY2(other, qPrintable(other.error()));
    (*other)->setOperatorName(QStringLiteral("乙台"));
    m_other = std::make_unique<Workspace>(std::move(*other));
    m_page =
        std::make_unique<SettingsPage>(m_desk->office(), m_desk->complaints(), m_desk->accounts(),
                                       m_desk->mediation(), m_desk->database());
    m_page->show();
    m_error.clear();
}

void TestSettingsPage::cleanup() {
    // A failed check may leave a timer waiting for a dialog that never came.
    qDeleteAll(findChildren<QTimer *>());
    m_page.reset();
    m_other.reset();
    m_desk.reset();
    m_dir.reset();
}

void TestSettingsPage::save(const char *button) {
    m_error.clear();
    test::whenDialogOpens(this, [this](QWidget *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
            m_error = box->text() + QLatin1Char('\n') + box->informativeText();
            box->accept();
        }
    });
    QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton);
    // The timer waits for a box that never comes when the save went through.
    qDeleteAll(findChildren<QTimer *>());
}

void TestSettingsPage::aRefusedSaveKeepsWhatDidNotClash() {
    // Desk 乙 changes the phone while this page is open on the old one.
    auto seen = m_other->office().identity();
    QVERIFY(seen);
    OfficeIdentity changed = *seen;
    changed.phone = QStringLiteral("0731-58589999");
    QVERIFY(m_other->office().save(changed, *seen));

    // Here the user types a new phone, a new district and a new retention.
    find<QLineEdit>("officePhone")->setText(QStringLiteral("0731-58580000"));
    find<QLineEdit>("officeDistrict")->setText(QStringLiteral("雨湖区"));
    find<QSpinBox>("retentionMonths")->setValue(48);
    save();
    QVERIFY2(m_error.contains(QStringLiteral("乙台")), qPrintable(m_error));

    // The clash shows what 乙台 saved; the rest is still as typed, and nothing of it was saved.
    QCOMPARE(find<QLineEdit>("officePhone")->text(), QStringLiteral("0731-58589999"));
    QCOMPARE(find<QLineEdit>("officeDistrict")->text(), QStringLiteral("雨湖区"));
    QCOMPARE(find<QSpinBox>("retentionMonths")->value(), 48);
    QCOMPARE(m_other->office().identity()->district, QStringLiteral("岳塘区"));

    // Saved again, the typed district and retention go in over 乙台's phone, which stays.
    save();
    QVERIFY2(m_error.isEmpty(), qPrintable(m_error));
    QCOMPARE(find<QLabel>("settingsStatus")->text(), QStringLiteral("Saved."));
    const auto now = m_other->office().identity();
    QCOMPARE(now->phone, QStringLiteral("0731-58589999"));
    QCOMPARE(now->district, QStringLiteral("雨湖区"));
    QCOMPARE(m_other->office().retentionMonths(), 48);
}

void TestSettingsPage::aBadValueKeepsEverythingTyped() {
    find<QLineEdit>("officePhone")->setText(QStringLiteral("电话"));
    find<QLineEdit>("officeDistrict")->setText(QStringLiteral("雨湖区"));
    find<QLineEdit>("casePrefix")->setText(QStringLiteral("红调"));
    save();
    QVERIFY2(!m_error.isEmpty(), "a phone of letters was saved");
    QCOMPARE(find<QLineEdit>("officePhone")->text(), QStringLiteral("电话"));
    QCOMPARE(find<QLineEdit>("officeDistrict")->text(), QStringLiteral("雨湖区"));
    QCOMPARE(find<QLineEdit>("casePrefix")->text(), QStringLiteral("红调"));
    QCOMPARE(m_other->office().identity()->phone, QStringLiteral("0731-58581234"));
}

void TestSettingsPage::aRefusedRenameAsksAgainWithTheTypedName() {
    auto *categories = find<QTableView>("categoryTable");
    const auto rowNamed = [categories](const QString &name) {
        for (int row = 0; row < categories->model()->rowCount(); ++row)
            if (categories->model()->index(row, 0).data().toString() == name)
                return row;
        return -1;
    };
    const int row = rowNamed(QStringLiteral("噪音"));
    QVERIFY(row >= 0);
    categories->selectRow(row);
    // Desk 乙 renames the category while this desk's list still shows 噪音.
    const auto listed = m_other->complaints().complaints().categories();
    QVERIFY(listed);
    const auto noise = std::find_if(listed->cbegin(), listed->cend(), [](const Category &c) {
        return c.name == QStringLiteral("噪音");
    });
    QVERIFY(noise != listed->cend());
    QVERIFY(m_other->complaints().renameCategory(*noise, QStringLiteral("噪声")));

    QStringList asked;
    QString refusal;
    // The rename dialog, the refusal, the rename dialog again: answered in turn as they open.
    std::function<void(QWidget *)> answer = [&](QWidget *dialog) {
        if (auto *input = qobject_cast<QInputDialog *>(dialog)) {
            asked.append(input->textValue());
            if (asked.size() == 1)
                input->setTextValue(QStringLiteral("夜间噪音"));
            input->accept();
        } else if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
            refusal = box->informativeText();
            box->accept();
        }
        if (asked.size() < 2)
            test::whenDialogOpens(this, answer);
    };
    test::whenDialogOpens(this, answer);
    QTest::mouseClick(find<QPushButton>("renameCategoryButton"), Qt::LeftButton);

    QVERIFY2(refusal.startsWith(QStringLiteral("乙台")), qPrintable(refusal));
    QCOMPARE(asked, (QStringList{QStringLiteral("噪音"), QStringLiteral("夜间噪音")}));
    // Asked again over the list as now saved, the second answer went in.
    const auto now = m_other->complaints().complaints().categories();
    QVERIFY(std::any_of(now->cbegin(), now->cend(), [id = noise->id](const Category &c) {
        return c.id == id && c.name == QStringLiteral("夜间噪音");
    }));
    QVERIFY(rowNamed(QStringLiteral("夜间噪音")) >= 0);
    QCOMPARE(rowNamed(QStringLiteral("噪声")), -1);
}

// Noise counted under environmental pollution, chosen on the page; a choice another desk changed
// meanwhile is refused, naming who, and the page shows theirs.
void TestSettingsPage::caseTypesAreMappedToTheOfficialCategories() {
    auto *noise = find<QComboBox>("officialCategory_8");
    QCOMPARE(noise->currentText(), QStringLiteral("Neighbours' disputes"));
    noise->setCurrentIndex(noise->findData(int(OfficialCategory::Environment)));
    save("saveOfficialCategoriesButton");
    QVERIFY2(m_error.isEmpty(), qPrintable(m_error));
    QCOMPARE(m_other->mediation().repository().officialCategories()->value(CaseType::Noise),
             OfficialCategory::Environment);

    // 乙台 counts parking under neighbours' disputes; this page still shows property.
    auto mapping = *m_other->mediation().repository().officialCategories();
    const OfficialCategoryMap seen = mapping;
    mapping[CaseType::Parking] = OfficialCategory::Neighbours;
    QVERIFY(m_other->mediation().setOfficialCategories(mapping, seen));
    auto *parking = find<QComboBox>("officialCategory_10");
    QCOMPARE(parking->currentData().toInt(), int(OfficialCategory::Property));
    parking->setCurrentIndex(parking->findData(int(OfficialCategory::Other)));
    save("saveOfficialCategoriesButton");
    QVERIFY2(m_error.contains(QStringLiteral("乙台 changed this setting")), qPrintable(m_error));
    QCOMPARE(parking->currentData().toInt(), int(OfficialCategory::Neighbours));
    QCOMPARE(m_other->mediation().repository().officialCategories()->value(CaseType::Parking),
             OfficialCategory::Neighbours);
}

// The office's details are shown to duty staff read-only, the statistics mapping too; the
// desk's language stays theirs to choose.
void TestSettingsPage::dutyStaffSeeTheOfficeButDoNotEditIt() {
    m_page.reset();
    m_desk->database().setSession({AccountId{3}, QStringLiteral("周敏"), Role::DutyStaff, {}});
    m_page =
        std::make_unique<SettingsPage>(m_desk->office(), m_desk->complaints(), m_desk->accounts(),
                                       m_desk->mediation(), m_desk->database());
    m_page->show();
    QCOMPARE(find<QLineEdit>("officePhone")->text(), QStringLiteral("0731-58581234"));
    for (const char *name : {"officeCommunity", "officePhone", "casePrefix", "backupFolder"})
        QVERIFY2(!find<QLineEdit>(name)->isEnabled(), name);
    QVERIFY(!find<QSpinBox>("retentionMonths")->isEnabled());
    QVERIFY(!find<QSpinBox>("normalDays")->isEnabled());
    QVERIFY(!find<QPushButton>("renameCategoryButton")->isEnabled());
    QVERIFY(find<QComboBox>("languageCombo")->isEnabled());
    QVERIFY(!find<QComboBox>("officialCategory_8")->isEnabled());
    QVERIFY(!find<QPushButton>("saveOfficialCategoriesButton")->isEnabled());
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
