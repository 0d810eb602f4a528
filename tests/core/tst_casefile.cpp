#include "documents/casefiledocuments.h"
#include "documents/printeddocument.h"
#include "mediation/mediationservice.h"
#include "support/pdftext.h"
#include "support/registryfixture.h"

#include <QGuiApplication>
#include <QTest>
#include <QTextDocument>

using namespace linli;

namespace {

using D = CaseDocument;

const QDateTime kNow(QDate(2025, 3, 27), QTime(10, 0));

Session sessionAt(qint64 id, QTime start, bool recorded, bool cancelled = false) {
    Session s;
    s.id = SessionId{id};
    s.start = QDateTime(kNow.date(), start);
    s.end = s.start.addSecs(3600);
    s.record = recorded ? QStringLiteral("双方陈述") : QString();
    s.cancelled = cancelled;
    return s;
}

CaseEvent movedTo(CaseState to) {
    return {kNow, QStringLiteral("测试员"), QString(), CaseState::Accepted, to, QString()};
}

QString names(const QList<CaseFileItem> &items, bool ready) {
    QStringList found;
    for (const CaseFileItem &item : items) {
        if (item.ready == ready)
            found << QString::number(int(item.document));
    }
    return found.join(u',');
}

QString kinds(std::initializer_list<D> documents) {
    QStringList list;
    for (const D d : documents)
        list << QString::number(int(d));
    return list.join(u',');
}

} // namespace

// The case file: what it needs at each stage, the refusal to close an incomplete one, and the
// bound file on paper.
class TestCaseFile final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void whatTheFileNeeds_data();
    void whatTheFileNeeds();
    void boundFileHasIndexPagesAndEveryPaper();
    void blankFormsForPapersNotYetReady();

private:
    CaseFileDocuments::Source closedCase();
};

void TestCaseFile::whatTheFileNeeds_data() {
    QTest::addColumn<CaseFile::Contents>("contents");
    QTest::addColumn<QString>("ready");
    QTest::addColumn<QString>("missing");

    CaseFile::Contents accepted;
    accepted.mediationCase.state = CaseState::Accepted;
    QTest::newRow("just accepted, notice not given")
        << accepted << kinds({D::AcceptanceRegister}) << kinds({D::RightsNotice, D::ClosingReport});

    CaseFile::Contents told = accepted;
    told.mediationCase.rightsNotifiedOn = kNow.date();
    QTest::newRow("accepted, notice given")
        << told << kinds({D::AcceptanceRegister, D::RightsNotice}) << kinds({D::ClosingReport});

    CaseFile::Contents sessions = told;
    sessions.mediationCase.state = CaseState::Mediating;
    sessions.events = {movedTo(CaseState::Investigating), movedTo(CaseState::Mediating)};
    sessions.sessions = {sessionAt(1, QTime(8, 0), true), sessionAt(2, QTime(9, 0), false),
                         sessionAt(3, QTime(8, 30), false, true),
                         sessionAt(4, QTime(10, 30), false)};
    QTest::newRow("held session without record; cancelled and coming ones not asked for")
        << sessions << kinds({D::AcceptanceRegister, D::RightsNotice, D::SessionRecord})
        << kinds({D::SessionRecord, D::ClosingReport});

    CaseFile::Contents mediatedNoSession = told;
    mediatedNoSession.mediationCase.state = CaseState::Mediating;
    mediatedNoSession.events = {movedTo(CaseState::Mediating)};
    QTest::newRow("mediated without any session on file")
        << mediatedNoSession << kinds({D::AcceptanceRegister, D::RightsNotice})
        << kinds({D::SessionRecord, D::ClosingReport});

    CaseFile::Contents agreed = told;
    agreed.mediationCase.state = CaseState::AgreementReached;
    agreed.events = {movedTo(CaseState::Mediating), movedTo(CaseState::AgreementReached)};
    agreed.sessions = {sessionAt(1, QTime(8, 0), true)};
    QTest::newRow("agreement reached but not written")
        << agreed << kinds({D::AcceptanceRegister, D::RightsNotice, D::SessionRecord})
        << kinds({D::Agreement, D::FollowUpRecord, D::ClosingReport});

    CaseFile::Contents complete = agreed;
    complete.mediationCase.state = CaseState::FollowedUp;
    complete.mediationCase.outcome = QStringLiteral("达成协议");
    complete.events << movedTo(CaseState::FollowedUp);
    complete.agreement = Agreement{1, {}, kNow.date(), {{QStringLiteral("疏通"), {}, {}}}};
    complete.followUps = {{kNow.date(), true, {}}};
    QTest::newRow("followed up with every paper")
        << complete
        << kinds({D::AcceptanceRegister, D::RightsNotice, D::SessionRecord, D::Agreement,
                  D::FollowUpRecord, D::ClosingReport})
        << QString();

    CaseFile::Contents noOutcome = complete;
    noOutcome.mediationCase.outcome.clear();
    QTest::newRow("followed up, outcome not written")
        << noOutcome
        << kinds({D::AcceptanceRegister, D::RightsNotice, D::SessionRecord, D::Agreement,
                  D::FollowUpRecord})
        << kinds({D::ClosingReport});

    CaseFile::Contents withdrawn = told;
    withdrawn.mediationCase.state = CaseState::FollowedUp;
    withdrawn.mediationCase.outcome = QStringLiteral("申请人撤回");
    withdrawn.events = {movedTo(CaseState::Withdrawn), movedTo(CaseState::FollowedUp)};
    withdrawn.followUps = {{kNow.date(), false, QStringLiteral("双方已和好")}};
    QTest::newRow("withdrawn before mediation needs no record or agreement")
        << withdrawn
        << kinds({D::AcceptanceRegister, D::RightsNotice, D::FollowUpRecord, D::ClosingReport})
        << QString();
}

