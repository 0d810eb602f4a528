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

using sql::dateText;

const QString kMediatorColumns = QStringLiteral(
    "id, name, kind, organisation, phone, specialties, active, staff_id, resident_id");
// Bind (these lists) the session's scope: CommunityScope::params.
const QString kMediators = QStringLiteral("SELECT ") + kMediatorColumns +
                           QStringLiteral(" FROM mediators WHERE ") +
                           CommunityScope::ofColumn(QStringLiteral("community_id")) +
                           QStringLiteral(" ORDER BY active DESC, name, id");
const QString kMediator = QStringLiteral("SELECT ") + kMediatorColumns +
                          QStringLiteral(" FROM mediators WHERE id = :mediator");
const QString kStaffNotOnTeam =
    QStringLiteral("SELECT s.id, s.name, s.role, s.mobile FROM staff s"
                   " WHERE s.active = 1 AND s.role IN ('cadre', 'grid_worker', 'duty')"
                   " AND NOT EXISTS (SELECT 1 FROM mediators m WHERE m.staff_id = s.id) AND ") +
    CommunityScope::ofColumn(QStringLiteral("s.community_id")) +
    QStringLiteral(" ORDER BY s.name, s.id");
const QString kCaseColumns = QStringLiteral(
    "id, year, seq, number, accepted_on, type, source, complaint_id, risk, facts, focus,"
    " lead_mediator_id, state, limit_on, outcome, closed_on, rights_notified_on, averted_criminal,"
    " averted_suicide, averted_group_petition, averted_group_fight, community_id, version");
const QString kCase = QStringLiteral("SELECT ") + kCaseColumns +
                      QStringLiteral(" FROM mediation_cases WHERE id = :case_id");
// The list shows the parties' names: one subquery each, joined with the unit separator.
QString casesText(const QString &partyNames) {
    return QStringLiteral("SELECT ") + kCaseColumns + QStringLiteral(", (SELECT ") + partyNames +
           QStringLiteral(" FROM case_parties p WHERE p.case_id = mediation_cases.id) AS parties"
                          " FROM mediation_cases"
                          " WHERE (:open_only = 0"
                          " OR state IN ('accepted', 'investigating', 'mediating')) AND ") +
           CommunityScope::ofColumn(QStringLiteral("community_id")) +
           QStringLiteral(" ORDER BY state IN ('accepted', 'investigating', 'mediating') DESC,"
                          " accepted_on DESC, id DESC");
}
const sql::Text kCases = sql::Text::perEngine(
    casesText(QStringLiteral("group_concat(side || ':' || name, char(31))")),
    casesText(QStringLiteral("string_agg(CAST(side || ':' || name AS TEXT), chr(31))")));
const QString kParties =
    QStringLiteral("SELECT id, side, resident_id, household_id, organisation, name, phone, address"
                   " FROM case_parties WHERE case_id = :case_id ORDER BY side, id");
const QString kTeam = QStringLiteral(
    "SELECT mediator_id FROM case_team WHERE case_id = :case_id ORDER BY mediator_id");
const QString kSessionColumns = QStringLiteral(
    "s.id, s.case_id, s.starts_at, s.ends_at, s.venue, s.venue_place, s.purpose, s.record,"
    " s.result, s.cancelled, s.version");
// The person behind party row p, the same in every case: the resident it names; else, typed
// in with a name and phone, the resident or the first party row typed with both the same; else
// the row itself (a name alone cannot tell two people apart).
const QString kPersonOfParty = QStringLiteral(
    "coalesce(p.resident_id,"
    " (SELECT min(r.id) FROM residents r WHERE p.phone <> '' AND r.mobile = p.phone"
    "  AND r.name = p.name),"
    " -(SELECT min(q.id) FROM case_parties q WHERE q.resident_id IS NULL AND p.phone <> ''"
    "  AND q.phone = p.phone AND q.name = p.name),"
    " -p.id)");
const QString kBookingsFrom =
    QStringLiteral(" FROM session_parties sp JOIN case_parties p ON p.id = sp.party_id"
                   " WHERE sp.session_id = s.id) AS parties"
                   " FROM mediation_sessions s JOIN mediation_cases c ON c.id = s.case_id"
                   " WHERE s.cancelled = 0 AND s.starts_at < :to AND s.ends_at > :from"
                   " ORDER BY s.starts_at, s.id");
