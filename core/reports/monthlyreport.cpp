#include "reports/monthlyreport.h"

#include "access/access.h"
#include "access/communityscope.h"
#include "complaints/complaintrepository.h"
#include "documents/chartimage.h"
#include "documents/mediationdocuments.h"
#include "documents/printeddocument.h"
#include "mediation/mediationrepository.h"
#include "registry/placerepository.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QTextDocument>

#include <algorithm>

namespace linli {

namespace {

// Binds :from, :to and the session's community.
const QString kWishesPosted =
    QStringLiteral("SELECT count(*) FROM wishes WHERE posted_at >= :from AND posted_at < :to"
                   " AND ") +
    CommunityScope::ofColumn(QStringLiteral("community_id"));
const QString kWishesFulfilled =
    QStringLiteral("SELECT count(*) FROM wishes WHERE state = 'fulfilled' AND done_on >= :from"
                   " AND done_on < :to AND ") +
    CommunityScope::ofColumn(QStringLiteral("community_id"));
const QString kVisits =
    QStringLiteral("SELECT count(*) FROM care_visits v JOIN residents r ON r.id = v.elder_id"
                   " WHERE v.reached = 1 AND v.visited_on >= :from AND v.visited_on < :to AND ") +
    CommunityScope::ofHousehold(QStringLiteral("r.household_id"));
const QString kSignUps =
    QStringLiteral("SELECT count(*) FROM event_signups s JOIN event_activities a"
                   " ON a.id = s.activity_id JOIN events e ON e.id = a.event_id"
                   " WHERE e.held_on >= :from AND e.held_on < :to AND ") +
    CommunityScope::ofColumn(QStringLiteral("e.community_id"));

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

QString percent(double share) {
    return QStringLiteral("%1%").arg(std::lround(share * 100));
}

QString levelName(Level level) {
    switch (level) {
    case Level::Building:
        return QStringLiteral("楼栋内");
    case Level::Community:
        return QStringLiteral("社区");
    case Level::Mediation:
        return QStringLiteral("人民调解");
    case Level::Referred:
        return QStringLiteral("转办");
    }
    return {};
}

} // namespace

Result<MonthlyReport::Contents> MonthlyReport::gather(const Database &database, QDate month,
                                                      const QDateTime &now) {
    Contents c;
    c.month = QDate(month.year(), month.month(), 1);
    const QDate last = c.month.addMonths(1).addDays(-1);
    // A past month is judged as it stood at its end; the current one as it stands now.
    const QDateTime judged = std::min(now, last.addDays(1).startOfDay().addSecs(-1));
    const ComplaintRepository complaints(database);
    const auto figures = ComplaintFigures::compute(complaints, c.month, last, judged);
    if (!figures)
        return figures.status();
    c.complaints = *figures;
    const auto mediation = MediationFigures::compute(database, c.month, last);
    if (!mediation)
        return mediation.status();
    c.mediation = *mediation;
    const auto tiles = DashboardFigures::tiles(database, {c.month, last, {}, {}}, judged);
    if (!tiles)
        return tiles.status();
    c.atMonthEnd = *tiles;
    const sql::Params params = sql::Params{{"from", c.month}, {"to", last.addDays(1)}} +
                               CommunityScope::params(database.session());
    for (const auto &[into, statement] :
         {std::pair{&c.wishesPosted, &kWishesPosted},
          std::pair{&c.wishesFulfilled, &kWishesFulfilled}, std::pair{&c.careVisits, &kVisits},
          std::pair{&c.eventSignUps, &kSignUps}}) {
        const auto value = sql::Statement::single(database.connection(), *statement, params);
        if (!value)
            return value.status();
        *into = value->toInt();
    }
    // The sub-district's report sets its communities side by side.
    if (!database.session().community.isValid()) {
        const auto communities = PlaceRepository(database).allCommunities();
        if (!communities)
            return communities.status();
        if (communities->size() > 1) {
            const auto table =
                DashboardFigures::byCommunity(database, {c.month, last, {}, {}}, judged);
            if (!table)
                return table.status();
            c.byCommunity = *table;
        }
    }
    const auto series = DashboardSeries::compute(database, {c.month.addMonths(-5), last, {}, {}});
    if (!series)
        return series.status();
    c.lastSixMonths = *series;

    ComplaintFilter overdue;
    overdue.overdueOnly = true;
    overdue.now = judged;
    const auto late = complaints.page(overdue, std::nullopt, 500);
    if (!late)
        return late.status();
    c.overdueComplaints = *late;
    std::sort(c.overdueComplaints.begin(), c.overdueComplaints.end(),
              [](const Complaint &a, const Complaint &b) { return a.dueAt < b.dueAt; });
    if (c.overdueComplaints.size() > 10)
        c.overdueComplaints.resize(10);
    // The disputes themselves are for those who may see mediation files.
    if (database.require(Permission::ViewMediation)) {
        const auto cases = MediationRepository(database).cases(false);
        if (!cases)
            return cases.status();
        for (const MediationCase &m : *cases) {
            if (m.risk == Risk::Red && m.acceptedOn >= c.month && m.acceptedOn <= last)
                c.redRiskCases.append(m);
        }
    }
    return c;
}

std::unique_ptr<QTextDocument> MonthlyReport::document(const Contents &c,
                                                       const OfficeIdentity &office) {
    const QString month = QStringLiteral("%1年%2月").arg(c.month.year()).arg(c.month.month());
    const ComplaintFigures &f = c.complaints;
    QString settled;
    for (auto it = f.settledAt.cbegin(); it != f.settledAt.cend(); ++it)
        settled += QStringLiteral("%1%2件、").arg(levelName(it.key())).arg(it.value());
    settled.chop(1);
    QString body = QStringLiteral("<p class='sub'>%1</p><h1>%2月度工作报告</h1>")
                       .arg(esc(office.community), month);
    body += QStringLiteral("<h2>一、诉求办理</h2><p>本月受理居民诉求 %1 件，办结 %2 件%3；"
                           "截至月末逾期未办结 %4 件。在楼栋内化解的占 %5，"
                           "办结时间中位数 %6 小时，首次响应时间中位数 %7 小时。</p>")
                .arg(f.received)
                .arg(f.resolved)
                .arg(settled.isEmpty() ? QString() : QStringLiteral("（%1）").arg(settled))
                .arg(c.atMonthEnd.complaintsOverdue)
                .arg(percent(f.buildingShare))
                .arg(std::lround(f.medianHoursToResolution))
                .arg(std::lround(f.medianHoursToFirstResponse));
    const MediationFigures &m = c.mediation;
    body += QStringLiteral("<h2>二、矛盾纠纷调解</h2><p>本月受理纠纷 %1 件，已了结 %2 件，"
                           "其中达成调解协议 %3 件，调解成功率 %4；防止民转刑 %5 件；"
                           "月末仍在调解中 %6 件。</p>")
                .arg(m.accepted)
                .arg(m.concluded)
                .arg(m.agreements)
                .arg(percent(m.agreementRate))
                .arg(m.avertedCriminal)
                .arg(c.atMonthEnd.casesInMediation);
    body += QStringLiteral("<h2>三、邻里互帮</h2><p>心愿墙新登记心愿 %1 个，实现 %2 个，"
                           "月末待实现 %3 个；走访独居老人 %4 人次，月末未按时走访 %5 人；"
                           "邻里活动报名 %6 人次。</p>")
                .arg(c.wishesPosted)
                .arg(c.wishesFulfilled)
                .arg(c.atMonthEnd.openWishes)
                .arg(c.careVisits)
                .arg(c.atMonthEnd.eldersOverdue)
                .arg(c.eventSignUps);
    body += QStringLiteral("<h2>四、楼栋共治</h2><p>月末楼栋卫生检查未达标 %1 栋。</p>")
                .arg(c.atMonthEnd.buildingsFailingInspection);
    // The sections keep their numbers whether or not the communities' table is there.
    if (!c.byCommunity.isEmpty()) {
        body += QStringLiteral(
            "<p>各社区情况：</p><table class='grid' border='1' cellspacing='0' cellpadding='5'"
            " width='100%'><thead><tr><th>社区</th><th>受理诉求</th><th>未办结</th>"
            "<th>逾期</th><th>调解中纠纷</th><th>待走访老人</th><th>未实现心愿</th>"
            "<th>检查未达标楼栋</th></tr></thead>");
        for (const auto &[community, t] : c.byCommunity)
            body += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3"
                                   "</td><td align='right'>%4</td><td align='right'>%5</td>"
                                   "<td align='right'>%6</td><td align='right'>%7</td>"
                                   "<td align='right'>%8</td></tr>")
                        .arg(esc(community.name))
                        .arg(t.complaintsReceived)
                        .arg(t.complaintsOpen)
                        .arg(t.complaintsOverdue)
                        .arg(t.casesInMediation)
                        .arg(t.eldersOverdue)
                        .arg(t.openWishes)
                        .arg(t.buildingsFailingInspection);
        body += QStringLiteral("</table>");
    }

