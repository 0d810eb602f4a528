#include "workspace/documentgallery.h"

#include "documents/aiddocuments.h"
#include "documents/casefiledocuments.h"
#include "documents/complaintdocuments.h"
#include "documents/mediationdocuments.h"
#include "documents/meetingdocuments.h"
#include "documents/pactdocuments.h"
#include "mediation/casestatemachine.h"
#include "mediation/mediationstatistics.h"
#include "reports/monthlyreport.h"
#include "workspace/workspace.h"

#include <QTextDocument>

namespace linli {

namespace {

/// Collects the papers; the first failed read ends the gallery with its reason.
class Collector {
public:
    explicit Collector(std::vector<DocumentGallery::Paper> &papers)
        : m_papers(papers) {}

    void add(const QString &name, const QString &title, std::unique_ptr<QTextDocument> document) {
        m_papers.push_back({name, title, std::move(document)});
    }
    template<typename T> bool read(const Result<T> &result) {
        if (!result && m_failure.isEmpty())
            m_failure = result.error();
        return bool(result);
    }
    const QString &failure() const { return m_failure; }

private:
    std::vector<DocumentGallery::Paper> &m_papers;
    QString m_failure;
};

void complaintPapers(Workspace &w, const OfficeIdentity &office, Collector &c) {
    const auto listed = w.complaints().complaints().page({}, std::nullopt, 1);
    if (!c.read(listed))
        return;
    if (!listed->isEmpty()) {
        const auto complaint = w.complaints().complaints().complaint(listed->first().id);
        if (c.read(complaint))
            c.add(QStringLiteral("complaint-receipt"), QStringLiteral("投诉受理回执"),
                  ComplaintDocuments::receipt(*complaint, office));
    }
    auto log = ComplaintDocuments::dutyLog(w.complaints().complaints(),
                                           w.database().clock().today(), office);
    if (c.read(log))
        c.add(QStringLiteral("duty-log"), QStringLiteral("值班登记表"), std::move(*log));
}

void mediationPapers(Workspace &w, const OfficeIdentity &office, Collector &c) {
    MediationService &mediation = w.mediation();
    const auto cases = mediation.repository().cases(false);
    if (!c.read(cases))
        return;
    bool agreement = false;
    bool costShare = false;
    bool caseFile = false;
    for (const MediationCase &mc : *cases) {
        if (!agreement) {
            const auto found = mediation.agreements().agreement(mc.id);
            if (c.read(found) && found->has_value()) {
                QStringList mediators;
                for (const MediatorId m : mc.team)
                    if (const auto mediator = mediation.repository().mediator(m))
                        mediators << mediator->name;
                c.add(QStringLiteral("mediation-agreement"), QStringLiteral("人民调解协议书"),
                      MediationDocuments::agreement(mc, **found, mediators, office));
                agreement = true;
            }
        }
        if (!costShare) {
            const auto shares = mediation.agreements().costShares(mc.id);
            if (c.read(shares) && !shares->isEmpty() && !shares->first().isVoid()) {
                c.add(QStringLiteral("mediation-cost-share"), QStringLiteral("维修费用分摊表"),
                      MediationDocuments::costShareSheet(mc, shares->first(), office,
                                                         w.database().clock().today()));
                costShare = true;
            }
        }
        if (!caseFile && !CaseStateMachine::isOpen(mc.state)) {
            const auto source = CaseFileDocuments::load(mediation, mc.id, office);
            if (c.read(source)) {
                c.add(QStringLiteral("mediation-case-file"), QStringLiteral("人民调解卷宗"),
                      CaseFileDocuments::bound(*source, w.database().clock().now()));
                caseFile = true;
            }
        }
    }
    const auto statistics =
        MediationStatistics::compute(w.database(), w.database().clock().today());
    if (c.read(statistics))
        c.add(QStringLiteral("mediation-statistics"), QStringLiteral("人民调解工作统计表"),
              MediationDocuments::monthlyStatistics(
                  *statistics, office, w.database().operatorName(), w.database().clock().today()));
}

void coGovernancePapers(Workspace &w, Collector &c) {
    const auto buildings = w.coGovernance().repository().overview();
    if (!c.read(buildings))
        return;
    bool pact = false;
    bool meeting = false;
    for (const BuildingPactStatus &b : *buildings) {
        if (!pact && b.version > 0) {
            const auto sheet = w.coGovernance().sheet(b.buildingId);
            if (c.read(sheet)) {
                c.add(QStringLiteral("hygiene-pact"), QStringLiteral("楼栋卫生公约"),
                      PactDocuments::pact(*sheet));
                pact = true;
            }
        }
        if (!meeting) {
            const auto meetings = w.meetings().repository().meetings(b.buildingId);
            if (c.read(meetings) && !meetings->isEmpty()) {
                const auto sheet = w.meetings().sheet(meetings->first().id);
                if (c.read(sheet)) {
                    c.add(QStringLiteral("meeting-attendance"), QStringLiteral("议事会签到表"),
                          MeetingDocuments::attendanceSheet(*sheet));
                    c.add(QStringLiteral("meeting-minutes"), QStringLiteral("议事会会议纪要"),
                          MeetingDocuments::minutes(*sheet));
                    c.add(QStringLiteral("meeting-notice"), QStringLiteral("议事结果公示"),
                          MeetingDocuments::notice(*sheet));
                    meeting = true;
                }
            }
        }
    }
}

void aidPapers(Workspace &w, const OfficeIdentity &office, Collector &c) {
    const QDate today = w.database().clock().today();
    const auto wishes = w.wishes().repository().wishes({{WishState::Open}, {}, {}});
    if (c.read(wishes) && !wishes->isEmpty())
        c.add(QStringLiteral("wish-wall"), QStringLiteral("心愿墙"),
              AidDocuments::wishWall(*wishes, office, today));
    const QDate monthStart(today.year(), today.month(), 1);
    const auto lines = w.station().repository().ledger(monthStart, today);
    const auto stock = w.station().repository().stockOn(today);
    if (c.read(lines) && c.read(stock))
        c.add(QStringLiteral("station-ledger"), QStringLiteral("爱心驿站台账"),
              AidDocuments::stationLedger(*lines, *stock, office, monthStart, today));
    const auto events = w.events().repository().events();
    if (!c.read(events))
        return;
    for (const Event &event : *events) {
        const auto activities = w.events().repository().activities(event.id);
        if (!c.read(activities) || activities->isEmpty())
            continue;
        const auto signUps = w.events().repository().signUps(activities->first().id);
        if (c.read(signUps)) {
            c.add(QStringLiteral("event-sign-up"), QStringLiteral("活动报名表"),
                  AidDocuments::signUpSheet(event, activities->first(), *signUps, office));
            return;
        }
    }
}

} // namespace

Result<std::vector<DocumentGallery::Paper>> DocumentGallery::make(Workspace &w) {
    std::vector<Paper> papers;
    Collector c(papers);
    const auto office = w.office().identity();
    if (!office)
        return office.status();
    complaintPapers(w, *office, c);
    mediationPapers(w, *office, c);
    coGovernancePapers(w, c);
    aidPapers(w, *office, c);
    const QDate today = w.database().clock().today();
    const auto report = MonthlyReport::gather(w.database(), QDate(today.year(), today.month(), 1),
                                              w.database().clock().now());
    if (c.read(report))
        c.add(QStringLiteral("monthly-report"), QStringLiteral("月度工作报告"),
              MonthlyReport::document(*report, *office));
    if (!c.failure().isEmpty())
        return Result<std::vector<Paper>>::failure(c.failure());
    return papers;
}

} // namespace linli
