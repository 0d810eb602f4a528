#include "documents/aiddocuments.h"

#include "documents/printeddocument.h"

#include <QTextDocument>

namespace linli {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

} // namespace

QString AidDocuments::publicName(const QString &name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    return trimmed.left(1) + QStringLiteral("某");
}

std::unique_ptr<QTextDocument> AidDocuments::wishWall(const QList<Wish> &wishes,
                                                      const OfficeIdentity &office, QDate day) {
    QString rows;
    int shown = 0;
    for (const Wish &w : wishes) {
        if (w.state != WishState::Open)
            continue;
        ++shown;
        rows += QStringLiteral("<tr><td align='center'>%1</td><td>%2</td><td>%3</td>"
                               "<td>%4%5</td><td>%6</td><td></td></tr>")
                    .arg(shown)
                    .arg(esc(w.number()), esc(w.buildingName),
                         w.kind == WishKind::Item ? QStringLiteral("【物品】")
                                                  : QStringLiteral("【求助】"),
                         esc(w.text), esc(publicName(w.wisherName)));
    }
    if (shown == 0)
        rows = QStringLiteral("<tr><td colspan='6' align='center'>目前没有待认领的心愿</td></tr>");
    const QString contact =
        office.phone.isEmpty()
            ? QStringLiteral("愿意帮忙的邻居，请在“认领人”一栏留下姓名，或到社区居委会登记。")
            : QStringLiteral("愿意帮忙的邻居，请在“认领人”一栏留下姓名，或致电社区居委会 %1 登记。")
                  .arg(esc(office.phone));
    const QString body =
        QStringLiteral(
            "<p class='sub'>%1</p><h1>邻里心愿墙</h1>"
            "<p>邻里互帮，守望相助。以下心愿已由社区核实，%2</p>"
            "<table class='grid' border='1' cellspacing='0' cellpadding='5' width='100%'>"
            "<thead><tr><th width='6%'>序号</th><th width='12%'>编号</th><th width='18%'>楼栋</th>"
            "<th>心愿</th><th width='10%'>心愿人</th><th width='16%'>认领人</th></tr></thead>"
            "%3</table><p align='right'>%4　%5</p>")
            .arg(esc(office.community), contact, rows, esc(office.community),
                 PrintedDocument::chineseDate(day));
    return PrintedDocument::fromHtml(body);
}

} // namespace linli
