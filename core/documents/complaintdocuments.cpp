#include "documents/complaintdocuments.h"

#include "complaints/complaintrepository.h"
#include "documents/printeddocument.h"

#include <QMap>
#include <QTextDocument>

namespace linli {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value) {
    return QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

QString officeName(const OfficeIdentity &office) {
    return office.community.isEmpty() ? QStringLiteral("社区居民委员会") : office.community;
}

} // namespace

QString ComplaintDocuments::channel(Channel channel) {
    switch (channel) {
    case Channel::Visit:
        return QStringLiteral("来访");
    case Channel::Phone:
        return QStringLiteral("来电");
    case Channel::GridPlatform:
        return QStringLiteral("网格平台");
    case Channel::GroupChat:
        return QStringLiteral("楼栋群");
    case Channel::WishWall:
        return QStringLiteral("心愿墙");
    case Channel::Other:
        return QStringLiteral("其他");
    }
    return {};
}

QString ComplaintDocuments::state(ComplaintState state) {
    switch (state) {
    case ComplaintState::Registered:
        return QStringLiteral("已登记");
    case ComplaintState::Assigned:
        return QStringLiteral("已分派");
    case ComplaintState::InProgress:
        return QStringLiteral("办理中");
    case ComplaintState::Resolved:
        return QStringLiteral("已办结");
    case ComplaintState::Answered:
        return QStringLiteral("已答复");
    case ComplaintState::FollowedUp:
        return QStringLiteral("已回访");
    case ComplaintState::Closed:
        return QStringLiteral("已归档");
    }
    return {};
}

QString ComplaintDocuments::level(Level level) {
    switch (level) {
    case Level::Building:
        return QStringLiteral("楼栋");
    case Level::Community:
        return QStringLiteral("社区");
    case Level::Mediation:
        return QStringLiteral("矛盾调解");
    case Level::Referred:
        return QStringLiteral("转办");
    }
    return {};
}

std::unique_ptr<QTextDocument> ComplaintDocuments::receipt(const Complaint &c,
                                                           const OfficeIdentity &office) {
    QString html =
        QStringLiteral("<h1>%1</h1><p class='sub'>诉求受理回执</p>").arg(esc(officeName(office)));
    html += QStringLiteral("<table width='100%' cellpadding='4'>");
    html += row(QStringLiteral("受理编号"), c.number());
    html += row(QStringLiteral("受理时间"), PrintedDocument::chineseDateTime(c.receivedAt));
    html += row(QStringLiteral("反映人"), c.reporter.name);
    html += row(QStringLiteral("受理方式"), channel(c.channel));
    if (!c.place.description.isEmpty())
        html += row(QStringLiteral("地点"), c.place.description);
    html += row(QStringLiteral("类别"), c.categoryName);
    html += row(QStringLiteral("诉求内容"), c.summary);
    html += row(QStringLiteral("预计答复"),
                QStringLiteral("%1前").arg(PrintedDocument::chineseDate(c.dueAt.date())));
    html += row(QStringLiteral("受理人"), c.loggedBy);
    html += QStringLiteral("</table>");
    QString phone =
        office.phone.isEmpty() ? QString() : QStringLiteral("，或致电 %1").arg(esc(office.phone));
    html += QStringLiteral(
                "<p class='foot'>请妥善保管本回执。查询办理进度，请携带本回执到社区矛盾调解室%1，"
                "并告知受理编号 %2。</p>")
                .arg(phone, esc(c.number()));
    if (!office.sealText.isEmpty())
        html +=
            QStringLiteral("<p align='right'>%1（盖章）<br>%2</p>")
                .arg(esc(office.sealText), esc(PrintedDocument::chineseDate(c.receivedAt.date())));
    // A slip handed over the desk: A5, not a whole A4 page.
    return PrintedDocument::fromHtml(html, PrintedDocument::Paper::A5);
}

Result<std::unique_ptr<QTextDocument>>
ComplaintDocuments::dutyLog(const ComplaintRepository &repository, QDate day,
                            const OfficeIdentity &office) {
    const auto complaints = repository.receivedBetween(QDateTime(day, QTime(0, 0)),
                                                       QDateTime(day.addDays(1), QTime(0, 0)));
    if (!complaints)
        return complaints.status();
    QStringList staff;
    QMap<QString, int> byChannel;
    for (const Complaint &c : *complaints) {
        if (!staff.contains(c.loggedBy))
            staff << c.loggedBy;
        ++byChannel[channel(c.channel)];
    }
    QString html =
        QStringLiteral("<h1>%1值班日志</h1><p class='sub'>%2　值班人员：%3</p>")
            .arg(esc(officeName(office)), esc(PrintedDocument::chineseDate(day)),
                 esc(staff.isEmpty() ? QStringLiteral("—") : staff.join(QStringLiteral("、"))));
    QStringList counts;
    for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it)
        counts << QStringLiteral("%1 %2 件").arg(it.key()).arg(it.value());
    html += QStringLiteral("<p>当日受理诉求共 %1 件%2。</p>")
                .arg(complaints->size())
                .arg(counts.isEmpty()
                         ? QString()
                         : QStringLiteral("（%1）").arg(counts.join(QStringLiteral("，"))));
    if (complaints->isEmpty()) {
        html += QStringLiteral("<p>当日无来访来电登记。</p>");
    } else {
        html +=
            QStringLiteral("<table class='grid' border='1' cellspacing='0' cellpadding='3'>"
                           "<tr><th>编号</th><th>时间</th><th>方式</th><th>反映人</th><th>地点</th>"
                           "<th>类别</th><th>诉求内容</th><th>办理情况</th></tr>");
        for (const Complaint &c : *complaints) {
            QString handling = state(c.state);
            if (c.level)
                handling += QStringLiteral("（%1）").arg(level(*c.level));
            if (!c.assignee.isEmpty())
                handling += QStringLiteral("<br>经办：") + esc(c.assignee);
            if (!c.resolution.isEmpty())
                handling += QStringLiteral("<br>") + esc(c.resolution);
            html +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "<td>%6</td><td>%7</td><td>%8</td></tr>")
                    .arg(esc(c.number()), c.receivedAt.toString(QStringLiteral("HH:mm")),
                         esc(channel(c.channel)), esc(c.reporter.name), esc(c.place.description),
                         esc(c.categoryName), esc(c.summary), handling);
        }
        html += QStringLiteral("</table>");
    }
    html +=
        QStringLiteral("<p class='foot'>交接班签字：____________　　负责人审阅：____________</p>");
    return PrintedDocument::fromHtml(html);
}

} // namespace linli
