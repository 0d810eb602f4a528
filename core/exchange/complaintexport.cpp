#include "exchange/complaintexport.h"

#include "access/access.h"
#include "documents/complaintdocuments.h"
#include "registry/idnumber.h"
#include "storage/database.h"

namespace linli {

namespace {

constexpr int kPage = 1000;

QVariant dateOf(const QDateTime &at) {
    return at.isValid() ? QVariant(at.date()) : QVariant();
}

} // namespace

Result<ExportTable> ComplaintExport::table(Database &database, const ComplaintFilter &filter,
                                           bool fullIdentifiers) {
    if (Status allowed = database.require(Permission::ExportPersonalData); !allowed)
        return allowed;
    if (fullIdentifiers) {
        if (Status allowed = database.require(Permission::RevealPersonalData); !allowed)
            return allowed;
    }
    using T = ExportTable::Type;
    ExportTable table;
    table.headers = {QStringLiteral("编号"),   QStringLiteral("受理日期"), QStringLiteral("来源"),
                     QStringLiteral("反映人"), QStringLiteral("联系电话"), QStringLiteral("地点"),
                     QStringLiteral("类别"),   QStringLiteral("紧急"),     QStringLiteral("事项"),
                     QStringLiteral("状态"),   QStringLiteral("化解层级"), QStringLiteral("承办人"),
                     QStringLiteral("期限"),   QStringLiteral("办结日期")};
    table.types = {T::Text, T::Date, T::Text, T::Text, T::Text, T::Text, T::Text,
                   T::Text, T::Text, T::Text, T::Text, T::Text, T::Date, T::Date};
    const ComplaintRepository complaints(database);
    std::optional<ComplaintPageKey> after;
    for (;;) {
        const auto page = complaints.page(filter, after, kPage);
        if (!page)
            return page.status();
        for (const Complaint &c : *page)
            table.rows.append(
                {c.number(), dateOf(c.receivedAt), ComplaintDocuments::channel(c.channel),
                 c.reporter.name,
                 fullIdentifiers ? c.reporter.phone : MobilePhone::masked(c.reporter.phone),
                 c.place.description, c.categoryName,
                 c.urgency == Urgency::Urgent ? QStringLiteral("紧急") : QString(), c.summary,
                 ComplaintDocuments::state(c.state),
                 c.level ? ComplaintDocuments::level(*c.level) : QString(), c.assignee,
                 dateOf(c.dueAt), dateOf(c.resolvedAt)});
        if (page->size() < kPage)
            break;
        after = ComplaintPageKey{page->constLast().receivedAt, page->constLast().id.value};
    }
    const Status audited = database.write([&](const WriteContext &context) {
        return context.audit(QStringLiteral("complaints_export"), 0, WriteContext::Action::Reveal,
                             {{QStringLiteral("rows"), int(table.rows.size())},
                              {QStringLiteral("full_identifiers"), fullIdentifiers}});
    });
    if (!audited)
        return audited;
    return table;
}

} // namespace linli
