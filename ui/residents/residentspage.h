#pragma once

#include "common/strongid.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace linli {

class RegistryService;
class ResidentListModel;

/// Every resident of the file in one table, searched as you type by name, pinyin or initials,
/// phone, ID tail or address.
class ResidentsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResidentsPage)
public:
    explicit ResidentsPage(RegistryService &registry, QWidget *parent = nullptr);

    /// Puts the cursor in the search box (Ctrl+F).
    void focusSearch();

Q_SIGNALS:
    /// The user asked to see a resident's household file.
    void householdRequested(linli::HouseholdId household);

private:
    void runSearch();
    void showCount(int total);

    RegistryService &m_registry;
    ResidentListModel *m_model;
    QLineEdit *m_search;
    QCheckBox *m_includeMovedOut;
    QLabel *m_count;
    QTableView *m_table;
    QTimer *m_debounce;
};

} // namespace linli
