#pragma once

#include "access/audittrail.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace linli {

class ShownGate;

class Database;
class StringTableModel;

/// The administrator's audit viewer: every change and every look at personal data, newest
/// first, filtered by person, record, action and dates, a page at a time, and exported to CSV.
class AuditWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditWidget)
public:
    explicit AuditWidget(const Database &database, QWidget *parent = nullptr);

    /// Reads the filters' choices and shows the newest matching entries.
    void reload();

private:
    AuditFilter filter() const;
    void showMore();
    void exportCsv();

    AuditTrail m_trail;
    QComboBox *m_operator;
    QComboBox *m_entity;
    QComboBox *m_action;
    QDateEdit *m_from;
    QDateEdit *m_to;
    StringTableModel *m_model;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_more;
    QList<AuditEntry> m_entries;
    ShownGate *m_shown = nullptr; ///< the data are read when the widget is shown
};

} // namespace linli
