#include "demo/demogenerator.h"

#include "complaints/complaintrepository.h"
#include "demo/democogovernance.h"
#include "demo/democomplaints.h"
#include "demo/demomediation.h"
#include "demo/demowriter.h"
#include "storage/database.h"
#include "storage/sql.h"

namespace linli {

Result<DemoGenerator::Summary> DemoGenerator::generate(const QDateTime &now) {
    const auto existing =
        sql::scalar(m_database.connection(), QStringLiteral("SELECT count(*) FROM communities"));
    if (!existing)
        return existing.status();
    if (existing->toInt() > 0)
        return Result<Summary>::failure(tr(
            "The database holds a registry already; demo data goes only into a new, empty file."));

    Summary summary;
    const Status done = m_database.write([&](const WriteContext &context) {
        DemoWriter writer(context, m_scale, now.date());
        auto written = writer.run();
        if (!written)
            return written.status();
        summary = *written;
        DemoComplaints complaints(context, now, 0x9E3779B97F4A7C15ULL);
        auto logged = complaints.run();
        if (!logged)
            return logged.status();
        summary.complaints = *logged;
        const auto calendar = ComplaintRepository(m_database).calendar();
        if (!calendar)
            return calendar.status();
        DemoMediation mediation(context, now, *calendar);
        auto cases = mediation.run();
        if (!cases)
            return cases.status();
        summary.cases = *cases;
        DemoCoGovernance coGovernance(m_database, context, now.date());
        auto pacts = coGovernance.run();
        if (!pacts)
            return pacts.status();
        summary.pacts = *pacts;
        return Status::success();
    });
    if (!done)
        return done;
    return summary;
}

} // namespace linli
