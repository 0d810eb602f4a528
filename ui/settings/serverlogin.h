#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace linli {

/// What the window program asks before a database on the office's server opens: its password
/// (asked, never kept), and what to do when the server cannot be reached — the Settings page is
/// out of reach until a database opens, so the way to another place is offered here.
class ServerLogin final {
    Q_DECLARE_TR_FUNCTIONS(linli::ServerLogin)
public:
    /// The password of the server at `location`, when it asks for one and neither PGPASSWORD
    /// nor ~/.pgpass gives it. False when the user would rather not give it.
    static bool askPassword(const QString &location, QString &password, QWidget *parent = nullptr);

    enum class Next { TryAgain, Moved, Quit };
    /// Says why the server at `location` did not open (`error`) and asks what next: try again,
    /// or keep this desk's data elsewhere (then saved for the next start: Moved), or quit.
    static Next whenUnreachable(const QString &location, const QString &error,
                                QWidget *parent = nullptr);
};

} // namespace linli
