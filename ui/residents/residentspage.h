#pragma once

#include "common/strongid.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace linli {

class Database;
class RegistryService;
class ResidentListModel;
class ResidentSearcher;

/// Every resident of the file in one table, searched as you type by name, pinyin or initials,
/// phone, ID tail or address — on a thread of its own (ResidentSearcher), so typing never
/// waits.
class ResidentsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResidentsPage)
public:
    ResidentsPage(RegistryService &registry, Database &database, QWidget *parent = nullptr);
    /// Writes what the list shows to a spreadsheet (.xlsx or .csv).
    void exportList();
    /// Opens the roster import (花名册 from Excel).
    void importRoster();

    /// Puts the cursor in the search box (Ctrl+F).
    void focusSearch();
    /// True while the search typed last is being found (on its own thread).
    bool isSearching() const;

Q_SIGNALS:
    /// The user asked to see a resident's household file.
    void householdRequested(linli::HouseholdId household);

private:
    void runSearch();
    void showCount(int total);

    RegistryService &m_registry;
    Database &m_database;
    ResidentListModel *m_model;
    QLineEdit *m_search;
    QCheckBox *m_includeMovedOut;
    QLabel *m_count;
    QTableView *m_table;
    ResidentSearcher *m_searcher;
    int m_total = 0; ///< the list's count, for the export's progress
};

} // namespace linli
