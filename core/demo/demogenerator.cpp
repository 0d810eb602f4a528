#include "demo/demogenerator.h"

#include "demo/demowriter.h"
#include "storage/database.h"
#include "storage/sql.h"

namespace linli {

Result<DemoGenerator::Summary> DemoGenerator::generate(QDate today) {
    const auto existing =
        sql::scalar(m_database.connection(), QStringLiteral("SELECT count(*) FROM communities"));
    if (!existing)
        return existing.status();
    if (existing->toInt() > 0)
        return Result<Summary>::failure(tr(
            "The database holds a registry already; demo data goes only into a new, empty file."));

    Summary summary;
    const Status done = m_database.write([&](const WriteContext &context) {
        DemoWriter writer(context, m_scale, today);
        auto written = writer.run();
        if (!written)
            return written.status();
        summary = *written;
        return Status::success();
    });
    if (!done)
        return done;
    return summary;
}

} // namespace linli
