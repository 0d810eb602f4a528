#include "exchange/inspectionexport.h"

namespace linli {

namespace {

QString kept(bool yes) {
    return yes ? QStringLiteral("是") : QStringLiteral("否");
}

} // namespace

ExportTable InspectionExport::table(const QList<InspectionRecord> &inspections) {
    using T = ExportTable::Type;
    ExportTable table;
    table.headers = {
        QStringLiteral("检查日期"), QStringLiteral("小区"),         QStringLiteral("楼栋"),
        QStringLiteral("检查人"),   QStringLiteral("楼道通畅"),     QStringLiteral("无杂物堆放"),
        QStringLiteral("照明完好"), QStringLiteral("垃圾清运分类"), QStringLiteral("结果"),
        QStringLiteral("整改期限"), QStringLiteral("备注")};
    table.types = {T::Date, T::Text, T::Text, T::Text, T::Text, T::Text,
                   T::Text, T::Text, T::Text, T::Date, T::Text};
    for (const InspectionRecord &record : inspections) {
        const Inspection &i = record.inspection;
        table.rows.append({ExportTable::dateCell(i.inspectedOn), record.compound, record.building,
                           i.inspectors, kept(i.corridorClear), kept(i.noClutter), kept(i.lighting),
                           kept(i.bins),
                           i.passed() ? QStringLiteral("合格") : QStringLiteral("不合格"),
                           i.passed() ? QVariant() : ExportTable::dateCell(i.rectifyBy), i.notes});
    }
    return table;
}

} // namespace linli
