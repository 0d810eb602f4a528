#include "exchange/wishexport.h"

namespace linli {

namespace {

// The spreadsheet goes to the office's own files and the sub-district, so it is in Chinese
// whatever language the screens are in, as the printed documents are; in the words the wall
// and its printed sheet use (物品 / 求助, 网格群).
QString kindName(WishKind kind) {
    return kind == WishKind::Item ? QStringLiteral("物品") : QStringLiteral("求助");
}

QString channelName(WishChannel channel) {
    switch (channel) {
    case WishChannel::Wall:
        return QStringLiteral("心愿墙");
    case WishChannel::Visit:
        return QStringLiteral("来访");
    case WishChannel::Phone:
        return QStringLiteral("来电");
    case WishChannel::GroupChat:
        return QStringLiteral("网格群");
    }
    return {};
}

QString stateName(WishState state) {
    switch (state) {
    case WishState::Posted:
        return QStringLiteral("待核实");
    case WishState::Open:
        return QStringLiteral("待认领");
    case WishState::Claimed:
        return QStringLiteral("已认领");
    case WishState::Dispatched:
        return QStringLiteral("已派单");
    case WishState::Fulfilled:
        return QStringLiteral("已实现");
    case WishState::Withdrawn:
        return QStringLiteral("已撤回");
    case WishState::Escalated:
        return QStringLiteral("转为诉求");
    }
    return {};
}

} // namespace

ExportTable WishExport::table(const QList<Wish> &wishes) {
    using T = ExportTable::Type;
    ExportTable table;
    table.headers = {QStringLiteral("编号"),     QStringLiteral("登记日期"),
                     QStringLiteral("心愿人"),   QStringLiteral("楼栋"),
                     QStringLiteral("类别"),     QStringLiteral("来源"),
                     QStringLiteral("心愿内容"), QStringLiteral("状态"),
                     QStringLiteral("审核人"),   QStringLiteral("帮助人"),
                     QStringLiteral("期限"),     QStringLiteral("完成日期"),
                     QStringLiteral("结果"),     QStringLiteral("服务时长（小时）")};
    table.types = {T::Text, T::Date, T::Text, T::Text, T::Text, T::Text, T::Text,
                   T::Text, T::Text, T::Text, T::Date, T::Date, T::Text, T::Number};
    for (const Wish &w : wishes)
        table.rows.append({QString(QStringLiteral("心愿") + w.number()),
                           ExportTable::dateCell(w.postedAt.date()), w.wisherName, w.buildingName,
                           kindName(w.kind), channelName(w.channel), w.text, stateName(w.state),
                           w.verifiedBy, w.helperName, ExportTable::dateCell(w.dueOn),
                           ExportTable::dateCell(w.doneOn), w.outcome,
                           w.hours > 0 ? QVariant(w.hours) : QVariant()});
    return table;
}

} // namespace linli
