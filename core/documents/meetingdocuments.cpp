#include "documents/meetingdocuments.h"

#include "documents/printeddocument.h"

#include <QTextDocument>

namespace linli {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

QString place(const MeetingSheet &s) {
    return esc(s.compound + s.building);
}

QString when(const Meeting &m) {
    return PrintedDocument::chineseDateTime(m.startsAt);
}

QString roleName(AttendeeRole role) {
    switch (role) {
    case AttendeeRole::Resident:
        return QStringLiteral("居民");
    case AttendeeRole::Representative:
        return QStringLiteral("居民代表");
    case AttendeeRole::GridWorker:
        return QStringLiteral("网格员");
    case AttendeeRole::NeighbourHead:
        return QStringLiteral("邻长");
    case AttendeeRole::GroupMember:
        return QStringLiteral("自治小组成员");
    case AttendeeRole::Other:
        return QStringLiteral("列席");
    }
    return {};
}

QString header(const MeetingSheet &s, const QString &title) {
    return QStringLiteral("<p class='sub'>%1居民委员会</p><h1>%2%3</h1>")
        .arg(esc(s.community), place(s), title);
}

const QString kGrid =
    QStringLiteral("<table class='grid' border='1' cellspacing='0' cellpadding='5' width='100%'>");

} // namespace

QString MeetingDocuments::result(const Decision &decision, const Tally &tally) {
    const QString attendance =
        QStringLiteral("到会%1户，全楼%2户").arg(tally.present).arg(tally.households);
    if (!tally.quorum)
        return attendance + QStringLiteral("，到会户数未过半，决议不成立");
    if (decision.rule == VoteRule::Consensus)
        return attendance + QStringLiteral("，与会各户一致同意，通过");
    const QString rule = decision.rule == VoteRule::TwoThirds ? QStringLiteral("三分之二")
                                                              : QStringLiteral("过半数");
    return QStringLiteral("赞成%1户、反对%2户、弃权%3户；%4；按%5规则，%6")
        .arg(tally.forVotes)
        .arg(tally.against)
        .arg(tally.abstain)
        .arg(attendance, rule, tally.passed ? QStringLiteral("通过") : QStringLiteral("未通过"));
}

std::unique_ptr<QTextDocument> MeetingDocuments::attendanceSheet(const MeetingSheet &s) {
    const Meeting &m = s.meeting;
    QString html = header(s, QStringLiteral("楼栋议事会签到表"));
    html += QStringLiteral("<p>时间：%1　　地点：%2<br>议题：%3</p>")
                .arg(when(m), esc(m.venueName.isEmpty() ? QStringLiteral("（待定）") : m.venueName),
                     esc(m.topic.isEmpty() ? m.agenda.value(0).title : m.topic));
    html += kGrid + QStringLiteral("<thead><tr><th width='8%'>序号</th><th width='18%'>户</th>"
                                   "<th width='18%'>户主</th><th width='30%'>到会人签名</th>"
                                   "<th width='26%'>备注</th></tr></thead><tbody>");
    int row = 0;
    for (const auto &[household, head] : s.households)
        html += QStringLiteral("<tr><td align='center'>%1</td><td>%2</td><td>%3</td><td></td>"
                               "<td></td></tr>")
                    .arg(++row)
                    .arg(esc(household), esc(head));
    // Room for the grid worker, representatives and guests.
    for (int extra = 0; extra < 5; ++extra)
        html += QStringLiteral("<tr><td align='center'>%1</td><td>　</td><td></td><td></td>"
                               "<td></td></tr>")
                    .arg(++row);
    html += QStringLiteral("</tbody></table><p class='foot'>每户一人签到，按户计算到会户数；"
                           "委托他人参会的请在备注栏注明。</p>");
    return PrintedDocument::fromHtml(html);
}

