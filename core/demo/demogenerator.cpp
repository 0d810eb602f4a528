#include "demo/demogenerator.h"

#include "access/accountrepository.h"
#include "access/passwordhasher.h"
#include "complaints/complaintrepository.h"
#include "demo/demoaid.h"
#include "demo/democogovernance.h"
#include "demo/democomplaints.h"
#include "demo/demomediation.h"
#include "demo/demowriter.h"
#include "registry/residentsearchindex.h"
#include "storage/database.h"
#include "storage/indexesaside.h"
#include "storage/statement.h"

namespace linli {

Result<DemoGenerator::Summary> DemoGenerator::generate(const QDateTime &now) {
    const auto existing = sql::Statement::single(
        m_database.connection(), QStringLiteral("SELECT count(*) FROM communities"));
    if (!existing)
        return existing.status();
    if (existing->toInt() > 0)
        return Result<Summary>::failure(tr(
            "The database holds a registry already; demo data goes only into a new, empty file."));

    // A demo account for each role, all with the password demo1234; hashed before the write
    // transaction, since each hash takes a tenth of a second.
    struct DemoAccount {
        const char16_t *username;
        const char16_t *name;
        Role role;
    };
    static const DemoAccount kAccounts[] = {
        {u"admin", u"刘佳梅", Role::Administrator}, {u"duty", u"叶丽芳", Role::DutyStaff},
        {u"mediator", u"马艳涵", Role::Mediator},   {u"grid", u"杨敏", Role::GridWorker},
        {u"head", u"王建国", Role::ReadOnly},
    };
    QList<std::pair<Account, QString>> accounts;
    for (const DemoAccount &demo : kAccounts) {
        const auto hash = PasswordHasher::hash(QStringLiteral("demo1234"));
        if (!hash)
            return hash.status();
        Account account;
        account.username = QString::fromUtf16(demo.username);
        account.displayName = QString::fromUtf16(demo.name);
        account.role = demo.role;
        accounts.append({account, *hash});
    }

    Summary summary;
    // The street-scale file grows past 150 MB in this one transaction: a page cache of 256 MB
    // for the while keeps its indexes in memory (back to the usual size after).
    m_database.useBulkCache(true);
    const Status done = m_database.write([&](const WriteContext &context) {
        for (const auto &[account, hash] : std::as_const(accounts)) {
            if (auto added = AccountRepository::insert(context, account, hash); !added)
                return added.status();
        }
        const auto triggers = ResidentSearchIndex::suspend(context);
        if (!triggers)
            return triggers.status();
        // Written row after row and never looked up by their secondary indexes meanwhile.
        const auto aside =
            IndexesAside::take(context, {QStringLiteral("audit_log"), QStringLiteral("complaints"),
                                         QStringLiteral("complaint_events")});
        if (!aside)
            return aside.status();
        DemoWriter writer(context, m_scale, now.date());
        auto written = writer.run();
        if (!written)
            return written.status();
        if (Status restored = ResidentSearchIndex::restoreTriggers(context, *triggers); !restored)
            return restored;
        summary = *written;
        if (Status linked = linkAccounts(context); !linked)
            return linked;
        const auto first = sql::Statement::single(
            context.connection(), QStringLiteral("SELECT min(id) FROM communities"));
        if (!first)
            return first.status();
        // Mediation's team and mutual aid are the first community's.
        const WriteContext inFirst(context.connection(), context.operatorName(), context.at(),
                                   CommunityId{first->toLongLong()});
        const bool street = m_scale != Scale::Community;
        DemoComplaints complaints(context, now, 0x9E3779B97F4A7C15ULL, street ? 3 * 365 : 182);
        auto logged = complaints.run();
        if (!logged)
            return logged.status();
        summary.complaints = *logged;
        const auto calendar = ComplaintRepository(m_database).calendar();
        if (!calendar)
            return calendar.status();
        DemoMediation mediation(inFirst, now, *calendar, street);
        auto cases = mediation.run();
        if (!cases)
            return cases.status();
        summary.cases = *cases;
        DemoCoGovernance coGovernance(m_database, context, now.date());
        auto pacts = coGovernance.run();
        if (!pacts)
            return pacts.status();
        summary.pacts = *pacts;
        DemoAid aid(inFirst, now);
        auto wishes = aid.run();
        if (!wishes)
            return wishes.status();
        summary.wishes = *wishes;
        return aside->restore(context);
    });
    m_database.useBulkCache(false);
    if (done) {
        // The search index of everyone just written, then the planner's statistics (but
        // those of the index's own tables: see ResidentSearchIndex).
        if (Status indexed = m_database.write(ResidentSearchIndex::rebuild); !indexed)
            return indexed;
        if (!m_database.isOnServer()) // the server's autovacuum keeps its own statistics
            (void)sql::Statement::run(m_database.connection(), QStringLiteral("ANALYZE"));
        (void)m_database.write(ResidentSearchIndex::forgetStatistics);
    }
    if (!done)
        return done;
    return summary;
}

Status DemoGenerator::linkAccounts(const WriteContext &context) const {
    auto places = sql::Statement::run(
        context.connection(),
        QStringLiteral("SELECT c.community, s.id AS staff, s.name AS name"
                       " FROM (SELECT min(id) AS community FROM communities) c"
                       " LEFT JOIN (SELECT g.worker_id FROM grids g JOIN staff s"
                       "  ON s.id = g.worker_id ORDER BY g.id LIMIT 1) w ON 1 = 1"
                       " LEFT JOIN staff s ON s.id = w.worker_id"));
    if (!places)
        return places.status();
    if (!places->next())
        return places->status();
    const CommunityId first{places->integer("community")};
    const StaffId worker{places->integer("staff")};
    const QString workerName = places->text("name");
    const AccountRepository accounts(m_database);
    for (const QString &username :
         {QStringLiteral("duty"), QStringLiteral("mediator"), QStringLiteral("grid")}) {
        const auto found = accounts.byUsername(username);
        if (!found)
            return found.status();
        if (!found->has_value())
            continue;
        Account account = **found;
        account.community = first;
        if (username == QStringLiteral("grid") && worker.isValid()) {
            account.staffId = worker;
            account.displayName = workerName;
        }
        if (Status saved = AccountRepository::update(context, account); !saved)
            return saved;
    }
    return Status::success();
}

} // namespace linli