    // The charts: the last six months.
    const DashboardSeries &s = c.lastSixMonths;
    QStringList labels;
    QList<int> received(s.months.size(), 0);
    for (qsizetype i = 0; i < s.months.size(); ++i) {
        labels << QStringLiteral("%1月").arg(s.months.at(i).month());
        for (const QList<int> &category : s.complaintsByCategory)
            received[i] += category.at(i);
    }
    const QList<std::pair<QString, QImage>> images = {
        {QStringLiteral("chart-complaints"),
         ChartImage::barsAndLine(QStringLiteral("近六个月诉求受理量与楼栋内化解比例"), labels,
                                 received, QStringLiteral("受理诉求（件）"), s.buildingShare,
                                 QStringLiteral("楼栋内化解比例"))},
        {QStringLiteral("chart-mediation"),
         ChartImage::barsAndLine(QStringLiteral("近六个月调解成功率"), labels, {}, {},
                                 s.agreementRate, QStringLiteral("调解成功率"))},
    };
    // Image sizes in a document are in 96-dpi pixels, scaled to the 300-dpi page: 600 fills
    // about 16 cm, the text's width.
    body += QStringLiteral("<h2>五、近六个月趋势</h2>"
                           "<p align='center'><img src='chart-complaints' width='600'></p>"
                           "<p align='center'><img src='chart-mediation' width='600'></p>");

