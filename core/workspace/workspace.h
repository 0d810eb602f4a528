#pragma once

#include "access/accountservice.h"
#include "aid/eldercareservice.h"
#include "aid/eventservice.h"
#include "aid/stationservice.h"
#include "aid/wishservice.h"
#include "cogovernance/cogovernanceservice.h"
#include "cogovernance/meetingservice.h"
#include "complaints/complaintservice.h"
#include "mediation/mediationservice.h"
#include "registry/registryservice.h"
#include "roster/dutyroster.h"
#include "settings/officesettingsservice.h"
#include "storage/database.h"
#include "timeline/householdtimeline.h"

#include <memory>

namespace linli {

/// Everything core offers over one open database, wired together: the services each module
/// exposes and the household timeline their sources feed. The UI and tests start here.
class Workspace final {
public:
    explicit Workspace(std::unique_ptr<Database> database);
    Q_DISABLE_COPY_MOVE(Workspace)

    Database &database() { return *m_database; }
    RegistryService &registry() { return m_registry; }
    OfficeSettingsService &office() { return m_office; }
    ComplaintService &complaints() { return m_complaints; }
    MediationService &mediation() { return m_mediation; }
    DutyRoster &roster() { return m_roster; }
    CoGovernanceService &coGovernance() { return m_coGovernance; }
    AccountService &accounts() { return m_accounts; }
    MeetingService &meetings() { return m_meetings; }
    WishService &wishes() { return m_wishes; }
    ElderCareService &elderCare() { return m_elderCare; }
    StationService &station() { return m_station; }
    EventService &events() { return m_events; }
    const HouseholdTimeline &timeline() const { return m_timeline; }

private:
    std::unique_ptr<Database> m_database;
    RegistryService m_registry;
    OfficeSettingsService m_office;
    ComplaintService m_complaints;
    MediationService m_mediation;
    DutyRoster m_roster;
    CoGovernanceService m_coGovernance;
    MeetingService m_meetings;
    AccountService m_accounts;
    WishService m_wishes;
    ElderCareService m_elderCare;
    StationService m_station;
    EventService m_events;
    HouseholdTimeline m_timeline;
};

} // namespace linli