void TestCaseFile::whatTheFileNeeds() {
    QFETCH(CaseFile::Contents, contents);
    QFETCH(QString, ready);
    QFETCH(QString, missing);
    const QList<CaseFileItem> items = CaseFile::items(contents, kNow);
    QCOMPARE(names(items, true), ready);
    QCOMPARE(names(items, false), missing);
    QCOMPARE(CaseFile::missing(contents, kNow).isEmpty(), missing.isEmpty());
}

CaseFileDocuments::Source TestCaseFile::closedCase() {
    CaseFileDocuments::Source s;
    s.office = {QStringLiteral("红旗社区居民委员会"),
                QStringLiteral("宝塔街道"),
                QStringLiteral("岳塘区"),
                {},
                {}};
    s.mediatorNames = {{1, QStringLiteral("刘主任")}, {2, QStringLiteral("赵律师")}};
    MediationCase &c = s.contents.mediationCase;
    c.number = QStringLiteral("（2025）红调字第012号");
    c.type = CaseType::PipesSeptic;
    c.source = CaseSource::Police;
    c.acceptedOn = QDate(2025, 3, 3);
    c.limitOn = QDate(2025, 4, 3);
    c.rightsNotifiedOn = QDate(2025, 3, 3);
    c.closedOn = QDate(2025, 3, 27);
    c.state = CaseState::Closed;
    c.facts = QStringLiteral("2单元化粪池堵塞，一楼住户家中返水");
    c.focus = QStringLiteral("疏通费用由谁承担");
    c.outcome = QStringLiteral("单元住户按户分摊疏通费用");
    c.setAverted(Averted::Criminal, true);
    c.leadMediator = MediatorId{1};
    c.team = {MediatorId{2}, MediatorId{1}};
    Party applicant{PartyId{1}, PartySide::Applicant, {}, {}, QStringLiteral("张大爷"), {}, {},
                    false};
    Party respondent{PartyId{2}, PartySide::Respondent, {}, {}, QStringLiteral("李师傅"), {}, {},
                     false};
    c.parties = {applicant, respondent};
    Session held = sessionAt(7, QTime(9, 0), true);
    held.start = QDateTime(QDate(2025, 3, 10), QTime(14, 0));
    held.end = QDateTime(QDate(2025, 3, 10), QTime(15, 30));
    held.venue = {VenueKind::OnSite, QStringLiteral("明珠花园3栋2单元")};
    held.purpose = QStringLiteral("现场查看堵塞点");
    held.record = QStringLiteral("调解员说明分摊办法，双方同意按户平均分摊。");
    held.result = QStringLiteral("双方同意分摊");
    held.mediators = {MediatorId{1}, MediatorId{2}};
    held.others = {{QStringLiteral("王师傅"), QStringLiteral("管道工")}};
    s.contents.sessions = {held};
    s.contents.agreement =
        Agreement{1, {}, QDate(2025, 3, 10), {{QStringLiteral("七户平均分摊疏通费用"), {}, {}}}};
    s.contents.followUps = {{QDate(2025, 3, 20), true, QStringLiteral("费用已缴清")}};
    s.contents.events = {movedTo(CaseState::Mediating), movedTo(CaseState::AgreementReached),
                         movedTo(CaseState::FollowedUp), movedTo(CaseState::Closed)};
    s.contents.events.first().operatorName = QStringLiteral("值班员小陈");
    return s;
}

