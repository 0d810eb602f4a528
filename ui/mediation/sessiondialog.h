#pragma once

#include "common/result.h"
#include "mediation/mediation.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimeEdit;

namespace linli {

class MediationService;

/// Books a session of a case — when, where, which mediators and parties, who else comes — or
/// moves one. A clash with another booking is refused in the dialog, naming that session; the
/// free times for the chosen people and place are a click away.
class SessionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDialog)
public:
    /// `existing` set: the dialog moves that session instead of booking a new one.
    SessionDialog(MediationService &service, const MediationCase &mediationCase,
                  QDateTime suggested, const Session *existing = nullptr,
                  QWidget *parent = nullptr);
    void accept() override;
    SessionId sessionId() const { return m_sessionId; }

private:
    Result<Session> session();
    void suggest();

    MediationService &m_service;
    MediationCase m_case;
    SessionId m_sessionId;
    int m_sessionVersion = 0; ///< as the dialog read the session it moves
    bool m_moving = false;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QComboBox *m_length;
    QComboBox *m_venue;
    QLineEdit *m_place;
    QListWidget *m_mediators;
    QListWidget *m_parties;
    QLineEdit *m_others;
    QLineEdit *m_purpose;
    QListWidget *m_slots;
    QLabel *m_error;
};

} // namespace linli
