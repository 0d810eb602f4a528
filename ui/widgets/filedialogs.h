#pragma once

#include <QFileDialog>
#include <QString>

class QWidget;

namespace linli {

/// The file dialogs Linli asks with, instead of QFileDialog's static functions. A dialog that
/// lists the database's folder must not open the files in it: to tell a file's type, Qt's (and
/// the desktop's in-process) dialogs read its first bytes, and closing that descriptor drops
/// every lock SQLite holds on the file in this process (POSIX locks belong to the process, not
/// the descriptor). Another program would then think the database unused and delete its -wal
/// and -shm under the open window. These dialogs are Qt's own, told a file's type by its name.
class FileDialogs final {
public:
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter, QFileDialog::Options options = {});
    static QString openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                const QString &filter);
    static QString existingFolder(QWidget *parent, const QString &caption, const QString &folder);
};

} // namespace linli
