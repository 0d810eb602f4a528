#include "passwordprompt.h"

#include "clicommands.h"
#include "storage/database.h"
#include "storage/engine.h"

#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace linli {

namespace {

// One line of standard input; on a terminal, asked for with `prompt` and not echoed.
QString readSecretLine(const QString &prompt) {
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        std::fputs(qPrintable(prompt), stderr);
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    // Read a byte at a time up to the end of the line: a buffered reader would swallow the
    // next line, which the next question needs.
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.append(char(c));
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace

QString askServerPassword(const QString &location) {
    if (!ServerAddress::isServerAddress(location))
        return {};
    const auto address = ServerAddress::parse(location);
    if (!address || !Database::serverAsksForPassword(*address))
        return {}; // a wrong address is reported when it is opened
    return readSecretLine(
        CliCommands::tr("Password for %1@%2: ").arg(address->user, address->host));
}

QString askAccountPassword(const QString &username) {
    return readSecretLine(CliCommands::tr("Linli password of %1: ").arg(username));
}

} // namespace linli
