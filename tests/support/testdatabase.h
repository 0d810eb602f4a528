#pragma once

#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace linli::test {

/// A fresh database in a temporary folder, with a clock fixed at 2025-03-27 10:00.
class TestDatabase final {
public:
    TestDatabase()
        : m_clock(std::make_shared<FixedClock>(QDateTime(QDate(2025, 3, 27), QTime(10, 0)))) {
        auto opened = Database::open(path());
        if (!opened)
            qFatal("cannot open the test database: %s", qPrintable(opened.error()));
        m_database = std::move(*opened);
        m_database->setClock(m_clock);
        m_database->setOperatorName(QStringLiteral("测试员"));
    }

    QString path() const { return m_dir.filePath(QStringLiteral("test.linli")); }
    QString dir() const { return m_dir.path(); }
    Database &operator*() { return *m_database; }
    Database *operator->() { return m_database.get(); }
    FixedClock &clock() { return *m_clock; }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Database> m_database;
};

} // namespace linli::test
