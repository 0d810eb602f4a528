#include "cogovernance/cogovernanceservice.h"

#include "access/access.h"
#include "cogovernance/meetingrepository.h"
#include "registry/peoplerepository.h"
#include "registry/placerepository.h"
#include "storage/database.h"
#include "storage/rowversion.h"

#include <QLocale>

namespace linli {

namespace {

QStringList cleaned(const QStringList &clauses) {
    QStringList kept;
    for (const QString &clause : clauses) {
        if (!clause.trimmed().isEmpty())
            kept << clause.trimmed();
    }
    return kept;
}

} // namespace

CoGovernanceService::CoGovernanceService(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(database) {}

Result<PactTemplateId> CoGovernanceService::saveTemplate(const PactTemplate &pactTemplate) {
    if (Status allowed = m_database.require(Permission::EditCoGovernance); !allowed)
        return allowed;
    PactTemplate clean = pactTemplate;
    clean.name = clean.name.simplified();
    clean.title = clean.title.simplified();
    clean.clauses = cleaned(clean.clauses);
    if (clean.name.isEmpty())
        return Result<PactTemplateId>::failure(tr("Give the template a name."));
    if (clean.title.isEmpty())
        return Result<PactTemplateId>::failure(tr("Give the pact a title, e.g. 楼栋卫生公约."));
    if (clean.clauses.isEmpty())
        return Result<PactTemplateId>::failure(tr("A pact needs at least one clause."));
    if (Status known = PactText::checkTitle(clean.title); !known)
        return known;
    if (Status known = PactText::check(clean.clauses); !known)
        return known;
    if (clean.id.isValid()) {
        const auto existing = m_repository.pactTemplate(clean.id);
        if (!existing)
            return existing.status();
        if (existing->builtIn)
            return Result<PactTemplateId>::failure(
                tr("The built-in template is kept as written; save your changes as a new "
                   "template."));
    }
    const auto id = m_database.writeReturning<PactTemplateId>([&](const WriteContext &context) {
        return CoGovernanceRepository::saveTemplate(context, clean);
    });
    if (!id)
        return id.status();
    Q_EMIT templatesChanged();
    return id;
}

Status CoGovernanceService::removeTemplate(PactTemplateId id) {
    if (Status allowed = m_database.require(Permission::EditCoGovernance); !allowed)
        return allowed;
    const Status done = m_database.write([&](const WriteContext &context) {
        return CoGovernanceRepository::removeTemplate(context, id);
    });
    if (done)
        Q_EMIT templatesChanged();
    return done;
}

Result<PactValues> CoGovernanceService::valuesFor(BuildingId buildingId, QDate day) const {
    return m_repository.valuesOn(buildingId, day);
}

Status CoGovernanceService::checkDraft(const Pact &draft) const {
    if (draft.title.isEmpty())
        return Status::failure(tr("Give the pact a title, e.g. 楼栋卫生公约."));
    if (draft.clauses.isEmpty())
        return Status::failure(tr("A pact needs at least one clause."));
    if (!draft.adoptedOn.isValid() || draft.adoptedOn > m_database.clock().today())
        return Status::failure(tr("A pact is adopted today or on a day gone by."));
    if (Status known = PactText::checkTitle(draft.title); !known)
        return known;
    return PactText::check(draft.clauses);
}

Result<Pact> CoGovernanceService::adopt(Pact draft) {
    if (Status allowed = m_database.require(Permission::EditCoGovernance); !allowed)
        return allowed;
    draft.title = draft.title.simplified();
    if (draft.decisionId > 0) {
        // The decision must be one of this building's meetings.
        const MeetingRepository meetings(m_database);
        const auto meeting = meetings.meetingOf(DecisionId{draft.decisionId});
        if (!meeting)
            return meeting.status();
        const auto held = meetings.meeting(*meeting);
        if (!held)
            return held.status();
        if (held->buildingId != draft.buildingId)
            return Result<Pact>::failure(tr("The decision was taken by another building."));
    }
    draft.clauses = cleaned(draft.clauses);
    if (!draft.adoptedOn.isValid())
        draft.adoptedOn = m_database.clock().today();
    if (Status ok = checkDraft(draft); !ok)
        return ok;
    const auto adopted = m_database.writeReturning<Pact>([&](const WriteContext &context) {
        // Adopted as the version the desk meant (0: not said, an import): one after the one in
        // force now, or another desk adopted one since the desk looked.
        if (draft.version > 0) {
            const auto current = m_repository.currentPact(draft.buildingId);
            if (!current)
                return Result<Pact>(current.status());
            const int inForce = current->has_value() ? (*current)->version : 0;
            if (inForce + 1 != draft.version && current->has_value())
                return Result<Pact>(RowVersion::changedFirst(context, QStringLiteral("pact"),
                                                             (*current)->id.value));
        }
        // Filled inside the write, from the building's names and heads as they are now saved.
        const auto ready = m_repository.filled(draft);
        if (!ready)
            return Result<Pact>(ready.status());
        return CoGovernanceRepository::insertPact(context, *ready);
    });
    if (!adopted)
        return adopted.status();
    Q_EMIT pactsChanged(adopted->buildingId);
    return adopted;
}

Result<int> CoGovernanceService::adoptForCompound(CompoundId compound, PactTemplateId templateId,
                                                  QDate on) {
    if (Status allowed = m_database.require(Permission::EditCoGovernance); !allowed)
        return allowed;
    // Which buildings have no pact yet, read inside the write: a building that adopted one at
    // another desk meanwhile keeps it, rather than getting a second that supersedes it.
    QList<Pact> drafts;
    const Status done = m_database.write([&](const WriteContext &context) -> Status {
        drafts.clear();
        const auto pactTemplate = m_repository.pactTemplate(templateId);
        if (!pactTemplate)
            return pactTemplate.status();
        const auto buildings = PlaceRepository(m_database).buildings(compound);
        if (!buildings)
            return buildings.status();
        for (const Building &building : *buildings) {
            const auto current = m_repository.currentPact(building.id);
            if (!current)
                return current.status();
            if (current->has_value())
                continue;
            Pact draft;
            draft.buildingId = building.id;
            draft.title = pactTemplate->title;
            draft.clauses = pactTemplate->clauses;
            draft.templateId = templateId;
            draft.adoptedOn = on.isValid() ? on : m_database.clock().today();
            if (Status ok = checkDraft(draft); !ok)
                return Status::failure(tr("%1: %2").arg(building.name, ok.error()));
            const auto ready = m_repository.filled(draft);
            if (!ready)
                return Status::failure(tr("%1: %2").arg(building.name, ready.error()));
            if (auto inserted = CoGovernanceRepository::insertPact(context, *ready); !inserted)
                return inserted.status();
            drafts << draft;
        }
        return Status::success();
    });
    if (!done)
        return done;
    for (const Pact &draft : std::as_const(drafts))
        Q_EMIT pactsChanged(draft.buildingId);
    return int(drafts.size());
}

Status CoGovernanceService::setRota(PactId pact, RotaMode mode, QDate start) {
    if (Status allowed = m_database.require(Permission::EditCoGovernance); !allowed)
        return allowed;
    const auto found = m_repository.pact(pact);
    if (!found)
        return found.status();
    if (mode != RotaMode::None && !start.isValid())
        return Status::failure(tr("Choose the week the rota starts."));
    const Status done = m_database.write([&](const WriteContext &context) {
        if (Status inForce = checkInForce(context, *found); !inForce)
            return inForce;
        return CoGovernanceRepository::setRota(context, pact, mode,
                                               mode == RotaMode::None ? QDate() : start);
    });
    if (done)
        Q_EMIT pactsChanged(found->buildingId);
    return done;
}

Status CoGovernanceService::checkInForce(const WriteContext &context, const Pact &pact) const {
    // A desk showing the pact since before another desk adopted a new version would otherwise
    // record signatures on the replaced one, which no page or printed sheet shows any more.
    const auto current = m_repository.currentPact(pact.buildingId);
    if (!current)
        return current.status();
    if (current->has_value() && (*current)->id == pact.id)
        return Status::success();
    if (!current->has_value())
        return Status::failure(tr("The building's pact no longer exists."));
    const Pact &inForce = **current;
    const auto adopted = RowVersion::lastChange(context, QStringLiteral("pact"), inForce.id.value);
    if (!adopted)
        return adopted.status();
    const QString who = adopted->has_value() ? (*adopted)->who : tr("Another desk");
    const QString at = adopted->has_value()
                           ? QLocale().toString((*adopted)->at, QLocale::ShortFormat)
                           : QLocale().toString(inForce.adoptedOn, QLocale::ShortFormat);
    return Status::failure(
        tr("%1 adopted version %2 of this pact at %3, after this page showed version %4, so "
           "nothing was recorded on the replaced version. The page now shows version %2: "
           "record it there.")
            .arg(who)
            .arg(inForce.version)
            .arg(at)
            .arg(pact.version));
}

Status CoGovernanceService::sign(PactId pactId, const QList<HouseholdId> &signing, QDate on) {
    if (Status allowed = m_database.require(Permission::EditCoGovernance); !allowed)
        return allowed;
    // The pact, its households and who heads them are read inside the write: a head who moved
    // out at another desk a moment ago does not sign.
    BuildingId building;
    const Status done = m_database.write([&](const WriteContext &context) {
        const auto pact = m_repository.pact(pactId);
        if (!pact)
            return pact.status();
        building = pact->buildingId;
        if (Status inForce = checkInForce(context, *pact); !inForce)
            return inForce;
        if (!on.isValid() || on > m_database.clock().today() || on < pact->adoptedOn)
            return Status::failure(
                tr("A household signs between the day the pact was adopted (%1) and today.")
                    .arg(QLocale().toString(pact->adoptedOn, QLocale::ShortFormat)));
        const auto households = m_repository.households(pact->buildingId, pactId);
        if (!households)
            return households.status();
        // Every household is checked before any is recorded: all sign, or none.
        QList<PactHousehold> signers;
        for (const HouseholdId household : signing) {
            const auto it =
                std::find_if(households->cbegin(), households->cend(),
                             [household](const PactHousehold &h) { return h.id == household; });
            if (it == households->cend())
                return Status::failure(tr("The household is not in the pact's building."));
            if (!it->headId.isValid())
                return Status::failure(tr("Nobody lives in %1%2 now: there is no one to sign.")
                                           .arg(it->unit, it->room));
            signers << *it;
        }
        for (const PactHousehold &h : std::as_const(signers)) {
            if (Status signedNow =
                    CoGovernanceRepository::sign(context, pactId, h.id, h.headId, on);
                !signedNow)
                return signedNow;
        }
        return Status::success();
    });
    if (done)
        Q_EMIT pactsChanged(building);
    return done;
}

Status CoGovernanceService::unsign(PactId pactId, const QList<HouseholdId> &households) {
    if (Status allowed = m_database.require(Permission::EditCoGovernance); !allowed)
        return allowed;
    const auto pact = m_repository.pact(pactId);
    if (!pact)
        return pact.status();
    const Status done = m_database.write([&](const WriteContext &context) {
        if (Status inForce = checkInForce(context, *pact); !inForce)
            return inForce;
        for (const HouseholdId household : households) {
            if (Status undone = CoGovernanceRepository::unsign(context, pactId, household); !undone)
                return undone;
        }
        return Status::success();
    });
    if (done)
        Q_EMIT pactsChanged(pact->buildingId);
    return done;
}

Result<PactSheet> CoGovernanceService::sheet(BuildingId building) const {
    const auto current = m_repository.currentPact(building);
    if (!current)
        return current.status();
    if (!current->has_value())
        return Result<PactSheet>::failure(tr("The building has not adopted a pact yet."));
    const Pact &pact = **current;
    // The names of the place as they are today; the pact's own words as it was adopted.
    const auto values = valuesFor(building, m_database.clock().today());
    if (!values)
        return values.status();
    const PeopleRepository people(m_database);
    const auto heads = people.neighbourHeads(building, m_database.clock().today());
    const auto group = people.groupMembers(building);
    const auto households = m_repository.households(building, pact.id);
    if (!heads || !group || !households)
        return !heads ? heads.status() : !group ? group.status() : households.status();
    PactSheet sheet;
    if (pact.decisionId > 0) {
        const MeetingRepository meetings(m_database);
        const auto meeting = meetings.meetingOf(DecisionId{pact.decisionId});
        if (!meeting)
            return meeting.status();
        const auto held = meetings.meeting(*meeting);
        if (!held)
            return held.status();
        sheet.decidedOn = held->startsAt.date();
    }
    sheet.community = values->community;
    sheet.compound = values->compound;
    sheet.building = values->building;
    sheet.pact = pact;
    sheet.clauses = pact.clauses;
    for (const NeighbourHead &head : *heads)
        sheet.neighbourHeads << head.residentName;
    sheet.group = *group;
    sheet.households = *households;
    return sheet;
}

Result<QList<PactSheet>> CoGovernanceService::compoundSheets(CompoundId compound,
                                                             QStringList *without) const {
    const auto buildings = PlaceRepository(m_database).buildings(compound);
    if (!buildings)
        return buildings.status();
    QList<PactSheet> sheets;
    for (const Building &building : *buildings) {
        const auto current = m_repository.currentPact(building.id);
        if (!current)
            return current.status();
        if (!current->has_value()) {
            if (without)
                *without << building.name;
            continue;
        }
        auto one = sheet(building.id);
        if (!one)
            return Result<QList<PactSheet>>::failure(tr("%1: %2").arg(building.name, one.error()));
        sheets << *one;
    }
    return sheets;
}

Result<InspectionId> CoGovernanceService::inspect(Inspection inspection) {
    if (Status allowed = m_database.require(Permission::EditCoGovernance); !allowed)
        return allowed;
    inspection.inspectors = inspection.inspectors.simplified();
    inspection.notes = inspection.notes.trimmed();
    if (inspection.inspectors.isEmpty())
        return Result<InspectionId>::failure(tr("Say who inspected."));
    if (!inspection.inspectedOn.isValid() || inspection.inspectedOn > m_database.clock().today())
        return Result<InspectionId>::failure(
            tr("An inspection is recorded once it has been made."));
    if (inspection.passed()) {
        inspection.rectifyBy = {};
    } else if (!inspection.rectifyBy.isValid() || inspection.rectifyBy < inspection.inspectedOn) {
        return Result<InspectionId>::failure(
            tr("Something failed: set the day by which it must be put right."));
    }
    const auto id = m_database.writeReturning<InspectionId>([&](const WriteContext &context) {
        return CoGovernanceRepository::insertInspection(context, inspection);
    });
    if (!id)
        return id.status();
    Q_EMIT inspectionsChanged(inspection.buildingId);
    return id;
}

} // namespace linli
