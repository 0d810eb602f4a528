#include "mediation/mediationrepository.h"

#include "common/isotime.h"

#include "access/communityscope.h"
#include "mediation/casestatemachine.h"
#include "mediation/mediationcodes.h"
#include "storage/database.h"
#include "storage/numbering.h"
#include "storage/sql.h"

#include <QJsonArray>
#include <QLocale>

namespace linli {

namespace {

using sql::dateOrNull;
using sql::dateText;

const QString kMediatorColumns = QStringLiteral(
    "id, name, kind, organisation, phone, specialties, active, staff_id, resident_id");
// Binds (these lists): the session's community, twice (0: the whole sub-district).
const QString kMediators = QStringLiteral("SELECT ") + kMediatorColumns +
                           QStringLiteral(" FROM mediators WHERE ") +
                           CommunityScope::ofColumn(QStringLiteral("community_id")) +
                           QStringLiteral(" ORDER BY active DESC, name");
const QString kMediator =
    QStringLiteral("SELECT ") + kMediatorColumns + QStringLiteral(" FROM mediators WHERE id = ?");
const QString kStaffNotOnTeam =
    QStringLiteral("SELECT s.id, s.name, s.role, s.mobile FROM staff s"
                   " WHERE s.active = 1 AND s.role IN ('cadre', 'grid_worker', 'duty')"
                   " AND NOT EXISTS (SELECT 1 FROM mediators m WHERE m.staff_id = s.id) AND ") +
    CommunityScope::ofColumn(QStringLiteral("s.community_id")) + QStringLiteral(" ORDER BY s.name");
const QString kCaseColumns = QStringLiteral(
    "id, year, seq, number, accepted_on, type, source, complaint_id, risk, facts, focus,"
    " lead_mediator_id, state, limit_on, outcome, closed_on, rights_notified_on, averted_criminal,"
    " community_id, version");
const QString kCase =
    QStringLiteral("SELECT ") + kCaseColumns + QStringLiteral(" FROM mediation_cases WHERE id = ?");
// The list shows the parties' names: one subquery each, joined with the unit separator.
const QString kCases =
    QStringLiteral("SELECT ") + kCaseColumns +
    QStringLiteral(", (SELECT group_concat(side || ':' || name, char(31))"
                   " FROM case_parties p WHERE p.case_id = mediation_cases.id)"
                   " FROM mediation_cases"
                   " WHERE (? = 0 OR state IN ('accepted', 'investigating', 'mediating')) AND ") +
    CommunityScope::ofColumn(QStringLiteral("community_id")) +
    QStringLiteral(" ORDER BY state IN ('accepted', 'investigating', 'mediating') DESC,"
                   " accepted_on DESC, id DESC");
const QString kParties =
    QStringLiteral("SELECT id, side, resident_id, household_id, organisation, name, phone, address"
                   " FROM case_parties WHERE case_id = ? ORDER BY side, id");
const QString kTeam =
    QStringLiteral("SELECT mediator_id FROM case_team WHERE case_id = ? ORDER BY mediator_id");
const QString kSessionColumns = QStringLiteral(
    "s.id, s.case_id, s.starts_at, s.ends_at, s.venue, s.venue_place, s.purpose, s.record,"
    " s.result, s.cancelled, s.version");
const QString kBookings = QStringLiteral(
    "SELECT s.id, s.starts_at, s.ends_at, s.venue, s.venue_place, c.number,"
    " (SELECT group_concat(mediator_id) FROM session_mediators WHERE session_id = s.id),"
    " (SELECT group_concat(coalesce(p.resident_id, -p.id)) FROM session_parties sp"
    "  JOIN case_parties p ON p.id = sp.party_id WHERE sp.session_id = s.id)"
    " FROM mediation_sessions s JOIN mediation_cases c ON c.id = s.case_id"
    " WHERE s.cancelled = 0 AND s.starts_at < ? AND s.ends_at > ? ORDER BY s.starts_at");
const QString kSessions = QStringLiteral("SELECT ") + kSessionColumns +
                          QStringLiteral(" FROM mediation_sessions s WHERE s.case_id = ?"
                                         " ORDER BY s.starts_at");
const QString kSession = QStringLiteral("SELECT ") + kSessionColumns +
                         QStringLiteral(" FROM mediation_sessions s WHERE s.id = ?");
const QString kSessionsBetween = QStringLiteral("SELECT ") + kSessionColumns +
                                 QStringLiteral(" FROM mediation_sessions s WHERE s.cancelled = 0"
                                                " AND s.starts_at < ? AND s.ends_at > ?"
                                                " AND (? = 0 OR s.case_id IN (SELECT id FROM"
                                                "  mediation_cases WHERE community_id = ?))"
                                                " ORDER BY s.starts_at");
const QString kSessionMediators =
    QStringLiteral("SELECT mediator_id FROM session_mediators WHERE session_id = ?");
const QString kSessionParties =
    QStringLiteral("SELECT party_id FROM session_parties WHERE session_id = ?");
const QString kSessionOthers =
    QStringLiteral("SELECT name, role FROM session_attendees WHERE session_id = ? ORDER BY id");
const QString kPrefix =
    QStringLiteral("SELECT value FROM settings WHERE key = 'mediation.number_prefix'");
const QString kHouseholdOf =
    QStringLiteral("SELECT household_id FROM residents WHERE id = ? AND moved_out_on IS NULL");

const QString kInsertMediator = QStringLiteral(
    "INSERT INTO mediators (name, kind, organisation, phone, specialties, active, staff_id,"
    " resident_id, community_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kInsertCase = QStringLiteral(
    "INSERT INTO mediation_cases (year, seq, number, accepted_on, type, source, complaint_id, risk,"
    " facts, focus, lead_mediator_id, state, limit_on, rights_notified_on, community_id)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kInsertParty = QStringLiteral(
    "INSERT INTO case_parties (case_id, side, resident_id, household_id, organisation, name, phone,"
    " address) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
const QString kInsertTeam =
    QStringLiteral("INSERT INTO case_team (case_id, mediator_id) VALUES (?, ?)");
const QString kDeleteTeam = QStringLiteral("DELETE FROM case_team WHERE case_id = ?");
const QString kInsertEvent = QStringLiteral(
    "INSERT INTO case_events (case_id, at, operator, action, from_state, to_state, note)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)");
const QString kUpdateCase =
    QStringLiteral("UPDATE mediation_cases SET state = ?, limit_on = ?, outcome = ?, closed_on = ?,"
                   " lead_mediator_id = ?, facts = ?, focus = ?, risk = ?, rights_notified_on = ?,"
                   " averted_criminal = ?, version = version + 1 WHERE id = ?");
const QString kEvents =
    QStringLiteral("SELECT at, operator, action, from_state, to_state, note FROM case_events"
                   " WHERE case_id = ? ORDER BY at, id");
const QString kInsertSession = QStringLiteral(
    "INSERT INTO mediation_sessions (case_id, starts_at, ends_at, venue, venue_place, purpose)"
    " VALUES (?, ?, ?, ?, ?, ?)");
const QString kUpdateSession = QStringLiteral(
    "UPDATE mediation_sessions SET starts_at = ?, ends_at = ?, venue = ?, venue_place = ?,"
    " purpose = ?, record = ?, result = ?, cancelled = ?, version = version + 1 WHERE id = ?");
const QString kInsertSessionMediator =
    QStringLiteral("INSERT INTO session_mediators (session_id, mediator_id) VALUES (?, ?)");
const QString kInsertSessionParty =
    QStringLiteral("INSERT INTO session_parties (session_id, party_id) VALUES (?, ?)");
const QString kInsertSessionOther =
    QStringLiteral("INSERT INTO session_attendees (session_id, name, role) VALUES (?, ?, ?)");
const QString kClearSessionMediators =
    QStringLiteral("DELETE FROM session_mediators WHERE session_id = ?");
const QString kClearSessionParties =
    QStringLiteral("DELETE FROM session_parties WHERE session_id = ?");
const QString kClearSessionOthers =
    QStringLiteral("DELETE FROM session_attendees WHERE session_id = ?");

QString timeText(const QDateTime &at) {
    return iso::text(at);
}

Mediator mediatorFrom(const QSqlQuery &q) {
    Mediator m;
    m.id = MediatorId{q.value(0).toLongLong()};
    m.name = q.value(1).toString();
    m.kind = codes::mediatorKindFrom(q.value(2).toString());
    m.organisation = q.value(3).toString();
    m.phone = q.value(4).toString();
    m.specialties = q.value(5).toString();
    m.active = q.value(6).toBool();
    m.staffId = StaffId{q.value(7).toLongLong()};
    m.residentId = ResidentId{q.value(8).toLongLong()};
    return m;
}

MediationCase caseFrom(const QSqlQuery &q) {
    MediationCase c;
    c.id = CaseId{q.value(0).toLongLong()};
    c.year = q.value(1).toInt();
    c.sequence = q.value(2).toInt();
    c.number = q.value(3).toString();
    c.acceptedOn = iso::date(q.value(4).toString());
    c.type = codes::caseTypeFrom(q.value(5).toString());
    c.source = codes::caseSourceFrom(q.value(6).toString());
    c.complaintId = q.value(7).toLongLong();
    c.risk = codes::riskFrom(q.value(8).toString());
    c.facts = q.value(9).toString();
    c.focus = q.value(10).toString();
    c.leadMediator = MediatorId{q.value(11).toLongLong()};
    c.state = codes::caseStateFrom(q.value(12).toString());
    c.limitOn = iso::date(q.value(13).toString());
    c.outcome = q.value(14).toString();
    c.closedOn = iso::date(q.value(15).toString());
    c.rightsNotifiedOn = iso::date(q.value(16).toString());
    c.avertedCriminal = q.value(17).toBool();
    c.community = CommunityId{q.value(18).toLongLong()};
    c.version = q.value(19).toInt();
    return c;
}

Session sessionFrom(const QSqlQuery &q) {
    Session s;
    s.id = SessionId{q.value(0).toLongLong()};
    s.caseId = CaseId{q.value(1).toLongLong()};
    s.start = iso::moment(q.value(2).toString());
    s.end = iso::moment(q.value(3).toString());
    s.venue = {codes::venueKindFrom(q.value(4).toString()), q.value(5).toString()};
    s.purpose = q.value(6).toString();
    s.record = q.value(7).toString();
    s.result = q.value(8).toString();
    s.cancelled = q.value(9).toBool();
    s.version = q.value(10).toInt();
    return s;
}

QSet<qint64> idSet(const QString &list) {
    QSet<qint64> ids;
    for (const QString &part : list.split(u',', Qt::SkipEmptyParts))
        ids.insert(part.toLongLong());
    return ids;
}

Status writeSessionPeople(const WriteContext &context, SessionId id, const Session &s) {
    for (const MediatorId mediator : s.mediators) {
        if (auto done = context.run(kInsertSessionMediator, {id.value, mediator.value}); !done)
            return done.status();
    }
    for (const PartyId party : s.parties) {
        if (auto done = context.run(kInsertSessionParty, {id.value, party.value}); !done)
            return done.status();
    }
    for (const auto &[name, role] : s.others) {
        if (auto done = context.run(kInsertSessionOther, {id.value, name, sql::notNull(role)});
            !done)
            return done.status();
    }
    return Status::success();
}

} // namespace

Result<QList<Mediator>> MediationRepository::mediators() const {
    const QVariantList scope = CommunityScope::values(m_database.session());
    auto rows = sql::run(m_database.connection(), kMediators, scope);
    if (!rows)
        return rows.status();
    QList<Mediator> list;
    while (rows->next())
        list.append(mediatorFrom(*rows));
    auto staff = sql::run(m_database.connection(), kStaffNotOnTeam, scope);
    if (!staff)
        return staff.status();
    while (staff->next()) {
        Mediator m;
        m.staffId = StaffId{staff->value(0).toLongLong()};
        m.name = staff->value(1).toString();
        m.kind = staff->value(2).toString() == QStringLiteral("grid_worker")
                     ? MediatorKind::GridWorker
                     : MediatorKind::Cadre;
        m.phone = staff->value(3).toString();
        list.append(m);
    }
    return list;
}

Result<Mediator> MediationRepository::mediator(MediatorId id) const {
    auto query = sql::run(m_database.connection(), kMediator, {id.value});
    if (!query)
        return query.status();
    if (!query->next())
        return Result<Mediator>::failure(tr("The mediator no longer exists."));
    return mediatorFrom(*query);
}

Result<MediationCase> MediationRepository::mediationCase(CaseId id) const {
    if (Status allowed = m_database.require(Permission::ViewMediation); !allowed)
        return allowed;
    auto query = sql::run(m_database.connection(), kCase, {id.value});
    if (!query)
        return query.status();
    if (!query->next())
        return Result<MediationCase>::failure(tr("The case no longer exists."));
    MediationCase c = caseFrom(*query);
    auto parties = sql::run(m_database.connection(), kParties, {id.value});
    if (!parties)
        return parties.status();
    while (parties->next()) {
        Party p;
        p.id = PartyId{parties->value(0).toLongLong()};
        p.side = codes::partySideFrom(parties->value(1).toString());
        p.residentId = ResidentId{parties->value(2).toLongLong()};
        p.householdId = HouseholdId{parties->value(3).toLongLong()};
        p.isOrganisation = parties->value(4).toBool();
        p.name = parties->value(5).toString();
        p.phone = parties->value(6).toString();
        p.address = parties->value(7).toString();
        c.parties.append(p);
    }
    auto team = sql::run(m_database.connection(), kTeam, {id.value});
    if (!team)
        return team.status();
    while (team->next())
        c.team.append(MediatorId{team->value(0).toLongLong()});
    return c;
}

Result<QList<MediationCase>> MediationRepository::cases(bool openOnly) const {
    if (Status allowed = m_database.require(Permission::ViewMediation); !allowed)
        return allowed;
    auto query =
        sql::run(m_database.connection(), kCases,
                 QVariantList{openOnly ? 1 : 0} + CommunityScope::values(m_database.session()));
    if (!query)
        return query.status();
    QList<MediationCase> list;
    while (query->next()) {
        MediationCase c = caseFrom(*query);
        for (const QString &party :
             query->value(20).toString().split(QChar(0x1f), Qt::SkipEmptyParts)) {
            Party p;
            p.side = codes::partySideFrom(party.section(u':', 0, 0));
            p.name = party.section(u':', 1);
            c.parties.append(p);
        }
        list.append(c);
    }
    return list;
}

Result<QList<CaseEvent>> MediationRepository::events(CaseId id) const {
    auto query = sql::run(m_database.connection(), kEvents, {id.value});
    if (!query)
        return query.status();
    QList<CaseEvent> list;
    while (query->next())
        list.append({iso::moment(query->value(0).toString()), query->value(1).toString(),
                     query->value(2).toString(), codes::caseStateFrom(query->value(3).toString()),
                     codes::caseStateFrom(query->value(4).toString()), query->value(5).toString()});
    return list;
}

Result<QList<Booking>> MediationRepository::bookings(const QDateTime &from,
                                                     const QDateTime &to) const {
    auto query = sql::run(m_database.connection(), kBookings, {timeText(to), timeText(from)});
    if (!query)
        return query.status();
    QList<Booking> list;
    while (query->next()) {
        Booking b;
        b.id = SessionId{query->value(0).toLongLong()};
        b.start = iso::moment(query->value(1).toString());
        b.end = iso::moment(query->value(2).toString());
        b.venue = {codes::venueKindFrom(query->value(3).toString()), query->value(4).toString()};
        b.label = tr("the session of %1 at %2")
                      .arg(query->value(5).toString(),
                           b.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        b.mediators = idSet(query->value(6).toString());
        b.parties = idSet(query->value(7).toString());
        list.append(b);
    }
    return list;
}

Result<QSet<qint64>> MediationRepository::peopleOf(const QList<PartyId> &parties) const {
    QSet<qint64> people;
    for (const PartyId party : parties) {
        auto person = sql::scalar(
            m_database.connection(),
            QStringLiteral("SELECT coalesce(resident_id, -id) FROM case_parties WHERE id = ?"),
            {party.value});
        if (!person)
            return person.status();
        people.insert(person->toLongLong());
    }
    return people;
}

static Status fillSession(const QSqlDatabase &db, Session &s) {
    for (auto [statement, kind] :
         {std::pair{kSessionMediators, 0}, std::pair{kSessionParties, 1}}) {
        auto query = sql::run(db, statement, {s.id.value});
        if (!query)
            return query.status();
        while (query->next()) {
            if (kind == 0)
                s.mediators.append(MediatorId{query->value(0).toLongLong()});
            else
                s.parties.append(PartyId{query->value(0).toLongLong()});
        }
    }
    auto others = sql::run(db, kSessionOthers, {s.id.value});
    if (!others)
        return others.status();
    while (others->next())
        s.others.append({others->value(0).toString(), others->value(1).toString()});
    return Status::success();
}

static Result<QList<Session>> sessionList(const QSqlDatabase &db, const QString &statement,
                                          const QVariantList &values) {
    auto query = sql::run(db, statement, values);
    if (!query)
        return query.status();
    QList<Session> list;
    while (query->next())
        list.append(sessionFrom(*query));
    for (Session &s : list) {
        if (Status filled = fillSession(db, s); !filled)
            return filled;
    }
    return list;
}

Result<QList<Session>> MediationRepository::sessions(CaseId id) const {
    if (Status allowed = m_database.require(Permission::ViewMediation); !allowed)
        return allowed;
    return sessionList(m_database.connection(), kSessions, {id.value});
}

Result<QList<Session>> MediationRepository::sessionsBetween(const QDateTime &from,
                                                            const QDateTime &to) const {
    if (Status allowed = m_database.require(Permission::ViewMediation); !allowed)
        return allowed;
    return sessionList(m_database.connection(), kSessionsBetween,
                       QVariantList{timeText(to), timeText(from)} +
                           CommunityScope::values(m_database.session()));
}

Result<Session> MediationRepository::session(SessionId id) const {
    auto list = sessionList(m_database.connection(), kSession, {id.value});
    if (!list)
        return list.status();
    if (list->isEmpty())
        return Result<Session>::failure(tr("The session no longer exists."));
    return list->first();
}

Result<QString> MediationRepository::numberPrefix() const {
    const auto prefix = sql::scalar(m_database.connection(), kPrefix);
    if (!prefix)
        return prefix.status();
    return prefix->toString().isEmpty() ? QStringLiteral("调字") : prefix->toString();
}

Result<HouseholdId> MediationRepository::householdOf(ResidentId resident) const {
    const auto household = sql::scalar(m_database.connection(), kHouseholdOf, {resident.value});
    if (!household)
        return household.status();
    return HouseholdId{household->toLongLong()};
}

Result<MediatorId> MediationRepository::addMediator(const WriteContext &context,
                                                    const Mediator &m) {
    if (m.name.simplified().isEmpty())
        return Result<MediatorId>::failure(tr("Enter the mediator's name."));
    const auto community = context.communityOfNewRecord({{}, {}, {}, m.residentId});
    if (!community)
        return community.status();
    auto id = context.insert(kInsertMediator,
                             {m.name.simplified(), codes::mediatorKind(m.kind),
                              sql::notNull(m.organisation), sql::notNull(m.phone),
                              sql::notNull(m.specialties), m.active, sql::idOrNull(m.staffId),
                              sql::idOrNull(m.residentId), sql::idOrNull(*community)});
    if (!id)
        return id.status();
    if (Status audited =
            context.audit(QStringLiteral("mediator"), *id, WriteContext::Action::Create,
                          {{QStringLiteral("name"), m.name.simplified()},
                           {QStringLiteral("kind"), codes::mediatorKind(m.kind)}});
        !audited)
        return audited;
    return MediatorId{*id};
}

Status MediationRepository::setMediatorActive(const WriteContext &context, MediatorId id,
                                              bool active) {
    if (Status done = context.change(QStringLiteral("UPDATE mediators SET active = ? WHERE id = ?"),
                                     {active, id.value}, tr("The mediator no longer exists."));
        !done)
        return done;
    return context.audit(QStringLiteral("mediator"), id.value, WriteContext::Action::Update,
                         {{QStringLiteral("active"), active}});
}

Status MediationRepository::setNumberPrefix(const WriteContext &context, const QString &prefix) {
    const QString clean = prefix.simplified();
    if (clean.isEmpty() || clean.size() > 10)
        return Status::failure(
            tr("The case number prefix must have 1 to 10 characters, e.g. 红调字."));
    // The one engine-specific statement of this file: an upsert (PostgreSQL spells it the same).
    if (auto done = context.run(
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('mediation.number_prefix', ?)"
                           " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            {clean});
        !done)
        return done.status();
    return context.audit(QStringLiteral("settings"), 0, WriteContext::Action::Update,
                         {{QStringLiteral("mediation.number_prefix"), clean}});
}

Result<MediationCase> MediationRepository::insertCase(const WriteContext &context, MediationCase c,
                                                      const QString &prefix) {
    c.year = c.acceptedOn.year();
    const auto next = Numbering::take(context, Numbering::Kind::MediationCase, c.year);
    if (!next)
        return next.status();
    c.sequence = *next;
    c.number = caseNumber(c.year, c.sequence, prefix);
    c.state = CaseState::Accepted;
    c.version = 1; // the column's default
    // The community of the first party who lives in one, unless the desk works in a community.
    CommunityScope::Place place;
    for (const Party &p : std::as_const(c.parties)) {
        if (p.householdId.isValid() || p.residentId.isValid()) {
            place.household = p.householdId;
            place.resident = p.residentId;
            break;
        }
    }
    const auto community = context.communityOfNewRecord(place);
    if (!community)
        return community.status();
    c.community = *community;
    auto id = context.insert(kInsertCase,
                             {c.year, c.sequence, c.number, dateText(c.acceptedOn),
                              codes::caseType(c.type), codes::caseSource(c.source),
                              c.complaintId > 0 ? QVariant(c.complaintId) : QVariant(),
                              codes::risk(c.risk), sql::notNull(c.facts), sql::notNull(c.focus),
                              c.leadMediator.value, codes::caseState(c.state), dateText(c.limitOn),
                              dateOrNull(c.rightsNotifiedOn), sql::idOrNull(*community)});
    if (!id)
        return id.status();
    c.id = CaseId{*id};
    for (Party &p : c.parties) {
        auto party = context.insert(
            kInsertParty, {c.id.value, codes::partySide(p.side), sql::idOrNull(p.residentId),
                           sql::idOrNull(p.householdId), p.isOrganisation, p.name,
                           sql::notNull(p.phone), sql::notNull(p.address)});
        if (!party)
            return party.status();
        p.id = PartyId{*party};
    }
    for (const MediatorId mediator : c.team) {
        if (auto done = context.run(kInsertTeam, {c.id.value, mediator.value}); !done)
            return done.status();
    }
    const QString accepted = codes::caseState(CaseState::Accepted);
    if (auto done = context.run(kInsertEvent,
                                {c.id.value, timeText(context.at()), context.operatorName(),
                                 QStringLiteral("accept"), accepted, accepted, QStringLiteral("")});
        !done)
        return done.status();
    if (Status audited = context.audit(QStringLiteral("mediation_case"), c.id.value,
                                       WriteContext::Action::Create,
                                       {{QStringLiteral("number"), c.number},
                                        {QStringLiteral("type"), codes::caseType(c.type)}});
        !audited)
        return audited;
    return c;
}

Status MediationRepository::updateCase(const WriteContext &context, const MediationCase &before,
                                       const MediationCase &after, const QString &action,
                                       const QString &note) {
    if (Status done = context.change(
            kUpdateCase,
            {codes::caseState(after.state), dateText(after.limitOn), sql::notNull(after.outcome),
             after.closedOn.isValid() ? QVariant(dateText(after.closedOn)) : QVariant(),
             after.leadMediator.value, sql::notNull(after.facts), sql::notNull(after.focus),
             codes::risk(after.risk), dateOrNull(after.rightsNotifiedOn), after.avertedCriminal,
             after.id.value},
            tr("The case no longer exists."));
        !done)
        return done;
    if (before.team != after.team) {
        if (auto done = context.run(kDeleteTeam, {after.id.value}); !done)
            return done.status();
        for (const MediatorId mediator : after.team) {
            if (auto done = context.run(kInsertTeam, {after.id.value, mediator.value}); !done)
                return done.status();
        }
    }
    if (auto done = context.run(kInsertEvent,
                                {after.id.value, timeText(context.at()), context.operatorName(),
                                 action, codes::caseState(before.state),
                                 codes::caseState(after.state), sql::notNull(note.trimmed())});
        !done)
        return done.status();
    QJsonObject changes{{QStringLiteral("action"), action}};
    if (before.state != after.state)
        changes.insert(QStringLiteral("state"),
                       QJsonArray{codes::caseState(before.state), codes::caseState(after.state)});
    if (before.limitOn != after.limitOn)
        changes.insert(QStringLiteral("limit_on"),
                       QJsonArray{dateText(before.limitOn), dateText(after.limitOn)});
    if (before.rightsNotifiedOn != after.rightsNotifiedOn)
        changes.insert(QStringLiteral("rights_notified_on"), dateText(after.rightsNotifiedOn));
    if (before.avertedCriminal != after.avertedCriminal)
        changes.insert(QStringLiteral("averted_criminal"), after.avertedCriminal);
    if (before.leadMediator != after.leadMediator)
        changes.insert(QStringLiteral("lead_mediator_id"),
                       QJsonArray{before.leadMediator.value, after.leadMediator.value});
    return context.audit(QStringLiteral("mediation_case"), after.id.value,
                         WriteContext::Action::Update, changes);
}

Result<SessionId> MediationRepository::insertSession(const WriteContext &context,
                                                     const Session &s) {
    auto id =
        context.insert(kInsertSession, {s.caseId.value, timeText(s.start), timeText(s.end),
                                        codes::venueKind(s.venue.kind), sql::notNull(s.venue.place),
                                        sql::notNull(s.purpose)});
    if (!id)
        return id.status();
    if (Status people = writeSessionPeople(context, SessionId{*id}, s); !people)
        return people;
    if (Status audited =
            context.audit(QStringLiteral("mediation_session"), *id, WriteContext::Action::Create,
                          {{QStringLiteral("case_id"), s.caseId.value},
                           {QStringLiteral("starts_at"), timeText(s.start)},
                           {QStringLiteral("ends_at"), timeText(s.end)}});
        !audited)
        return audited;
    return SessionId{*id};
}

Status MediationRepository::updateSession(const WriteContext &context, const Session &before,
                                          const Session &after) {
    if (Status done =
            context.change(kUpdateSession,
                           {timeText(after.start), timeText(after.end),
                            codes::venueKind(after.venue.kind), sql::notNull(after.venue.place),
                            sql::notNull(after.purpose), sql::notNull(after.record),
                            sql::notNull(after.result), after.cancelled, after.id.value},
                           tr("The session no longer exists."));
        !done)
        return done;
    for (const QString &statement :
         {kClearSessionMediators, kClearSessionParties, kClearSessionOthers}) {
        if (auto done = context.run(statement, {after.id.value}); !done)
            return done.status();
    }
    if (Status people = writeSessionPeople(context, after.id, after); !people)
        return people;
    QJsonObject changes;
    if (before.start != after.start || before.end != after.end)
        changes.insert(QStringLiteral("time"),
                       QJsonArray{QString(timeText(before.start) + u'/' + timeText(before.end)),
                                  QString(timeText(after.start) + u'/' + timeText(after.end))});
    if (before.cancelled != after.cancelled)
        changes.insert(QStringLiteral("cancelled"), after.cancelled);
    if (before.record != after.record)
        changes.insert(QStringLiteral("record"), QStringLiteral("written"));
    return context.audit(QStringLiteral("mediation_session"), after.id.value,
                         WriteContext::Action::Update, changes);
}

} // namespace linli
