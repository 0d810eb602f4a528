#include "exchange/residentexport.h"

#include "access/access.h"
#include "registry/idnumber.h"
#include "storage/database.h"

namespace linli {

namespace {

constexpr qsizetype kProgressEvery = 500;

QString yes(bool flag) {
    return flag ? QStringLiteral("是") : QString();
}

} // namespace

QStringList ResidentExport::headers() {
    // The place in four columns as well as written out, so that the list can be imported back.
    return {QStringLiteral("姓名"),       QStringLiteral("性别"),     QStringLiteral("出生日期"),
            QStringLiteral("年龄"),       QStringLiteral("身份证号"), QStringLiteral("联系电话"),
            QStringLiteral("与户主关系"), QStringLiteral("小区"),     QStringLiteral("楼栋"),
            QStringLiteral("单元"),       QStringLiteral("房号"),     QStringLiteral("住址"),
            QStringLiteral("党员"),       QStringLiteral("独居老人"), QStringLiteral("志愿者"),
            QStringLiteral("低保"),       QStringLiteral("残疾"),     QStringLiteral("备注"),
            QStringLiteral("迁出日期")};
}

QString ResidentExport::relationName(Relation relation) {
    switch (relation) {
    case Relation::Head:
        return QStringLiteral("户主");
    case Relation::Spouse:
        return QStringLiteral("配偶");
    case Relation::Child:
        return QStringLiteral("子女");
    case Relation::Parent:
        return QStringLiteral("父母");
    case Relation::Grandchild:
        return QStringLiteral("孙子女");
    case Relation::Sibling:
        return QStringLiteral("兄弟姐妹");
    case Relation::OtherRelative:
        return QStringLiteral("其他亲属");
    case Relation::Tenant:
        return QStringLiteral("租户");
    case Relation::Other:
        return QStringLiteral("其他");
    }
    return {};
}

QList<ExportTable::Type> ResidentExport::types() {
    using T = ExportTable::Type;
    QList<T> types(headers().size(), T::Text);
    types[2] = T::Date;
    types[3] = T::Number;
    types.last() = T::Date;
    return types;
}

QString ResidentExport::cancelled() {
    return tr("The export was cancelled; no file was written.");
}

Result<qsizetype> ResidentExport::rows(Database &database, const ResidentQuery &query,
                                       bool fullIdentifiers, RowSink &sink,
                                       const ExportProgress &progress) {
    if (Status allowed = database.require(Permission::ExportPersonalData); !allowed)
        return allowed;
    if (fullIdentifiers) {
        if (Status allowed = database.require(Permission::RevealPersonalData); !allowed)
            return allowed;
    }
    const ResidentRepository residents(database);
    const QDate today = database.clock().today();
    const QString male = QStringLiteral("男"), female = QStringLiteral("女");
    qsizetype count = 0;
    Status failed = Status::success();
    bool stopped = false;
    QVariantList line;
    line.reserve(headers().size());
    // One statement gives each resident with their household and place, written as it is
    // read: no lookups a row, nothing kept.
    const Status read = residents.forEachWithPlace(query, [&](const ResidentWithPlace &row) {
        const Resident &r = row.entry.resident;
        const int age = ageOn(r.birthDate, today);
        line = {r.name,
                r.gender == Gender::Male ? male : female,
                ExportTable::dateCell(r.birthDate),
                age >= 0 ? QVariant(age) : QVariant(),
                fullIdentifiers ? r.idNumber : IdNumber::masked(r.idNumber),
                fullIdentifiers ? r.mobile : MobilePhone::masked(r.mobile),
                relationName(r.relation),
                row.compound,
                row.building,
                row.unit,
                row.room,
                row.entry.address,
                yes(r.markers.partyMember),
                yes(r.markers.elderlyAlone),
                yes(r.markers.volunteer),
                yes(r.markers.lowIncome),
                yes(r.markers.disabled),
                r.notes,
                ExportTable::dateCell(r.movedOutOn)};
        if (failed = sink.add(line); !failed)
            return false;
        ++count;
        if (progress && count % kProgressEvery == 0 && !progress(count)) {
            stopped = true;
            return false;
        }
        return true;
    });
    if (!read)
        return read;
    if (!failed)
        return failed;
    if (stopped || (progress && !progress(count)))
        return Result<qsizetype>::failure(cancelled());
    return count;
}

Status ResidentExport::audit(Database &database, const ResidentQuery &query, bool fullIdentifiers,
                             qsizetype rows) {
    // Personal data leaving the program is accounted for: who, how many, whether in full.
    return database.write([&](const WriteContext &context) {
        return context.audit(QStringLiteral("residents_export"), 0, WriteContext::Action::Reveal,
                             {{QStringLiteral("rows"), int(rows)},
                              {QStringLiteral("full_identifiers"), fullIdentifiers},
                              {QStringLiteral("search"), query.text}});
    });
}

Result<ExportTable> ResidentExport::table(Database &database, const ResidentQuery &query,
                                          bool fullIdentifiers) {
    ExportTable table;
    table.headers = headers();
    table.types = types();
    TableSink sink(table);
    const auto count = rows(database, query, fullIdentifiers, sink, {});
    if (!count)
        return count.status();
    if (Status audited = audit(database, query, fullIdentifiers, *count); !audited)
        return audited;
    return table;
}

Result<qsizetype> ResidentExport::write(Database &database, const ResidentQuery &query,
                                        bool fullIdentifiers, const QString &path,
                                        const ExportProgress &progress) {
    // Refused before a file is even opened.
    if (Status allowed = database.require(Permission::ExportPersonalData); !allowed)
        return allowed;
    auto stream = SpreadsheetStream::open(path, headers(), types());
    if (!stream)
        return stream.status();
    const auto count = rows(database, query, fullIdentifiers, **stream, progress);
    if (!count)
        return count; // the stream, destroyed, takes its .part with it
    // The file whole first (an .xlsx is written out only when closed), then audited, then put
    // in place under its name: no personal data leaves unaccounted for, and no audit entry
    // counts a file that was never made.
    if (Status closed = (*stream)->close(); !closed)
        return closed;
    if (Status audited = audit(database, query, fullIdentifiers, *count); !audited)
        return audited;
    if (Status finished = (*stream)->finish(); !finished)
        return finished;
    return count;
}

} // namespace linli
