#pragma once

#include "common/strongid.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace linli {

class HouseholdMembersModel;
class HouseholdTimeline;
class RegistryService;
class TimelineModel;

/// One household's file (一户一档): its address, its members, and the timeline every module
/// adds to. Adds, edits, moves out and removes members.
class HouseholdFileWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HouseholdFileWidget)
public:
    HouseholdFileWidget(RegistryService &registry, const HouseholdTimeline &timeline,
                        QWidget *parent = nullptr);

    void showHousehold(HouseholdId household);
    HouseholdId household() const { return m_household; }

public Q_SLOTS:
    void addResident();
    void editResident();
    void moveOutResident();
    void removeResident();
    void revealResident();
    void anonymiseResident();

private:
    void reload();
    void updateButtons();
    int currentRow() const;

    RegistryService &m_registry;
    const HouseholdTimeline &m_timeline;
    HouseholdId m_household;
    QString m_address;
    QLabel *m_title;
    QLabel *m_summary;
    HouseholdMembersModel *m_members;
    TimelineModel *m_timelineModel;
    QTableView *m_memberTable;
    QTableView *m_timelineTable;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_moveOut;
    QPushButton *m_remove;
    QPushButton *m_reveal;
    QPushButton *m_anonymise;
};

} // namespace linli