std::unique_ptr<QTextDocument> MeetingDocuments::minutes(const MeetingSheet &s) {
    const Meeting &m = s.meeting;
    QString html = header(s, QStringLiteral("楼栋议事会会议纪要"));
    QStringList attendees;
    for (const Attendee &a : m.attendees)
        attendees << QStringLiteral("%1（%2）").arg(esc(a.name), roleName(a.role));
    html += kGrid;
    html += QStringLiteral("<tr><th width='16%'>时间</th><td>%1</td></tr>").arg(when(m));
    html += QStringLiteral("<tr><th>地点</th><td>%1</td></tr>").arg(esc(m.venueName));
    html += QStringLiteral("<tr><th>召集人</th><td>%1</td></tr>").arg(esc(m.convener));
    html += QStringLiteral("<tr><th>议题</th><td>%1</td></tr>").arg(esc(m.topic));
    html += QStringLiteral("<tr><th>出席</th><td>到会%1户。%2</td></tr>")
                .arg(m.householdsPresent().size())
                .arg(attendees.join(QStringLiteral("、")));
    html += QStringLiteral("</table><h2>议程</h2><ol>");
    for (const AgendaItem &item : m.agenda)
        html += QStringLiteral("<li>%1</li>").arg(esc(item.title));
    html += QStringLiteral("</ol><h2>决议事项</h2>");
    if (m.decisions.isEmpty())
        html += QStringLiteral("<p>本次会议未形成决议。</p>");
    for (qsizetype i = 0; i < m.decisions.size(); ++i) {
        const Decision &d = m.decisions.at(i);
        html += QStringLiteral("<p>%1. %2<br>表决结果：%3</p>")
                    .arg(i + 1)
                    .arg(esc(d.text), result(d, s.tallies.value(i)));
        if (!d.actions.isEmpty()) {
            html += kGrid + QStringLiteral("<tr><th>落实事项</th><th>责任人</th><th>完成时限</th>"
                                           "<th>进展</th></tr>");
            for (const MeetingAction &a : d.actions)
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                            .arg(esc(a.text), esc(a.owner), PrintedDocument::chineseDate(a.dueOn),
                                 a.doneOn.isValid() ? QStringLiteral("%1完成").arg(
                                                          PrintedDocument::chineseDate(a.doneOn))
                                                    : esc(a.progress));
            html += QStringLiteral("</table>");
        }
    }
    html += QStringLiteral("<p>　</p><p>记录人（签名）：____________　　　　召集人（签名）：%1 "
                           "____________</p>")
                .arg(esc(m.convener));
    return PrintedDocument::fromHtml(html);
}

std::unique_ptr<QTextDocument> MeetingDocuments::notice(const MeetingSheet &s) {
    const Meeting &m = s.meeting;
    QString html = header(s, QStringLiteral("楼栋议事会决议公示"));
    html += QStringLiteral("<p>　　%1，%2楼栋议事会在%3召开，到会%4户。经讨论，形成以下决议，"
                           "现予公示：</p>")
                .arg(when(m), place(s), esc(m.venueName))
                .arg(m.householdsPresent().size());
    for (qsizetype i = 0; i < m.decisions.size(); ++i) {
        const Decision &d = m.decisions.at(i);
        html += QStringLiteral("<p>%1、%2（%3）</p>")
                    .arg(i + 1)
                    .arg(esc(d.text), result(d, s.tallies.value(i)));
    }
    const QDate posted = m.noticePostedOn;
    html += QStringLiteral("<p>　　公示期：%1至%2。如对上述决议有异议，请于公示期内向邻长或社区"
                           "居民委员会反映。</p>")
                .arg(posted.isValid() ? PrintedDocument::chineseDate(posted)
                                      : QStringLiteral("____年__月__日"),
                     posted.isValid() ? PrintedDocument::chineseDate(m.objectionsUntil())
                                      : QStringLiteral("____年__月__日"));
    html += QStringLiteral("<p align='right'>%1楼栋自治小组<br>%2居民委员会<br>%3</p>")
                .arg(place(s), esc(s.community),
                     posted.isValid() ? PrintedDocument::chineseDate(posted) : QString());
    return PrintedDocument::fromHtml(html);
}

} // namespace linli