void TestCaseFile::boundFileHasIndexPagesAndEveryPaper() {
    const CaseFileDocuments::Source source = closedCase();
    auto document = CaseFileDocuments::bound(source, kNow);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("file.pdf"));
    QVERIFY(PrintedDocument::writePdf(*document, pdf, QStringLiteral("卷宗")));
    const QStringList pages = test::pdfText(pdf).split(u'\f', Qt::SkipEmptyParts);
    QVERIFY2(test::misreadCharacters(pages.join(QString())).isEmpty(),
             qPrintable(test::misreadCharacters(pages.join(QString()))));
    // Cover, index, then the six papers, each from a new page.
    QCOMPARE(pages.size(), 8);
    const QString cover = test::squeezed(pages.at(0));
    QVERIFY2(test::pdfHas(cover, QStringLiteral("人民调解卷宗")), qPrintable(cover));
    QVERIFY(test::pdfHas(cover, QStringLiteral("（2025）红调字第012号")));
    const QString index = test::squeezed(pages.at(1));
    QVERIFY2(test::pdfHas(index, QStringLiteral("卷内目录")), qPrintable(index));
    // Each row: number, title, date, first page.
    QVERIFY(test::pdfHas(index, QStringLiteral("1人民调解受理登记表2025年3月3日3")));
    QVERIFY(test::pdfHas(index, QStringLiteral("2人民调解当事人权利义务告知书2025年3月3日4")));
    QVERIFY(test::pdfHas(index, QStringLiteral("3人民调解笔录2025年3月10日5")));
    QVERIFY(test::pdfHas(index, QStringLiteral("4人民调解协议书2025年3月10日6")));
    QVERIFY(test::pdfHas(index, QStringLiteral("5人民调解回访记录2025年3月20日7")));
    QVERIFY(test::pdfHas(index, QStringLiteral("6人民调解结案报告表2025年3月27日8")));
    QVERIFY(test::pdfHas(index, QStringLiteral("本卷共收文件6份")));

    QVERIFY(test::pdfHas(test::squeezed(pages.at(2)), QStringLiteral("人民调解受理登记表")));
    QVERIFY(test::pdfHas(test::squeezed(pages.at(2)), QStringLiteral("值班员小陈")));
    QVERIFY(test::pdfHas(test::squeezed(pages.at(3)), QStringLiteral("拒绝调解或者要求终止调解")));
    const QString record = test::squeezed(pages.at(4));
    QVERIFY2(test::pdfHas(record, QStringLiteral("人民调解笔录")), qPrintable(record));
    QVERIFY(test::pdfHas(record, QStringLiteral("2025年3月10日14:00至15:30")));
    QVERIFY(test::pdfHas(record, QStringLiteral("现场（明珠花园3栋2单元）")));
    QVERIFY(test::pdfHas(record, QStringLiteral("刘主任、赵律师"))); // the lead first
    QVERIFY(test::pdfHas(record, QStringLiteral("王师傅（管道工）")));
    QVERIFY(test::pdfHas(record, QStringLiteral("双方同意按户平均分摊")));
    QVERIFY(test::pdfHas(test::squeezed(pages.at(5)), QStringLiteral("七户平均分摊疏通费用")));
    const QString followUp = test::squeezed(pages.at(6));
    QVERIFY2(test::pdfHas(followUp, QStringLiteral("协议书编号（2025）红调字第012号")),
             qPrintable(followUp));
    QVERIFY(test::pdfHas(followUp, QStringLiteral("协议已履行")));
    const QString closing = test::squeezed(pages.at(7));
    QVERIFY2(test::pdfHas(closing, QStringLiteral("结案日期2025年3月27日")), qPrintable(closing));
    QVERIFY(test::pdfHas(closing, QStringLiteral("调解成功，达成协议")));
    QVERIFY(test::pdfHas(closing, QStringLiteral("防止纠纷激化防止民间纠纷转化为刑事案件")));
}

void TestCaseFile::blankFormsForPapersNotYetReady() {
    CaseFileDocuments::Source source = closedCase();
    source.contents.mediationCase.rightsNotifiedOn = {};
    source.contents.mediationCase.state = CaseState::Mediating;
    source.contents.followUps.clear();
    source.contents.sessions.first().record.clear();
    const auto items = CaseFile::items(source.contents, kNow);
    QCOMPARE(items.at(1).document, D::RightsNotice);
    QVERIFY(!items.at(1).ready);

    QTemporaryDir dir;
    const QString notice = dir.filePath(QStringLiteral("notice.pdf"));
    QVERIFY(PrintedDocument::writePdf(*CaseFileDocuments::document(source, items.at(1)), notice,
                                      QStringLiteral("告知书")));
    const QString text = test::squeezed(test::pdfText(notice));
    QVERIFY2(test::misreadCharacters(text).isEmpty(), qPrintable(test::misreadCharacters(text)));
    QVERIFY2(test::pdfHas(text, QStringLiteral("申请人：张大爷；被申请人：李师傅")),
             qPrintable(text));
    QVERIFY(test::pdfHas(text, QStringLiteral("告知日期：____年__月__日")));

    // The bound file leaves out what is not ready and marks it missing in the index.
    const QString bound = dir.filePath(QStringLiteral("bound.pdf"));
    QVERIFY(PrintedDocument::writePdf(*CaseFileDocuments::bound(source, kNow), bound,
                                      QStringLiteral("卷宗")));
    const QStringList pages = test::pdfText(bound).split(u'\f', Qt::SkipEmptyParts);
    QVERIFY2(test::misreadCharacters(pages.join(QString())).isEmpty(),
             qPrintable(test::misreadCharacters(pages.join(QString()))));
    const QString index = test::squeezed(pages.at(1));
    QVERIFY2(test::pdfHas(index, QStringLiteral("2人民调解当事人权利义务告知书缺")),
             qPrintable(index));
    QVERIFY(test::pdfHas(index, QStringLiteral("本卷共收文件2份")));
    QCOMPARE(pages.size(), 4);
}

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestCaseFile test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_casefile.moc"
