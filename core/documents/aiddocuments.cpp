#include "documents/aiddocuments.h"

#include "documents/printeddocument.h"
#include "registry/chinesename.h"

#include <QTextDocument>

#include <algorithm>

namespace linli {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

} // namespace

namespace {

QString categoryName(StationCategory category) {
    switch (category) {
    case StationCategory::Books:
        return QStringLiteral("图书");
    case StationCategory::Toys:
        return QStringLiteral("玩具");
    case StationCategory::DailyGoods:
        return QStringLiteral("日用品");
    case StationCategory::Clothes:
        return QStringLiteral("衣物");
    case StationCategory::Other:
        return QStringLiteral("其他");
    }
    return {};
}

} // namespace

std::unique_ptr<QTextDocument> AidDocuments::stationLedger(const QList<StationLedgerLine> &lines,
                                                           const QMap<StationCategory, int> &stock,
                                                           const OfficeIdentity &office, QDate from,
                                                           QDate to) {
    QString rows;
    int in = 0;
    int out = 0;
    for (const StationLedgerLine &line : lines) {
        (line.in ? in : out) += line.quantity;
        rows += QStringLiteral("<tr><td>%1</td><td align='center'>%2</td><td>%3</td><td>%4</td>"
                               "<td align='right'>%5</td><td>%6</td></tr>")
                    .arg(PrintedDocument::chineseDate(line.on),
                         line.in ? QStringLiteral("捐入") : QStringLiteral("领取"),
                         categoryName(line.category), esc(line.description))
                    .arg(line.quantity)
                    .arg(line.who.isEmpty() ? QStringLiteral("匿名") : esc(line.who));
    }
    if (lines.isEmpty())
        rows = QStringLiteral("<tr><td colspan='6' align='center'>本期没有物品进出</td></tr>");
    QString stockRow;
    for (const StationCategory c :
         {StationCategory::Books, StationCategory::Toys, StationCategory::DailyGoods,
          StationCategory::Clothes, StationCategory::Other})
        stockRow += QStringLiteral("%1 %2 件　").arg(categoryName(c)).arg(stock.value(c));
    const QString body =
        QStringLiteral(
            "<p class='sub'>%1</p><h1>邻里互助站物品台账</h1>"
            "<p>期间：%2至%3　本期捐入 %4 件，领取 %5 件</p>"
            "<table class='grid' border='1' cellspacing='0' cellpadding='5' width='100%'>"
            "<thead><tr><th width='18%'>日期</th><th width='8%'>进出</th><th width='10%'>类别</th>"
            "<th>物品</th><th width='8%'>数量</th><th width='16%'>捐赠人/领取人</th></tr></thead>"
            "%6</table><p>现有库存：%7</p><p align='right'>经手人：__________　%8</p>")
            .arg(esc(office.community), PrintedDocument::chineseDate(from),
                 PrintedDocument::chineseDate(to))
            .arg(in)
            .arg(out)
            .arg(rows, stockRow, PrintedDocument::chineseDate(to));
    return PrintedDocument::fromHtml(body);
}

std::unique_ptr<QTextDocument> AidDocuments::signUpSheet(const Event &event,
                                                         const Activity &activity,
                                                         const QList<SignUp> &signUps,
                                                         const OfficeIdentity &office) {
    QString rows;
    int n = 0;
    for (const SignUp &s : signUps)
        rows += QStringLiteral("<tr><td align='center'>%1</td><td>%2</td><td>%3</td><td></td></tr>")
                    .arg(++n)
                    .arg(esc(s.name), esc(s.address));
    // Blank lines for those who sign up on the day, up to the capacity.
    const int blanks = activity.capacity > 0 ? std::max(0, activity.capacity - n) : 5;
    for (int i = 0; i < blanks; ++i)
        rows +=
            QStringLiteral("<tr><td align='center'>%1</td><td>&nbsp;</td><td></td><td></td></tr>")
                .arg(++n);
    QString when = PrintedDocument::chineseDate(event.heldOn);
    if (activity.startsAt.isValid())
        when = PrintedDocument::chineseDateTime(activity.startsAt);
    const QString place = activity.place.isEmpty() ? event.place : activity.place;
    const QString body =
        QStringLiteral(
            "<p class='sub'>%1</p><h1>%2</h1><h2>%3　报名签到表</h2>"
            "<p>时间：%4　地点：%5　名额：%6</p>"
            "<table class='grid' border='1' cellspacing='0' cellpadding='6' width='100%'>"
            "<thead><tr><th width='8%'>序号</th><th width='20%'>姓名</th><th>住址</th>"
            "<th width='22%'>签到</th></tr></thead>%7</table>")
            .arg(esc(office.community), esc(event.name), esc(activity.name), when,
                 place.isEmpty() ? QStringLiteral("另行通知") : esc(place),
                 activity.capacity > 0 ? QStringLiteral("%1人").arg(activity.capacity)
                                       : QStringLiteral("不限"),
                 rows);
    return PrintedDocument::fromHtml(body);
}

QString AidDocuments::publicName(const QString &name) {
    return ChineseName::masked(name);
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