const sql::Text kBookings = sql::Text::perEngine(
    QStringLiteral("SELECT s.id, s.starts_at, s.ends_at, s.venue, s.venue_place, c.number,"
                   " (SELECT group_concat(mediator_id) FROM session_mediators"
                   "  WHERE session_id = s.id) AS mediators,"
                   " (SELECT group_concat(") +
        kPersonOfParty + u')' + kBookingsFrom,
    QStringLiteral("SELECT s.id, s.starts_at, s.ends_at, s.venue, s.venue_place, c.number,"
                   " (SELECT string_agg(CAST(mediator_id AS TEXT), ',') FROM session_mediators"
                   "  WHERE session_id = s.id) AS mediators,"
                   " (SELECT string_agg(CAST(") +
        kPersonOfParty + QStringLiteral(" AS TEXT), ',')") + kBookingsFrom);
const QString kSessions = QStringLiteral("SELECT ") + kSessionColumns +
                          QStringLiteral(" FROM mediation_sessions s WHERE s.case_id = :case_id"
                                         " ORDER BY s.starts_at, s.id");
const QString kSession = QStringLiteral("SELECT ") + kSessionColumns +
                         QStringLiteral(" FROM mediation_sessions s WHERE s.id = :session");
const QString kSessionsBetween =
    QStringLiteral("SELECT ") + kSessionColumns +
    QStringLiteral(" FROM mediation_sessions s WHERE s.cancelled = 0"
                   " AND s.starts_at < :to AND s.ends_at > :from"
                   " AND (:scope_in_one = 0 OR s.case_id IN (SELECT id FROM"
                   "  mediation_cases WHERE community_id = :scope_community))"
                   " ORDER BY s.starts_at, s.id");
const QString kSessionMediators =
    QStringLiteral("SELECT mediator_id FROM session_mediators WHERE session_id = :session");
const QString kSessionParties =
    QStringLiteral("SELECT party_id FROM session_parties WHERE session_id = :session");
const QString kSessionOthers = QStringLiteral(
    "SELECT name, role FROM session_attendees WHERE session_id = :session ORDER BY id");
const QString kPrefix =
    QStringLiteral("SELECT value FROM settings WHERE key = 'mediation.number_prefix'");
const QString kHouseholdOf = QStringLiteral(
    "SELECT household_id FROM residents WHERE id = :resident AND moved_out_on IS NULL");

const QString kInsertMediator = QStringLiteral(
    "INSERT INTO mediators (name, kind, organisation, phone, specialties, active, staff_id,"
    " resident_id, community_id) VALUES (:name, :kind, :organisation, :phone, :specialties,"
    " :active, :staff_id, :resident_id, :community_id) RETURNING id");
const QString kInsertCase = QStringLiteral(
    "INSERT INTO mediation_cases (year, seq, number, accepted_on, type, source, complaint_id, risk,"
    " facts, focus, lead_mediator_id, state, limit_on, rights_notified_on, community_id)"
    " VALUES (:year, :seq, :number, :accepted_on, :type, :source, :complaint_id, :risk, :facts,"
    " :focus, :lead_mediator_id, :state, :limit_on, :rights_notified_on, :community_id)"
    " RETURNING id");
const QString kInsertParty = QStringLiteral(
    "INSERT INTO case_parties (case_id, side, resident_id, household_id, organisation, name, phone,"
    " address) VALUES (:case_id, :side, :resident_id, :household_id, :organisation, :name, :phone,"
    " :address) RETURNING id");
const QString kInsertTeam =
    QStringLiteral("INSERT INTO case_team (case_id, mediator_id) VALUES (:case_id, :mediator)");
const QString kDeleteTeam = QStringLiteral("DELETE FROM case_team WHERE case_id = :case_id");
const QString kInsertEvent = QStringLiteral(
    "INSERT INTO case_events (case_id, at, operator, action, from_state, to_state, note)"
    " VALUES (:case_id, :at, :operator, :action, :from_state, :to_state, :note)");
const QString kUpdateCase = QStringLiteral(
    "UPDATE mediation_cases SET state = :state, limit_on = :limit_on, outcome = :outcome,"
    " closed_on = :closed_on, lead_mediator_id = :lead_mediator_id, facts = :facts,"
    " focus = :focus, risk = :risk, rights_notified_on = :rights_notified_on,"
    " averted_criminal = :averted_criminal, averted_suicide = :averted_suicide,"
    " averted_group_petition = :averted_group_petition,"
    " averted_group_fight = :averted_group_fight, version = version + 1 WHERE id = :case_id");
