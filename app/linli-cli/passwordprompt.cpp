#include "passwordprompt.h"

#include "clicommands.h"
#include "storage/database.h"
#include "storage/engine.h"

#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace linli {

QString askServerPassword(const QString &location) {
    if (!ServerAddress::isServerAddress(location))
        return {};
    const auto address = ServerAddress::parse(location);
    if (!address || !Database::serverAsksForPassword(*address))
        return {}; // a wrong address is reported when it is opened
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        std::fputs(
            qPrintable(CliCommands::tr("Password for %1@%2: ").arg(address->user, address->host)),
            stderr);
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    return password;
}

} // namespace linli
