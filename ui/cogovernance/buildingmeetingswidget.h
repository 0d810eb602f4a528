#pragma once

#include "cogovernance/meeting.h"

#include <QWidget>

class QPushButton;
class QTableView;
class QTextBrowser;

namespace linli {

class CoGovernanceService;
class MeetingService;
class StringTableModel;

/// A building's opinions and meetings: opinions recorded and followed; meetings called, who came,
/// decisions and their votes, actions and their progress, the notice posted; and the sign-in
/// sheet, minutes and notice printed.
class BuildingMeetingsWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildingMeetingsWidget)
public:
    BuildingMeetingsWidget(MeetingService &service, const CoGovernanceService &coGovernance,
                           QWidget *parent = nullptr);

    void setBuilding(BuildingId building, CompoundId compound, const QString &name);
    BuildingId building() const { return m_building; }
    /// Chooses the meeting in the list.
    void showMeeting(MeetingId id);

private:
    void reloadOpinions();
    void reloadMeetings();
    void showChosenMeeting();
    void recordOpinion();
    void markOpinionDone();
    void callMeeting();
    void recordAttendance();
    void recordDecision();
    void addAction();
    void finishAction();
    void postNotice();
    void print(int paper);

    MeetingService &m_service;
    const CoGovernanceService &m_coGovernance;
    BuildingId m_building;
    CompoundId m_compound;
    QString m_name;
    StringTableModel *m_opinionsModel;
    QTableView *m_opinionsTable;
    StringTableModel *m_meetingsModel;
    QTableView *m_meetingsTable;
    QTextBrowser *m_detail;
    QList<QPushButton *> m_meetingButtons;
    QList<Opinion> m_opinions;
    QList<Meeting> m_meetings;
    std::optional<Meeting> m_meeting;
};

} // namespace linli
