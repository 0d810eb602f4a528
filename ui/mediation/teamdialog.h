#pragma once

#include "mediation/mediation.h"

#include <QDialog>

class QTableView;

namespace linli {

class MediationService;
class StringTableModel;

/// The joint mediation team (联调队伍): the office's staff, and the judges, prosecutors, police
/// officers, lawyers, party elders, volunteers and liaison units who join it. Adds members and
/// retires those who leave.
class TeamDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamDialog)
public:
    explicit TeamDialog(MediationService &service, QWidget *parent = nullptr);

private:
    void reload();
    void addMember();
    void toggleMember();

    MediationService &m_service;
    StringTableModel *m_model;
    QTableView *m_table;
    QList<Mediator> m_rows;
};

} // namespace linli