const QString kEvents =
    QStringLiteral("SELECT at, operator, action, from_state, to_state, note FROM case_events"
                   " WHERE case_id = :case_id ORDER BY at, id");
const QString kInsertSession = QStringLiteral(
    "INSERT INTO mediation_sessions (case_id, starts_at, ends_at, venue, venue_place, purpose)"
    " VALUES (:case_id, :starts_at, :ends_at, :venue, :venue_place, :purpose) RETURNING id");
const QString kUpdateSession = QStringLiteral(
    "UPDATE mediation_sessions SET starts_at = :starts_at, ends_at = :ends_at, venue = :venue,"
    " venue_place = :venue_place, purpose = :purpose, record = :record, result = :result,"
    " cancelled = :cancelled, version = version + 1 WHERE id = :session");
const QString kInsertSessionMediator = QStringLiteral(
    "INSERT INTO session_mediators (session_id, mediator_id) VALUES (:session, :mediator)");
const QString kInsertSessionParty =
    QStringLiteral("INSERT INTO session_parties (session_id, party_id) VALUES (:session, :party)");
const QString kInsertSessionOther = QStringLiteral(
    "INSERT INTO session_attendees (session_id, name, role) VALUES (:session, :name, :role)");
const QString kClearSessionMediators =
    QStringLiteral("DELETE FROM session_mediators WHERE session_id = :session");
const QString kClearSessionParties =
    QStringLiteral("DELETE FROM session_parties WHERE session_id = :session");
const QString kClearSessionOthers =
    QStringLiteral("DELETE FROM session_attendees WHERE session_id = :session");

// For the audit trail, which stores the moments as text.
QString timeText(const QDateTime &at) {
    return iso::text(at);
}

Mediator mediatorFrom(const sql::Statement &q) {
    Mediator m;
    m.id = MediatorId{q.integer("id")};
    m.name = q.text("name");
    m.kind = codes::mediatorKindFrom(q.text("kind"));
    m.organisation = q.text("organisation");
    m.phone = q.text("phone");
    m.specialties = q.text("specialties");
    m.active = q.flag("active");
    m.staffId = StaffId{q.integer("staff_id")};
    m.residentId = ResidentId{q.integer("resident_id")};
    return m;
}

MediationCase caseFrom(const sql::Statement &q) {
    MediationCase c;
    c.id = CaseId{q.integer("id")};
    c.year = int(q.integer("year"));
    c.sequence = int(q.integer("seq"));
    c.number = q.text("number");
    c.acceptedOn = q.date("accepted_on");
    c.type = codes::caseTypeFrom(q.text("type"));
    c.source = codes::caseSourceFrom(q.text("source"));
    c.complaintId = q.integer("complaint_id");
    c.risk = codes::riskFrom(q.text("risk"));
    c.facts = q.text("facts");
    c.focus = q.text("focus");
    c.leadMediator = MediatorId{q.integer("lead_mediator_id")};
    c.state = codes::caseStateFrom(q.text("state"));
    c.limitOn = q.date("limit_on");
    c.outcome = q.text("outcome");
    c.closedOn = q.date("closed_on");
    c.rightsNotifiedOn = q.date("rights_notified_on");
    for (const Averted what : kEveryAverted)
        c.setAverted(what, q.flag(codes::avertedColumn(what)));
    c.community = CommunityId{q.integer("community_id")};
    c.version = int(q.integer("version"));
    return c;
}

Session sessionFrom(const sql::Statement &q) {
    Session s;
    s.id = SessionId{q.integer("id")};
    s.caseId = CaseId{q.integer("case_id")};
    s.start = q.moment("starts_at");
    s.end = q.moment("ends_at");
    s.venue = {codes::venueKindFrom(q.text("venue")), q.text("venue_place")};
    s.purpose = q.text("purpose");
    s.record = q.text("record");
    s.result = q.text("result");
    s.cancelled = q.flag("cancelled");
    s.version = int(q.integer("version"));
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
        if (auto done = context.run(kInsertSessionMediator,
                                    {{"session", id.value}, {"mediator", mediator.value}});
            !done)
            return done.status();
    }
    for (const PartyId party : s.parties) {
        if (auto done =
                context.run(kInsertSessionParty, {{"session", id.value}, {"party", party.value}});
            !done)
            return done.status();
    }
    for (const auto &[name, role] : s.others) {
        if (auto done =
                context.run(kInsertSessionOther,
                            {{"session", id.value}, {"name", name}, {"role", sql::notNull(role)}});
            !done)
            return done.status();
    }
    return Status::success();
}

} // namespace

