#include "aid/aidpage.h"

#include "aid/eldercarewidget.h"
#include "aid/eventswidget.h"
#include "aid/stationwidget.h"
#include "aid/volunteerhourswidget.h"
#include "aid/wishboard.h"
#include "workspace/workspace.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace linli {

AidPage::AidPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_wishBoard(new WishBoard(workspace.wishes(), workspace.registry(), workspace.complaints(),
                                workspace.office(), workspace.station(), this)) {
    m_tabs->setObjectName(QStringLiteral("aidTabs"));
    m_tabs->addTab(m_wishBoard, tr("Wish wall"));
    m_tabs->addTab(new ElderCareWidget(workspace.elderCare(), workspace.registry(), this),
                   tr("Elders living alone"));
    m_tabs->addTab(
        new StationWidget(workspace.station(), workspace.registry(), workspace.office(), this),
        tr("Mutual-aid station"));
    m_tabs->addTab(
        new EventsWidget(workspace.events(), workspace.registry(), workspace.office(), this),
        tr("Festival and events"));
    m_tabs->addTab(new VolunteerHoursWidget(workspace.events(), workspace.wishes(),
                                            workspace.elderCare(), this),
                   tr("Volunteer hours"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    connect(m_wishBoard, &WishBoard::complaintRequested, this, &AidPage::complaintRequested);
}

} // namespace linli
