#include "settings/serverlogin.h"

#include "settings/databaselocationdialog.h"
#include "settings/desksettings.h"
#include "storage/database.h"
#include "storage/engine.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace linli {

bool ServerLogin::askPassword(const QString &location, QString &password, QWidget *parent) {
    const auto address = ServerAddress::parse(location);
    if (!address || !Database::serverAsksForPassword(*address))
        return true;
    bool given = false;
    password = QInputDialog::getText(parent, tr("Linli"),
                                     tr("The password of %1 on the server %2 (it is not kept):")
                                         .arg(address->user, address->host),
                                     QLineEdit::Password, {}, &given);
    return given;
}

ServerLogin::Next ServerLogin::whenUnreachable(const QString &location, const QString &error,
                                               QWidget *parent) {
    QMessageBox box(QMessageBox::Warning, tr("Linli cannot open its database."),
                    tr("%1\n\nCheck the network and the server's address, or keep this desk's "
                       "data elsewhere.")
                        .arg(error),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("serverUnreachable"));
    QPushButton *retry = box.addButton(tr("Try &again"), QMessageBox::AcceptRole);
    retry->setObjectName(QStringLiteral("tryAgainButton"));
    QPushButton *elsewhere =
        box.addButton(tr("&Change where the data is…"), QMessageBox::ActionRole);
    elsewhere->setObjectName(QStringLiteral("changeLocationButton"));
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(retry);
    box.exec();
    if (box.clickedButton() == retry)
        return Next::TryAgain;
    if (box.clickedButton() == elsewhere) {
        DatabaseLocationDialog where(location, parent);
        if (where.exec() == QDialog::Accepted) {
            DeskSettings::setDatabasePath(where.location());
            return Next::Moved;
        }
    }
    return Next::Quit;
}

} // namespace linli
