#pragma once

#include "registry/residentrepository.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>

namespace linli {

class Database;

/// The residents search as you type, on a thread and a connection of its own, so that typing
/// never waits for a query. Each search supersedes the one before: a query still running is
/// interrupted, one still waiting is skipped, and only the newest search's rows are handed back.
class ResidentSearcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResidentSearcher)
public:
    using FirstPage = Result<ResidentFirstPage>;
    using Done = std::function<void(FirstPage)>;

    /// Searches `database` (through a second connection, opened on the first search).
    explicit ResidentSearcher(const Database &database, QObject *parent = nullptr);
    ~ResidentSearcher() override;

    /// Finds the first `limit` residents matching `query`, with their count; `done` runs on this
    /// object's thread, and only if no newer search came first.
    void search(const ResidentQuery &query, int limit, Done done);
    /// True while a search is under way (its rows not handed back yet).
    bool isSearching() const { return m_searching; }

private:
    class Worker;

    const Database &m_database;
    QThread m_thread;
    Worker *m_worker;
    std::atomic<quint64> m_latest{0};
    bool m_searching = false;
};

} // namespace linli