Result<QList<Mediator>> MediationRepository::mediators() const {
    const sql::Params scope = CommunityScope::params(m_database.session());
    auto rows = sql::Statement::run(m_database.connection(), kMediators, scope);
    if (!rows)
        return rows.status();
    QList<Mediator> list;
    while (rows->next())
        list.append(mediatorFrom(*rows));
    if (Status read = rows->status(); !read)
        return read;
    auto staff = sql::Statement::run(m_database.connection(), kStaffNotOnTeam, scope);
    if (!staff)
        return staff.status();
    while (staff->next()) {
        Mediator m;
        m.staffId = StaffId{staff->integer("id")};
        m.name = staff->text("name");
        m.kind = staff->text("role") == QStringLiteral("grid_worker") ? MediatorKind::GridWorker
                                                                      : MediatorKind::Cadre;
        m.phone = staff->text("mobile");
        list.append(m);
    }
    if (Status read = staff->status(); !read)
        return read;
    return list;
}

Result<Mediator> MediationRepository::mediator(MediatorId id) const {
    auto query = sql::Statement::run(m_database.connection(), kMediator, {{"mediator", id.value}});
    if (!query)
        return query.status();
    if (!query->next())
        return Result<Mediator>::failure(tr("The mediator no longer exists."));
    return mediatorFrom(*query);
}

Result<MediationCase> MediationRepository::mediationCase(CaseId id) const {
    if (Status allowed = m_database.require(Permission::ViewMediation); !allowed)
        return allowed;
    auto query = sql::Statement::run(m_database.connection(), kCase, {{"case_id", id.value}});
    if (!query)
        return query.status();
    if (!query->next())
        return Result<MediationCase>::failure(tr("The case no longer exists."));
    MediationCase c = caseFrom(*query);
    auto parties = sql::Statement::run(m_database.connection(), kParties, {{"case_id", id.value}});
    if (!parties)
        return parties.status();
    while (parties->next()) {
        Party p;
        p.id = PartyId{parties->integer("id")};
        p.side = codes::partySideFrom(parties->text("side"));
        p.residentId = ResidentId{parties->integer("resident_id")};
        p.householdId = HouseholdId{parties->integer("household_id")};
        p.isOrganisation = parties->flag("organisation");
        p.name = parties->text("name");
        p.phone = parties->text("phone");
        p.address = parties->text("address");
        c.parties.append(p);
    }
    if (Status read = parties->status(); !read)
        return read;
    auto team = sql::Statement::run(m_database.connection(), kTeam, {{"case_id", id.value}});
    if (!team)
        return team.status();
    while (team->next())
        c.team.append(MediatorId{team->integer("mediator_id")});
    if (Status read = team->status(); !read)
        return read;
    return c;
}

