#pragma once

#include "complaints/complaintlists.h"

#include <QWidget>

class QPushButton;
class QSpinBox;
class QTableView;

namespace linli {

class ComplaintService;
class StringTableModel;

/// Edits what the office keeps for complaints: the time limits, the categories, the bodies
/// matters are referred to, and the holiday calendar with its make-up working days.
class ComplaintListsWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintListsWidget)
public:
    explicit ComplaintListsWidget(ComplaintService &service, QWidget *parent = nullptr);

private:
    void reload();
    void addCategory();
    void renameCategory();
    void toggleCategory();
    void addBody();
    void toggleBody();
    void addDay(bool workday);
    void removeDay();
    void saveDueDays();
    int selectedRow(QTableView *table) const;
    void report(const Status &status, const QString &what);

    ComplaintService &m_service;
    QSpinBox *m_urgentDays;
    QSpinBox *m_normalDays;
    // The limits as the page showed them: saved only over those, never over another desk's.
    int m_shownUrgentDays = 0;
    int m_shownNormalDays = 0;
    QSpinBox *m_year;
    StringTableModel *m_categoryModel;
    StringTableModel *m_bodyModel;
    StringTableModel *m_dayModel;
    QTableView *m_categories;
    QTableView *m_bodies;
    QTableView *m_days;
    QList<Category> m_categoryRows;
    QList<std::pair<ReferralBody, bool>> m_bodyRows;
    QList<CalendarDay> m_dayRows;
};

} // namespace linli
