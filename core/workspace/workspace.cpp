#include "workspace/workspace.h"

#include "aid/aidtimelinesource.h"

#include "complaints/complainttimelinesource.h"
#include "documents/printeddocument.h"
#include "registry/registrytimelinesource.h"

namespace linli {

Workspace::Workspace(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_registry(*m_database)
    , m_office(*m_database)
    , m_complaints(*m_database, m_registry)
    , m_mediation(*m_database)
    , m_roster(*m_database)
    , m_coGovernance(*m_database)
    , m_meetings(*m_database)
    , m_accounts(*m_database)
    , m_wishes(*m_database, m_complaints)
    , m_elderCare(*m_database)
    , m_station(*m_database)
    , m_events(*m_database) {
    PrintedDocument::setDemoMark(m_office.isDemo());
    // Each module adds its part of the household file here as it lands.
    m_timeline.addSource(std::make_shared<RegistryTimelineSource>(*m_database));
    m_timeline.addSource(std::make_shared<ComplaintTimelineSource>(m_complaints.complaints()));
    m_timeline.addSource(std::make_shared<AidTimelineSource>(*m_database));
}

} // namespace linli
