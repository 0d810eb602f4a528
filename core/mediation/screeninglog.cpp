#include "mediation/screeninglog.h"

#include "access/communityscope.h"
#include "storage/database.h"
#include "storage/rowversion.h"
#include "storage/statement.h"

#include <QJsonObject>

namespace linli {

namespace {

const QString kBetween =
    QStringLiteral("SELECT id, held_on, area, found, prevented, notes, recorded_by, version"
                   " FROM dispute_screenings WHERE held_on >= :from AND held_on <= :to"
                   " AND (:scope_in_one = 0 OR community_id = :scope_community)"
                   " ORDER BY held_on DESC, id DESC");
const QString kInsert = QStringLiteral(
    "INSERT INTO dispute_screenings (community_id, held_on, area, found, prevented, notes,"
    " recorded_by) VALUES (:community_id, :held_on, :area, :found, :prevented, :notes,"
    " :recorded_by) RETURNING id");
const QString kUpdate =
    QStringLiteral("UPDATE dispute_screenings SET held_on = :held_on, area = :area, found = :found,"
                   " prevented = :prevented, notes = :notes, version = version + 1 WHERE id = :id");
const QString kDelete = QStringLiteral("DELETE FROM dispute_screenings WHERE id = :id");

const QString kTable = QStringLiteral("dispute_screenings");
const QString kEntity = QStringLiteral("dispute_screening");

QJsonObject fieldsOf(const DisputeScreening &s) {
    return {{QStringLiteral("held_on"), s.heldOn.toString(Qt::ISODate)},
            {QStringLiteral("area"), s.area.trimmed()},
            {QStringLiteral("found"), s.found},
            {QStringLiteral("prevented"), s.prevented},
            {QStringLiteral("notes"), s.notes.trimmed()}};
}

sql::Params paramsOf(const DisputeScreening &s) {
    return {{"held_on", s.heldOn},
            {"area", s.area.trimmed()},
            {"found", s.found},
            {"prevented", s.prevented},
            {"notes", sql::notNull(s.notes.trimmed())}};
}

} // namespace

QString ScreeningLog::problemWith(const DisputeScreening &s) const {
    if (!s.heldOn.isValid())
        return tr("Enter the day the screening was held.");
    if (s.heldOn > m_database.clock().today())
        return tr("A screening is logged once it has been held: %1 is still to come.")
            .arg(s.heldOn.toString(Qt::ISODate));
    if (s.area.trimmed().isEmpty())
        return tr("Say where the screening went: a grid, a compound or a building.");
    if (s.area.trimmed().size() > 60)
        return tr("Say where in at most 60 characters.");
    if (s.found < 0 || s.prevented < 0)
        return tr("The numbers of disputes cannot be below 0.");
    if (s.prevented > s.found)
        return tr("%n dispute(s) headed off, but only %1 found: those headed off are among "
                  "those found.",
                  nullptr, s.prevented)
            .arg(s.found);
    return {};
}

Result<QList<DisputeScreening>> ScreeningLog::between(QDate from, QDate to) const {
    if (Status allowed = m_database.require(Permission::ViewMediation); !allowed)
        return allowed;
    auto query = sql::Statement::run(m_database.connection(), kBetween,
                                     sql::Params{{"from", from}, {"to", to}} +
                                         CommunityScope::params(m_database.session()));
    if (!query)
        return query.status();
    QList<DisputeScreening> rounds;
    while (query->next())
        rounds.append({query->integer("id"), query->date("held_on"), query->text("area"),
                       int(query->integer("found")), int(query->integer("prevented")),
                       query->text("notes"), query->text("recorded_by"),
                       int(query->integer("version"))});
    if (Status read = query->status(); !read)
        return read;
    return rounds;
}

Result<qint64> ScreeningLog::record(const DisputeScreening &screening) {
    if (Status allowed = m_database.require(Permission::EditMediation); !allowed)
        return allowed;
    if (const QString problem = problemWith(screening); !problem.isEmpty())
        return Result<qint64>::failure(problem);
    qint64 id = 0;
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        const auto community = context.communityOfNewRecord();
        if (!community)
            return community.status();
        auto inserted = insert(context, *community, screening);
        if (!inserted)
            return inserted.status();
        id = *inserted;
        return Status::success();
    });
    if (!done)
        return done;
    return id;
}

Result<qint64> ScreeningLog::insert(const WriteContext &context, CommunityId community,
                                    const DisputeScreening &screening) {
    auto id = context.insert(kInsert, paramsOf(screening) +
                                          sql::Params{{"community_id", sql::idOrNull(community)},
                                                      {"recorded_by", context.operatorName()}});
    if (!id)
        return id;
    if (Status audited =
            context.audit(kEntity, *id, WriteContext::Action::Create, fieldsOf(screening));
        !audited)
        return audited;
    return id;
}

Status ScreeningLog::correct(const DisputeScreening &screening) {
    if (Status allowed = m_database.require(Permission::EditMediation); !allowed)
        return allowed;
    if (const QString problem = problemWith(screening); !problem.isEmpty())
        return Status::failure(problem);
    return m_database.write([&](const WriteContext &context) -> Status {
        if (Status fresh =
                RowVersion::check(context, kTable, kEntity, screening.id, screening.version);
            !fresh)
            return fresh;
        if (Status changed =
                context.change(kUpdate, paramsOf(screening) + sql::Params{{"id", screening.id}},
                               tr("The screening is no longer on the log."));
            !changed)
            return changed;
        return context.audit(kEntity, screening.id, WriteContext::Action::Update,
                             fieldsOf(screening));
    });
}

Status ScreeningLog::remove(const DisputeScreening &screening) {
    if (Status allowed = m_database.require(Permission::EditMediation); !allowed)
        return allowed;
    return m_database.write([&](const WriteContext &context) -> Status {
        if (Status fresh =
                RowVersion::check(context, kTable, kEntity, screening.id, screening.version);
            !fresh)
            return fresh;
        if (Status changed = context.change(kDelete, {{"id", screening.id}},
                                            tr("The screening is no longer on the log."));
            !changed)
            return changed;
        return context.audit(kEntity, screening.id, WriteContext::Action::Delete,
                             fieldsOf(screening));
    });
}

} // namespace linli
