#pragma once

#include "storage/database.h"
#include "storage/engine.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace linli::test {

/// The server the tests run against when CTest starts them on PostgreSQL: LINLI_TEST_SERVER_FILE
/// names the file tests/support/pgcluster wrote its address to. Empty for SQLite.
inline QString testServer() {
    const QString file = qEnvironmentVariable("LINLI_TEST_SERVER_FILE");
    if (file.isEmpty())
        return {};
    QFile url(file);
    if (!url.open(QIODevice::ReadOnly))
        qFatal("the test server's address is not in %s", qPrintable(file));
    return QString::fromUtf8(url.readAll()).trimmed();
}

/// A database of its own on the test server, dropped when the test is done with it.
class ServerScratch final {
public:
    ServerScratch() {
        static QAtomicInt counter;
        const auto admin = ServerAddress::parse(testServer());
        if (!admin)
            qFatal("%s", qPrintable(admin.error()));
        m_admin = *admin;
        m_name = QStringLiteral("linli_t%1_%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(counter.fetchAndAddRelaxed(1));
        adminRun(
            QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(m_name));
    }
    ~ServerScratch() {
        adminRun(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    Q_DISABLE_COPY_MOVE(ServerScratch)

    QString location() const {
        ServerAddress address = m_admin;
        address.database = m_name;
        return address.text();
    }

private:
    void adminRun(const QString &statement) {
        const QString connection = QStringLiteral("linli-test-admin-") + m_name;
        {
            QSqlDatabase db = m_admin.addConnection(connection);
            if (!db.open())
                qFatal("the test server: %s", qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            if (!query.exec(statement))
                qFatal("the test server: %s", qPrintable(query.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

    ServerAddress m_admin;
    QString m_name;
};

/// A fresh database in a temporary folder — or, when the tests run on PostgreSQL, a fresh
/// database on the test server — with a clock fixed at 2025-03-27 10:00.
class TestDatabase final {
public:
    TestDatabase()
        : m_clock(std::make_shared<FixedClock>(QDateTime(QDate(2025, 3, 27), QTime(10, 0)))) {
        if (!testServer().isEmpty())
            m_server = std::make_unique<ServerScratch>();
        auto opened = Database::open(path());
        if (!opened)
            qFatal("cannot open the test database: %s", qPrintable(opened.error()));
        m_database = std::move(*opened);
        m_database->setClock(m_clock);
        m_database->setOperatorName(QStringLiteral("测试员"));
    }
    ~TestDatabase() { m_database.reset(); }

    /// The file, or the address of the database on the test server.
    QString path() const {
        return m_server ? m_server->location() : m_dir.filePath(QStringLiteral("test.linli"));
    }
    QString dir() const { return m_dir.path(); }
    bool onServer() const { return m_server != nullptr; }
    Database &operator*() { return *m_database; }
    Database *operator->() { return m_database.get(); }
    FixedClock &clock() { return *m_clock; }
    const std::shared_ptr<FixedClock> &sharedClock() const { return m_clock; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerScratch> m_server;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Database> m_database;
};

/// For a test of what only a database file has (its header, its locks, its backups).
#define LINLI_FILE_ONLY()                                                                          \
    do {                                                                                           \
        if (!::linli::test::testServer().isEmpty())                                                \
            QSKIP("a database file's own behaviour; the server has none");                         \
    } while (false)

} // namespace linli::test
