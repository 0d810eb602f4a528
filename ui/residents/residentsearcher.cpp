#include "residents/residentsearcher.h"

#include "storage/database.h"

#include <QPointer>

namespace linli {

/// Lives on the search thread, with the connection it opened there.
class ResidentSearcher::Worker final : public QObject {
public:
    explicit Worker(const Database &main)
        : m_main(main) {}

    /// The search thread's repository, the connection opened on first use.
    Result<const ResidentRepository *> repository() {
        if (!m_database) {
            auto opened = m_main.openAnother();
            if (!opened)
                return opened.status();
            m_database = std::move(*opened);
            m_repository = std::make_unique<ResidentRepository>(*m_database);
            m_running.store(m_database.get());
        }
        return m_repository.get();
    }
    /// Stops the query under way, from the searcher's thread.
    void interrupt() {
        if (const Database *running = m_running.load())
            running->interrupt();
    }
    ~Worker() override {
        m_running.store(nullptr);
        m_repository.reset();
        m_database.reset(); // on the search thread, which owns the connection
    }

private:
    const Database &m_main;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ResidentRepository> m_repository;
    std::atomic<const Database *> m_running{nullptr};
};

ResidentSearcher::ResidentSearcher(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_worker(new Worker(database)) {
    m_thread.setObjectName(QStringLiteral("residents search"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ResidentSearcher::~ResidentSearcher() {
    ++m_latest; // nothing waiting runs now
    m_worker->interrupt();
    m_thread.quit();
    m_thread.wait();
}

void ResidentSearcher::search(const ResidentQuery &query, int limit, Done done) {
    const quint64 ticket = ++m_latest;
    m_searching = true;
    m_worker->interrupt(); // the search before, if it is still running, is not wanted
    QPointer<ResidentSearcher> self(this);
    QMetaObject::invokeMethod(m_worker, [this, self, ticket, query, limit, done] {
        if (ticket != m_latest.load())
            return; // superseded while it waited
        FirstPage page = Result<ResidentFirstPage>::failure(QString());
        const auto repository = m_worker->repository();
        if (!repository) {
            page = repository.status();
        } else {
            page = (*repository)->firstPage(query, limit);
            // Interrupted just as it started (the interrupt was meant for the one before):
            // once more.
            if (!page && ticket == m_latest.load())
                page = (*repository)->firstPage(query, limit);
        }
        if (ticket != m_latest.load())
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [this, self, ticket, page = std::move(page), done] {
                if (!self || ticket != m_latest.load())
                    return;
                m_searching = false;
                done(page);
            },
            Qt::QueuedConnection);
    });
}

} // namespace linli
