#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace linli {

/// The admin jobs of `linli-cli`, each a method that returns the process exit code:
/// 0 done, 1 the job failed (with a message on stderr), 2 the command line was wrong.
class CliCommands final {
    Q_DECLARE_TR_FUNCTIONS(linli::CliCommands)
public:
    CliCommands(QString databasePath, QString operatorName);

    int init();
    int demo(const QString &scale);
    int check();
    int backup(const QString &target);
    /// The duty log (值班日志) of `day` as a PDF.
    int printDutyLog(const QString &day, const QString &pdf);

    static constexpr int ok = 0;
    static constexpr int failed = 1;
    static constexpr int usage = 2;

private:
    int fail(const QString &message);

    QString m_path;
    QString m_operator;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace linli
