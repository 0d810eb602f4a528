#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace linli {

class Database;
class StringTableModel;

/// The administrator's view of the backups: the list in the backup folder, a backup taken by
/// hand, the full integrity check on demand, and a restore — which needs the file closed, so it
/// is asked of the window program (restoreRequested) rather than done here.
class BackupsWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsWidget)
public:
    explicit BackupsWidget(Database &database, QWidget *parent = nullptr);

    void reload();

Q_SIGNALS:
    /// The user chose a sound backup and confirmed: Linli should close the file, put `backup`
    /// in its place and start again.
    void restoreRequested(const QString &backup);

private:
    void backUpNow();
    void checkNow();
    void restoreSelected();

    Database &m_database;
    QLabel *m_folder;
    StringTableModel *m_model;
    QTableView *m_table;
    QLabel *m_checkResult;
    QPushButton *m_restore;
    QStringList m_paths;
};

} // namespace linli
