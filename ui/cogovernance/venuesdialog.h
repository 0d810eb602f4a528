#pragma once

#include "cogovernance/meeting.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace linli {

class MeetingService;
class StringTableModel;

/// A compound's council venues: the building council hall with its room and capacity, the
/// online council group and who runs it, the party members' home. Lists them and adds one.
class VenuesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VenuesDialog)
public:
    VenuesDialog(MeetingService &service, CompoundId compound, const QString &compoundName,
                 QWidget *parent = nullptr);

private:
    void reload();
    void add();

    MeetingService &m_service;
    CompoundId m_compound;
    StringTableModel *m_model;
    QTableView *m_table;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_room;
    QSpinBox *m_capacity;
    QLineEdit *m_owner;
    QLabel *m_error;
};

} // namespace linli
