#include "common/privatefile.h"

#include <QDir>

namespace linli {

Status PrivateFile::prepare(const QString &path) {
    QFile file(path);
    // Emptied first, then narrowed: the file holds nothing while others could still read it.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Status::failure(
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (!file.setPermissions(kOwnerOnly))
        return Status::failure(tr("%1 cannot be made private to you: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::success();
}

} // namespace linli