    body += QStringLiteral("<h2>六、需要关注的事项</h2>");
    if (c.overdueComplaints.isEmpty() && c.redRiskCases.isEmpty())
        body += QStringLiteral("<p>本月没有逾期诉求和红色风险纠纷。</p>");
    if (!c.overdueComplaints.isEmpty()) {
        body +=
            QStringLiteral("<p>逾期未办结的诉求（按期限先后）：</p><table class='grid' border='1'"
                           " cellspacing='0' cellpadding='5' width='100%'><thead><tr>"
                           "<th>编号</th><th>事项</th><th>地点</th><th>期限</th></tr></thead>");
        for (const Complaint &x : c.overdueComplaints)
            body += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(esc(x.number()), esc(x.summary), esc(x.place.description),
                             PrintedDocument::chineseDate(x.dueAt.date()));
        body += QStringLiteral("</table>");
    }
    if (!c.redRiskCases.isEmpty()) {
        body += QStringLiteral("<p>本月受理的红色风险纠纷：</p><ul>");
        for (const MediationCase &x : c.redRiskCases)
            body += QStringLiteral("<li>%1　%2</li>")
                        .arg(esc(x.number), MediationDocuments::caseType(x.type));
        body += QStringLiteral("</ul>");
    }
    body += QStringLiteral("<p align='right'>%1　%2</p>")
                .arg(esc(office.community),
                     PrintedDocument::chineseDate(c.month.addMonths(1).addDays(-1)));
    return PrintedDocument::fromHtml(body, images);
}

} // namespace linli
