#pragma once

#include "cogovernance/meeting.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace linli {

class MeetingService;

/// Calls a building meeting: when, where (the compound's council venues), who calls it, the
/// topic, and the agenda — the building's open opinions ticked, and items written in.
class MeetingDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingDialog)
public:
    MeetingDialog(MeetingService &service, BuildingId building, CompoundId compound,
                  const QString &buildingName, QWidget *parent = nullptr);

    MeetingId meetingId() const { return m_meetingId; }
    void accept() override;

private:
    MeetingService &m_service;
    BuildingId m_building;
    QDateTimeEdit *m_when;
    QComboBox *m_venue;
    QLineEdit *m_convener;
    QLineEdit *m_topic;
    QListWidget *m_opinions;
    QListWidget *m_complaints;
    QPlainTextEdit *m_items;
    QLabel *m_error;
    MeetingId m_meetingId;
};

/// Records a decision of a meeting: the agenda item, what was decided, and how — agreed by all
/// present, or voted one per household present under a majority or two-thirds rule.
class DecisionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionDialog)
public:
    DecisionDialog(MeetingService &service, const Meeting &meeting,
                   const QList<std::pair<HouseholdId, QString>> &present,
                   QWidget *parent = nullptr);

    void accept() override;

private:
    MeetingService &m_service;
    Meeting m_meeting;
    QComboBox *m_item;
    QPlainTextEdit *m_text;
    QComboBox *m_rule;
    QListWidget *m_votes;
    QLabel *m_tally;
    QLabel *m_error;
    QList<std::pair<HouseholdId, QString>> m_present;
    QList<QComboBox *> m_choices;

    Decision draft() const;
    void updateTally();
};

} // namespace linli
