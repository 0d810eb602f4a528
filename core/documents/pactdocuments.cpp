#include "documents/pactdocuments.h"

#include "cogovernance/cleaningrota.h"
#include "cogovernance/pacttext.h"
#include "documents/printeddocument.h"

#include <QTextDocument>

namespace linli {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

QString roleName(GroupRole role) {
    switch (role) {
    case GroupRole::Leader:
        return QStringLiteral("组长");
    case GroupRole::Member:
        return QStringLiteral("成员");
    case GroupRole::Representative:
        return QStringLiteral("居民代表");
    }
    return {};
}

QString community(const PactSheet &sheet) {
    QString name = sheet.community;
    if (!name.endsWith(QStringLiteral("居民委员会")))
        name += QStringLiteral("居民委员会");
    return name;
}

QString rota(const PactSheet &sheet) {
    const CleaningRota rota =
        CleaningRota::make(sheet.households, sheet.pact.rota, sheet.pact.rotaStart);
    if (rota.weeks.isEmpty())
        return {};
    // The dates carry their year when the rota runs into the next one; otherwise it is said once.
    const QDate first = rota.weeks.constFirst().monday;
    const QDate last = rota.weeks.constLast().monday.addDays(6);
    const bool crossesYear = first.year() != last.year();
    const QString day = crossesYear ? QStringLiteral("yyyy年M月d日") : QStringLiteral("M月d日");
    QString html =
        QStringLiteral("<h2>楼道卫生值日表</h2><p>%1，每周一轮换，周而复始。%2</p>")
            .arg(sheet.pact.rota == RotaMode::ByFloor
                     ? QStringLiteral("按楼层轮流清扫楼道")
                     : QStringLiteral("各单元按户轮流清扫本单元楼道"),
                 crossesYear ? QString() : QStringLiteral("表中日期均为%1年。").arg(first.year()));
    html += QStringLiteral("<table class='grid' border='1' cellspacing='0' cellpadding='4' "
                           "width='100%'><thead><tr><th>周次</th><th>日期</th>");
    for (const QString &column : rota.columns)
        html += QStringLiteral("<th>%1</th>").arg(esc(column));
    html += QStringLiteral("</tr></thead><tbody>");
    int week = 0;
    for (const CleaningRota::Week &w : rota.weeks) {
        html += QStringLiteral("<tr><td align='center'>%1</td><td>%2—%3</td>")
                    .arg(++week)
                    .arg(w.monday.toString(day), w.monday.addDays(6).toString(day));
        for (const QString &cell : w.onDuty)
            html += QStringLiteral("<td align='center'>%1</td>").arg(esc(cell));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

QString body(const PactSheet &sheet, int section) {
    const Pact &pact = sheet.pact;
    QString html = QStringLiteral("<p class='sub'>%1</p>").arg(esc(community(sheet)));
    html += QStringLiteral("<h1><a name='%1'>%2</a></h1>")
                .arg(PrintedDocument::sectionAnchor(section), esc(pact.title));
    html +=
        QStringLiteral("<p class='sub'>%1 %2　第%3版　%4</p>")
            .arg(esc(sheet.compound), esc(sheet.building))
            .arg(pact.version)
            .arg(sheet.decidedOn.isValid()
                     ? QStringLiteral("%1经楼栋议事会表决通过")
                           .arg(PrintedDocument::chineseDate(sheet.decidedOn))
                     : QStringLiteral("%1通过").arg(PrintedDocument::chineseDate(pact.adoptedOn)));
    for (qsizetype i = 0; i < sheet.clauses.size(); ++i)
        html += QStringLiteral("<p>%1、%2</p>")
                    .arg(PactText::chineseNumber(int(i + 1)), esc(sheet.clauses.at(i)));
    QStringList group;
    for (const GroupMember &member : sheet.group)
        group << QStringLiteral("%1（%2）").arg(esc(member.residentName), roleName(member.role));
    html +=
        QStringLiteral("<p>邻长：%1<br>楼栋自治小组：%2</p>")
            .arg(sheet.neighbourHeads.isEmpty()
                     ? QStringLiteral("（待推选）")
                     : esc(sheet.neighbourHeads.join(QStringLiteral("、"))),
                 group.isEmpty() ? QStringLiteral("（待组建）") : group.join(QStringLiteral("、")));
    html += QStringLiteral("<h2>住户签名确认</h2><p>本户已知悉并自觉遵守本公约。</p>");
    // The header row repeats on every page the table runs over.
    html += QStringLiteral(
        "<table class='grid' border='1' cellspacing='0' cellpadding='6' width='100%'><thead><tr>"
        "<th width='8%'>序号</th><th width='14%'>单元</th><th width='12%'>房号</th>"
        "<th width='18%'>户主</th><th width='28%'>签名</th><th width='20%'>日期</th>"
        "</tr></thead><tbody>");
    int row = 0;
    for (const PactHousehold &h : sheet.households) {
        const bool signedAlready = h.signedOn.isValid();
        html +=
            QStringLiteral("<tr><td align='center'>%1</td><td>%2</td><td>%3</td><td>%4</td>"
                           "<td>%5</td><td>%6</td></tr>")
                .arg(++row)
                .arg(esc(h.unit), esc(h.room), esc(h.head),
                     signedAlready ? QStringLiteral("已签（%1）").arg(esc(h.signer)) : QString(),
                     signedAlready ? PrintedDocument::chineseDate(h.signedOn) : QString());
    }
    html += QStringLiteral("</tbody></table>");
    html += rota(sheet);
    // One table row, which the layout moves whole to the next page: the date never stands
    // there without the group's name.
    html += QStringLiteral("<table width='100%' cellpadding='0' style='margin-top: 12px'><tr>"
                           "<td align='right'>%1%2楼栋自治小组<br>%3</td></tr></table>")
                .arg(esc(sheet.compound), esc(sheet.building),
                     PrintedDocument::chineseDate(pact.adoptedOn));
    return html;
}

} // namespace

std::unique_ptr<QTextDocument> PactDocuments::pact(const PactSheet &sheet) {
    return PrintedDocument::fromHtml(body(sheet, 0));
}

std::unique_ptr<QTextDocument> PactDocuments::compound(const QList<PactSheet> &sheets) {
    QString html;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        if (i > 0)
            html += QStringLiteral("<p style='page-break-before: always'></p>");
        html += body(sheets.at(i), int(i));
    }
    return PrintedDocument::fromHtml(html);
}

} // namespace linli