Result<QList<MediationCase>> MediationRepository::cases(bool openOnly) const {
    if (Status allowed = m_database.require(Permission::ViewMediation); !allowed)
        return allowed;
    auto query = sql::Statement::run(m_database.connection(), kCases,
                                     sql::Params{{"open_only", openOnly ? 1 : 0}} +
                                         CommunityScope::params(m_database.session()));
    if (!query)
        return query.status();
    QList<MediationCase> list;
    while (query->next()) {
        MediationCase c = caseFrom(*query);
        for (const QString &party : query->text("parties").split(QChar(0x1f), Qt::SkipEmptyParts)) {
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
    auto query = sql::Statement::run(m_database.connection(), kEvents, {{"case_id", id.value}});
    if (!query)
        return query.status();
    QList<CaseEvent> list;
    while (query->next())
        list.append({query->moment("at"), query->text("operator"), query->text("action"),
                     codes::caseStateFrom(query->text("from_state")),
                     codes::caseStateFrom(query->text("to_state")), query->text("note")});
    return list;
}

Result<QList<Booking>> MediationRepository::bookings(const QDateTime &from,
                                                     const QDateTime &to) const {
    auto query =
        sql::Statement::run(m_database.connection(), kBookings, {{"to", to}, {"from", from}});
    if (!query)
        return query.status();
    QList<Booking> list;
    while (query->next()) {
        Booking b;
        b.id = SessionId{query->integer("id")};
        b.start = query->moment("starts_at");
        b.end = query->moment("ends_at");
        b.venue = {codes::venueKindFrom(query->text("venue")), query->text("venue_place")};
        b.label =
            tr("the session of %1 at %2")
                .arg(query->text("number"), b.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        b.mediators = idSet(query->text("mediators"));
        b.parties = idSet(query->text("parties"));
        list.append(b);
    }
    if (Status read = query->status(); !read)
        return read;
    return list;
}

Result<QSet<qint64>> MediationRepository::peopleOf(const QList<PartyId> &parties) const {
    QSet<qint64> people;
    for (const PartyId party : parties) {
        auto person = sql::Statement::single(
            m_database.connection(),
            QStringLiteral("SELECT ") + kPersonOfParty +
                QStringLiteral(" AS person FROM case_parties p WHERE p.id = :party"),
            {{"party", party.value}});
        if (!person)
            return person.status();
        people.insert(person->toLongLong());
    }
    return people;
}

static Status fillSession(const QSqlDatabase &db, Session &s) {
    auto mediators = sql::Statement::run(db, kSessionMediators, {{"session", s.id.value}});
    if (!mediators)
        return mediators.status();
    while (mediators->next())
        s.mediators.append(MediatorId{mediators->integer("mediator_id")});
    if (Status read = mediators->status(); !read)
        return read;
    auto parties = sql::Statement::run(db, kSessionParties, {{"session", s.id.value}});
    if (!parties)
        return parties.status();
    while (parties->next())
        s.parties.append(PartyId{parties->integer("party_id")});
    if (Status read = parties->status(); !read)
        return read;
    auto others = sql::Statement::run(db, kSessionOthers, {{"session", s.id.value}});
    if (!others)
        return others.status();
    while (others->next())
        s.others.append({others->text("name"), others->text("role")});
    if (Status read = others->status(); !read)
        return read;
    return Status::success();
}

static Result<QList<Session>> sessionList(const QSqlDatabase &db, const sql::Text &statement,
                                          const sql::Params &params) {
    auto query = sql::Statement::run(db, statement, params);
    if (!query)
        return query.status();
    QList<Session> list;
    while (query->next())
        list.append(sessionFrom(*query));
    if (Status read = query->status(); !read)
        return read;
    for (Session &s : list) {
        if (Status filled = fillSession(db, s); !filled)
            return filled;
    }
    return list;
}

Result<QList<Session>> MediationRepository::sessions(CaseId id) const {
    if (Status allowed = m_database.require(Permission::ViewMediation); !allowed)
        return allowed;
    return sessionList(m_database.connection(), kSessions, {{"case_id", id.value}});
}

Result<QList<Session>> MediationRepository::sessionsBetween(const QDateTime &from,
                                                            const QDateTime &to) const {
    if (Status allowed = m_database.require(Permission::ViewMediation); !allowed)
        return allowed;
    return sessionList(m_database.connection(), kSessionsBetween,
                       sql::Params{{"to", to}, {"from", from}} +
                           CommunityScope::params(m_database.session()));
}

Result<Session> MediationRepository::session(SessionId id) const {
    auto list = sessionList(m_database.connection(), kSession, {{"session", id.value}});
    if (!list)
        return list.status();
    if (list->isEmpty())
        return Result<Session>::failure(tr("The session no longer exists."));
    return list->first();
}

Result<QString> MediationRepository::numberPrefix() const {
    const auto prefix = sql::Statement::single(m_database.connection(), kPrefix);
    if (!prefix)
        return prefix.status();
    return prefix->toString().isEmpty() ? QStringLiteral("调字") : prefix->toString();
}

Result<OfficialCategoryMap> MediationRepository::officialCategories() const {
    auto query = sql::Statement::run(
        m_database.connection(),
        QStringLiteral("SELECT key, value FROM settings WHERE key LIKE :prefix ORDER BY key"),
        {{"prefix", QStringLiteral("mediation.official_category.%")}});
    if (!query)
        return query.status();
    QMap<QString, QString> stored;
    while (query->next())
        stored.insert(query->text("key"), query->text("value"));
    if (!query->status())
        return query->status();
    OfficialCategoryMap map;
    for (const CaseType type : codes::caseTypes()) {
        const auto mapped =
            OfficialCategories::fromCode(stored.value(OfficialCategories::settingsKey(type)));
        map.insert(type, mapped ? *mapped : OfficialCategories::defaultFor(type));
    }
    return map;
}

Result<HouseholdId> MediationRepository::householdOf(ResidentId resident) const {
    const auto household = sql::Statement::single(m_database.connection(), kHouseholdOf,
                                                  {{"resident", resident.value}});
    if (!household)
        return household.status();
    return HouseholdId{household->toLongLong()};
}

Result<MediatorId> MediationRepository::mediatorForStaff(const WriteContext &context,
                                                         const Mediator &staff) {
    {
        auto known = context.run(QStringLiteral("SELECT id FROM mediators WHERE staff_id = :staff"),
                                 {{"staff", staff.staffId.value}});
        if (!known)
            return known.status();
        if (known->next())
            return MediatorId{known->integer("id")};
    }
    return addMediator(context, staff);
}

Result<MediatorId> MediationRepository::addMediator(const WriteContext &context,
                                                    const Mediator &m) {
    if (m.name.simplified().isEmpty())
        return Result<MediatorId>::failure(tr("Enter the mediator's name."));
    const auto community = context.communityOfNewRecord({{}, {}, {}, m.residentId});
    if (!community)
        return community.status();
    auto id = context.insert(kInsertMediator, {{"name", m.name.simplified()},
                                               {"kind", codes::mediatorKind(m.kind)},
                                               {"organisation", sql::notNull(m.organisation)},
                                               {"phone", sql::notNull(m.phone)},
                                               {"specialties", sql::notNull(m.specialties)},
                                               {"active", m.active},
                                               {"staff_id", sql::idOrNull(m.staffId)},
                                               {"resident_id", sql::idOrNull(m.residentId)},
                                               {"community_id", sql::idOrNull(*community)}});
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
    if (Status done = context.change(
            QStringLiteral("UPDATE mediators SET active = :active WHERE id = :mediator"),
            {{"active", active}, {"mediator", id.value}}, tr("The mediator no longer exists."));
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
            QStringLiteral(
                "INSERT INTO settings (key, value) VALUES ('mediation.number_prefix', :prefix)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            sql::Params{{"prefix", clean}});
        !done)
        return done.status();
    return context.audit(QStringLiteral("settings"), 0, WriteContext::Action::Update,
                         {{QStringLiteral("mediation.number_prefix"), clean}});
}

Status MediationRepository::setOfficialCategory(const WriteContext &context, CaseType type,
                                                OfficialCategory category) {
    const QString key = OfficialCategories::settingsKey(type);
    const QString code = OfficialCategories::code(category);
    if (auto done =
            context.run(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"
                                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                        sql::Params{{"key", key}, {"value", code}});
        !done)
        return done.status();
    return context.audit(QStringLiteral("settings"), 0, WriteContext::Action::Update,
                         {{key, code}});
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
    auto id = context.insert(
        kInsertCase, {{"year", c.year},
                      {"seq", c.sequence},
                      {"number", c.number},
                      {"accepted_on", c.acceptedOn},
                      {"type", codes::caseType(c.type)},
                      {"source", codes::caseSource(c.source)},
                      {"complaint_id", c.complaintId > 0 ? QVariant(c.complaintId) : QVariant()},
                      {"risk", codes::risk(c.risk)},
                      {"facts", sql::notNull(c.facts)},
                      {"focus", sql::notNull(c.focus)},
                      {"lead_mediator_id", c.leadMediator.value},
                      {"state", codes::caseState(c.state)},
                      {"limit_on", c.limitOn},
                      {"rights_notified_on", c.rightsNotifiedOn},
                      {"community_id", sql::idOrNull(*community)}});
    if (!id)
        return id.status();
    c.id = CaseId{*id};
    for (Party &p : c.parties) {
        auto party = context.insert(kInsertParty, {{"case_id", c.id.value},
                                                   {"side", codes::partySide(p.side)},
                                                   {"resident_id", sql::idOrNull(p.residentId)},
                                                   {"household_id", sql::idOrNull(p.householdId)},
                                                   {"organisation", p.isOrganisation},
                                                   {"name", p.name},
                                                   {"phone", sql::notNull(p.phone)},
                                                   {"address", sql::notNull(p.address)}});
        if (!party)
            return party.status();
        p.id = PartyId{*party};
    }
    for (const MediatorId mediator : c.team) {
        if (auto done =
                context.run(kInsertTeam, {{"case_id", c.id.value}, {"mediator", mediator.value}});
            !done)
            return done.status();
    }
    const QString accepted = codes::caseState(CaseState::Accepted);
    if (auto done = context.run(kInsertEvent, {{"case_id", c.id.value},
                                               {"at", context.at()},
                                               {"operator", context.operatorName()},
                                               {"action", QStringLiteral("accept")},
                                               {"from_state", accepted},
                                               {"to_state", accepted},
                                               {"note", QStringLiteral("")}});
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
    sql::Params averted;
    for (const Averted what : kEveryAverted)
        averted.append({codes::averted(what), after.averted(what)});
    if (Status done =
            context.change(kUpdateCase,
                           averted + sql::Params{{"state", codes::caseState(after.state)},
                                                 {"limit_on", after.limitOn},
                                                 {"outcome", sql::notNull(after.outcome)},
                                                 {"closed_on", after.closedOn},
                                                 {"lead_mediator_id", after.leadMediator.value},
                                                 {"facts", sql::notNull(after.facts)},
                                                 {"focus", sql::notNull(after.focus)},
                                                 {"risk", codes::risk(after.risk)},
                                                 {"rights_notified_on", after.rightsNotifiedOn},
                                                 {"case_id", after.id.value}},
                           tr("The case no longer exists."));
        !done)
        return done;
    if (before.team != after.team) {
        if (auto done = context.run(kDeleteTeam, sql::Params{{"case_id", after.id.value}}); !done)
            return done.status();
        for (const MediatorId mediator : after.team) {
            if (auto done = context.run(
                    kInsertTeam, {{"case_id", after.id.value}, {"mediator", mediator.value}});
                !done)
                return done.status();
        }
    }
    if (auto done = context.run(kInsertEvent, {{"case_id", after.id.value},
                                               {"at", context.at()},
                                               {"operator", context.operatorName()},
                                               {"action", action},
                                               {"from_state", codes::caseState(before.state)},
                                               {"to_state", codes::caseState(after.state)},
                                               {"note", sql::notNull(note.trimmed())}});
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
    for (const Averted what : kEveryAverted)
        if (before.averted(what) != after.averted(what))
            changes.insert(codes::averted(what), after.averted(what));
    if (before.leadMediator != after.leadMediator)
        changes.insert(QStringLiteral("lead_mediator_id"),
                       QJsonArray{before.leadMediator.value, after.leadMediator.value});
    return context.audit(QStringLiteral("mediation_case"), after.id.value,
                         WriteContext::Action::Update, changes);
}

Result<SessionId> MediationRepository::insertSession(const WriteContext &context,
                                                     const Session &s) {
    auto id = context.insert(kInsertSession, {{"case_id", s.caseId.value},
                                              {"starts_at", s.start},
                                              {"ends_at", s.end},
                                              {"venue", codes::venueKind(s.venue.kind)},
                                              {"venue_place", sql::notNull(s.venue.place)},
                                              {"purpose", sql::notNull(s.purpose)}});
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
    if (Status done = context.change(kUpdateSession,
                                     {{"starts_at", after.start},
                                      {"ends_at", after.end},
                                      {"venue", codes::venueKind(after.venue.kind)},
                                      {"venue_place", sql::notNull(after.venue.place)},
                                      {"purpose", sql::notNull(after.purpose)},
                                      {"record", sql::notNull(after.record)},
                                      {"result", sql::notNull(after.result)},
                                      {"cancelled", after.cancelled},
                                      {"session", after.id.value}},
                                     tr("The session no longer exists."));
        !done)
        return done;
    for (const QString &statement :
         {kClearSessionMediators, kClearSessionParties, kClearSessionOthers}) {
        if (auto done = context.run(statement, sql::Params{{"session", after.id.value}}); !done)
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
