#pragma once

#include "mediation/agreement.h"
#include "mediation/mediation.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace linli {

class CaseListModel;
class MediationService;
class OfficeSettingsService;
class RegistryService;
class StringTableModel;
class ShownGate;
class WeekView;

/// Mediation (矛盾调解): the cases, a case's file with its next steps and sessions, and the week
/// calendar of sessions where a session is moved or cancelled.
class MediationPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediationPage)
public:
    MediationPage(MediationService &service, const RegistryService &registry,
                  const OfficeSettingsService &office, QWidget *parent = nullptr);

    void showCase(CaseId id);
    /// Opens the scheduling dialog for the chosen case.
    void scheduleSession();
    /// Opens the dialog to accept a new case.
    void acceptCase();
    /// Accepts a case from a complaint routed to mediation.
    void acceptCaseFromComplaint(qint64 complaintId, const QString &reporter, const QString &phone,
                                 const QString &facts);
    void showWeek(QDate anyDay);

private:
    void reloadCases();
    void reloadCase();
    void reloadWeek();
    void fillWeekFilter();
    void runAction(CaseAction action);
    void extendLimit();
    void printAgreement();
    void printCostShare();
    void shareCost();
    void writeRecord();
    void recordPayments();
    void voidShare();
    /// The case's shares in force to act on: one, asked for when there are several; `withAll`
    /// offers all of them as the first choice. Empty when none is in force; nothing when the
    /// user cancels.
    std::optional<QList<CostShare>> chooseShares(const QList<CostShare> &shares,
                                                 const QString &title, bool withAll);
    void printMonthly();
    void replaceLead();
    void moveSelected();
    void cancelSelected();
    QString mediatorName(MediatorId id) const;
    bool mayRead() const;

    MediationService &m_service;
    const RegistryService &m_registry;
    const OfficeSettingsService &m_office;
    QTabWidget *m_tabs;
    CaseListModel *m_cases;
    QTableView *m_caseTable;
    QCheckBox *m_openOnly;
    QLabel *m_header;
    QLabel *m_facts;
    QHBoxLayout *m_actions;
    StringTableModel *m_sessionsModel;
    QTableView *m_sessionTable;
    QPushButton *m_schedule;
    QPushButton *m_extend;
    QPushButton *m_agreement;
    QPushButton *m_editAgreement = nullptr;
    QPushButton *m_costShare;
    QPushButton *m_shareCost;
    QPushButton *m_payments = nullptr;
    QPushButton *m_voidShare = nullptr;
    QPushButton *m_replaceLead = nullptr;
    ShownGate *m_shown = nullptr; ///< the cases and the week are read when the page is shown
    QPushButton *m_caseFile = nullptr;
    /// What mediation kept the chosen case's dispute from, one box each.
    QMap<Averted, QCheckBox *> m_averted;
    QLabel *m_weekTitle;
    QComboBox *m_weekFilter;
    WeekView *m_week;
    QPushButton *m_move;
    QPushButton *m_cancel;
    QLabel *m_thisWeek;
    QLabel *m_figures = nullptr;
    MediationCase m_case;
    QList<Session> m_sessions;
    QPushButton *m_record = nullptr;
    QDate m_monday;
};

} // namespace linli
