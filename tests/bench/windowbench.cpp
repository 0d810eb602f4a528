#include "windowbench.h"

#include "complaints/complaintspage.h"
#include "complaints/dutydeskpage.h"
#include "mainwindow.h"
#include "mediation/mediationpage.h"
#include "mediation/weekview.h"
#include "registry/registrypage.h"
#include "reports/dashboardpage.h"
#include "residents/residentlistmodel.h"
#include "residents/residentspage.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "workspace/workspace.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <cstdio>

namespace linli {

namespace {

constexpr int kTimeoutMs = 20000;

/// Notes the paints of one widget, and whether the answer was in when it painted.
class PaintWatch final : public QObject {
public:
    PaintWatch(QWidget *widget, std::function<bool()> ready)
        : m_widget(widget)
        , m_ready(std::move(ready)) {
        widget->installEventFilter(this);
    }
    ~PaintWatch() override { m_widget->removeEventFilter(this); }
    bool paintedAnswer() const { return m_painted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        // The filter runs before the paint; the event loop's turn that delivers it returns only
        // once the paint is done, and that is when the time is taken.
        if (watched == m_widget && event->type() == QEvent::Paint && m_ready())
            m_painted = true;
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_widget;
    std::function<bool()> m_ready;
    bool m_painted = false;
};

/// A figure of this process's memory from /proc (VmHWM: the peak; VmRSS: now), in kB.
long statusKilobytes(const QByteArray &field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

/// Runs the event loop until `done` or the timeout; false on the timeout.
bool spinUntil(const std::function<bool()> &done) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > kTimeoutMs)
            return false;
        // Waits for the next event (a search's answer from its thread, a paint request).
        QTimer wake;
        wake.setSingleShot(true);
        wake.start(50);
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

QString firstText(Database &database, const QString &statement) {
    const auto value = sql::Statement::single(database.connection(), statement);
    return value ? value->toString() : QString();
}

double medianOf(QList<double> times) {
    if (times.isEmpty())
        return 0;
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

WindowBench::WindowBench(Workspace &workspace, int runs)
    : m_workspace(workspace)
    , m_runs(runs)
    , m_window(std::make_unique<MainWindow>(workspace)) {
    // A common office screen.
    m_window->resize(1366, 768);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    (void)QTest::qWaitForWindowExposed(m_window.get());
    spinUntil([] { return true; });
}

WindowBench::~WindowBench() = default;

double WindowBench::timeInput(const std::function<void()> &input,
                              const std::function<bool()> &ready, QWidget *painted) {
    // Whatever was pending before (an earlier paint, a deferred delete) is not this path's.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    PaintWatch watch(painted, ready);
    QElapsedTimer timer;
    timer.start();
    input();
    if (!spinUntil([&] { return watch.paintedAnswer(); }))
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

void WindowBench::add(const QString &name, const QList<double> &times, const QString &note) {
    QList<double> kept;
    for (const double t : times) {
        if (t < 0) {
            m_failures << name;
            continue;
        }
        kept << t;
    }
    m_paths.append({name, kept, QStringLiteral("ms"), note});
}

double WindowBench::search(const QString &text) {
    ResidentsPage *page = m_window->residentsPage();
    auto *field = page->findChild<QLineEdit *>(QStringLiteral("residentSearch"));
    auto *table = page->findChild<QTableView *>(QStringLiteral("residentTable"));
    auto *model = qobject_cast<ResidentListModel *>(table->model());
    bool finished = false;
    const auto connection =
        QObject::connect(model, &ResidentListModel::searchFinished, [&] { finished = true; });
    // The field emptied first, its whole list shown: not timed.
    field->setFocus();
    const bool wasEmpty = field->text().isEmpty();
    field->clear();
    if (!spinUntil([&] { return (wasEmpty || finished) && !page->isSearching(); })) {
        QObject::disconnect(connection);
        return -1;
    }
    finished = false;
    const bool chinese = !text.isEmpty() && text.front().unicode() > 0x7f;
    // Typed, all but the last key untimed: the time a user waits starts at the key that
    // completes what they look for.
    if (!chinese && text.size() > 1)
        QTest::keyClicks(field, text.left(text.size() - 1));
    finished = false;
    const double took = timeInput(
        [&] {
            if (chinese) {
                // The input method commits the word at once.
                QInputMethodEvent commit;
                commit.setCommitString(text);
                QApplication::sendEvent(field, &commit);
            } else {
                QTest::keyClick(field, text.back().toLatin1());
            }
        },
        [&] { return finished && model->query().text == text; }, table->viewport());
    QObject::disconnect(connection);
    return took;
}

void WindowBench::residentSearches() {
    m_window->showPage(MainWindow::Residents);
    Database &db = m_workspace.database();
    // Samples from the data: the commonest surname and a rare one, a common two-character name
    // and one with few people (the slowest: too short for the trigram index, too few matches to
    // stop early), a full name, an address, pinyin initials, a phone's and an ID number's tail.
    const QString common1 =
        firstText(db, QStringLiteral("SELECT substr(name, 1, 1) FROM residents GROUP BY 1"
                                     " ORDER BY count(*) DESC LIMIT 1"));
    const QString rare1 =
        firstText(db, QStringLiteral("SELECT substr(name, 1, 1) FROM residents GROUP BY 1"
                                     " ORDER BY count(*), 1 LIMIT 1"));
    const QString common2 = firstText(db, QStringLiteral("SELECT substr(name, 1, 2) FROM residents"
                                                         " WHERE length(name) >= 3 GROUP BY 1"
                                                         " ORDER BY count(*) DESC LIMIT 1"));
    const QString rare2 = firstText(
        db, QStringLiteral("SELECT name FROM residents WHERE length(name) = 2 GROUP BY 1"
                           " HAVING count(*) BETWEEN 2 AND 9 ORDER BY count(*) DESC, 1 LIMIT 1"));
    const QString full3 = firstText(db, QStringLiteral("SELECT name FROM residents WHERE"
                                                       " length(name) = 3 ORDER BY id LIMIT 1"
                                                       " OFFSET 777"));
    const QString address6 =
        firstText(db, QStringLiteral("SELECT substr(address_text, 1, 6) FROM residents WHERE"
                                     " length(address_text) >= 6 ORDER BY id LIMIT 1 OFFSET 777"));
    const QString phone4 = firstText(db, QStringLiteral("SELECT substr(mobile, -4) FROM residents"
                                                        " WHERE mobile <> '' ORDER BY id"
                                                        " LIMIT 1 OFFSET 999"));
    const QString id6 = firstText(db, QStringLiteral("SELECT substr(id_number, -6) FROM residents"
                                                     " WHERE id_number <> '' ORDER BY id"
                                                     " LIMIT 1 OFFSET 1234"));
    const QList<std::pair<QString, QString>> samples = {
        {QStringLiteral("1 character, the commonest surname"), common1},
        {QStringLiteral("1 character, the rarest surname"), rare1},
        {QStringLiteral("2 characters, a common name's start"), common2},
        {QStringLiteral("2 characters, a name few have"), rare2},
        {QStringLiteral("3 characters, a full name"), full3},
        {QStringLiteral("6 characters, an address"), address6},
        {QStringLiteral("pinyin initials (zs)"), QStringLiteral("zs")},
        {QStringLiteral("phone tail (4 digits)"), phone4},
        {QStringLiteral("ID number tail (6)"), id6}};
    // The first search after start opens the searcher's own connection and meets a cold cache.
    add(QStringLiteral("search: the first after start (%1)").arg(rare2), {search(rare2)});
    for (const auto &[what, text] : samples) {
        if (text.isEmpty()) {
            m_failures << QStringLiteral("search: no sample of %1 in the data").arg(what);
            continue;
        }
        QList<double> times;
        for (int i = 0; i < m_runs; ++i)
            times << search(text);
        add(QStringLiteral("search: %1 (%2)").arg(what, text), times);
    }
}

void WindowBench::searchesDuring(const QString &name, const std::function<void()> &background) {
    m_window->showPage(MainWindow::Residents);
    const QString rare2 = firstText(
        m_workspace.database(),
        QStringLiteral("SELECT name FROM residents WHERE length(name) = 2 GROUP BY 1"
                       " HAVING count(*) BETWEEN 2 AND 9 ORDER BY count(*) DESC, 1 LIMIT 1"));
    std::unique_ptr<QThread> thread(QThread::create(background));
    thread->start(QThread::LowPriority);
    QList<double> times;
    // Searching on for as long as the backup takes (at least the usual runs).
    while (!thread->isFinished() || times.size() < m_runs)
        times << search(rare2);
    thread->wait();
    add(name + QStringLiteral(" (%1)").arg(rare2), times,
        QStringLiteral("%1 searches").arg(times.size()));
}

void WindowBench::householdFile() {
    QList<double> times;
    for (int i = 0; i < m_runs; ++i) {
        m_window->showPage(MainWindow::Residents);
        ResidentsPage *page = m_window->residentsPage();
        auto *table = page->findChild<QTableView *>(QStringLiteral("residentTable"));
        // The whole list again (the last search left a few rows), then a different household
        // each time: the row moves down the list.
        page->findChild<QLineEdit *>(QStringLiteral("residentSearch"))->clear();
        if (!spinUntil(
                [&] { return !page->isSearching() && table->model()->rowCount() > 7 * i + 3; })) {
            times << -1;
            continue;
        }
        table->setFocus();
        table->setCurrentIndex(table->model()->index(7 * i + 3, 0));
        RegistryPage *registry = m_window->registryPage();
        auto *file = registry->findChild<QWidget *>(QStringLiteral("householdFile"));
        auto *title = registry->findChild<QLabel *>(QStringLiteral("householdTitle"));
        const QString before = title ? title->text() : QString();
        times << timeInput([&] { QTest::keyClick(table, Qt::Key_Return); },
                           [&] {
                               return m_window->currentPage() == MainWindow::Registry && title &&
                                      title->text() != before;
                           },
                           file);
        if (times.constLast() < 0)
            std::fprintf(stderr, "household file: page %d, title '%s', row %d\n",
                         int(m_window->currentPage()),
                         qPrintable(title ? title->text() : QString()),
                         table->currentIndex().row());
    }
    add(QStringLiteral("household file: Enter on a resident"), times);
}

void WindowBench::complaintsList() {
    m_window->showPage(MainWindow::Complaints);
    QWidget *page = m_window->complaintsPage();
    auto *table = page->findChild<QTableView *>(QStringLiteral("complaintTable"));
    auto *state = page->findChild<QComboBox *>(QStringLiteral("stateFilter"));
    QList<double> filtered, end, top;
    for (int i = 0; i < m_runs; ++i) {
        // Another state chosen, then every complaint again: the first screenful each time.
        state->setFocus();
        filtered << timeInput([&] { QTest::keyClick(state, Qt::Key_Down); }, [] { return true; },
                              table->viewport());
        filtered << timeInput([&] { QTest::keyClick(state, Qt::Key_Up); }, [] { return true; },
                              table->viewport());
        table->setFocus();
        QAbstractItemModel *model = table->model();
        const auto atEnd = [&] {
            const int last = model->rowCount() - 1;
            return last > 0 && table->currentIndex().row() == last &&
                   !model->index(last, 0).data().toString().isEmpty();
        };
        end << timeInput([&] { QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier); }, atEnd,
                         table->viewport());
        top << timeInput([&] { QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier); },
                         [&] { return table->currentIndex().row() == 0; }, table->viewport());
    }
    add(QStringLiteral("complaints: a state chosen, its first screenful"), filtered);
    add(QStringLiteral("complaints: Ctrl+End, the last row shown (%L1 complaints)")
            .arg(table->model()->rowCount()),
        end);
    add(QStringLiteral("complaints: Ctrl+Home, back to the first"), top);
}

void WindowBench::dashboard(int reloads) {
    m_window->showPage(MainWindow::Dashboard);
    QWidget *page = m_window->dashboardPage();
    auto *period = page->findChild<QComboBox *>(QStringLiteral("dashboardPeriod"));
    auto *chartArea = page->findChild<QAbstractScrollArea *>(QStringLiteral("dashboardChart0"));
    auto *views = page->findChild<QTabWidget *>(QStringLiteral("dashboardViews"));
    if (views)
        views->setCurrentIndex(0);
    spinUntil([] { return true; });
    const long before = statusKilobytes("VmRSS");
    QList<double> times;
    period->setFocus();
    for (int i = 0; i < reloads; ++i) {
        // Between this year and this quarter, by the arrow keys on the period's list.
        const Qt::Key key = i % 2 == 0 ? Qt::Key_Up : Qt::Key_Down;
        times << timeInput([&] { QTest::keyClick(period, key); }, [] { return true; },
                           chartArea->viewport());
    }
    const long after = statusKilobytes("VmRSS");
    const qsizetype tenth = std::max<qsizetype>(1, times.size() / 5);
    add(QStringLiteral("dashboard: the period changed, tiles and charts (%1 reloads)").arg(reloads),
        times,
        QStringLiteral("first %1: %2 ms, last %1: %3 ms; memory %4 → %5 MB")
            .arg(tenth)
            .arg(medianOf(times.mid(0, tenth)), 0, 'f', 1)
            .arg(medianOf(times.mid(times.size() - tenth)), 0, 'f', 1)
            .arg(before / 1024)
            .arg(after / 1024));
    if (!views)
        return;
    QList<double> tab;
    auto *bar = views->findChild<QTabBar *>();
    auto *figures = page->findChild<QTableView *>(QStringLiteral("communityFigures"));
    for (int i = 0; i < m_runs; ++i) {
        views->setCurrentIndex(0);
        // A new period, so that the communities' figures are read again when their tab opens.
        period->setFocus();
        QTest::keyClick(period, i % 2 == 0 ? Qt::Key_Up : Qt::Key_Down);
        spinUntil([] { return true; });
        tab << timeInput(
            [&] { QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center()); },
            [&] { return views->currentIndex() == 1; }, figures->viewport());
    }
    add(QStringLiteral("dashboard: the communities' tab"), tab);
    views->setCurrentIndex(0);
}

void WindowBench::week() {
    m_window->showPage(MainWindow::Mediation);
    QWidget *page = m_window->mediationPage();
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("mediationTabs"));
    tabs->setCurrentIndex(1);
    auto *view = page->findChild<WeekView *>();
    QPushButton *next = nullptr, *previous = nullptr;
    for (QPushButton *button : page->findChildren<QPushButton *>()) {
        if (button->text() == MediationPage::tr("Next week ▶"))
            next = button;
        if (button->text() == MediationPage::tr("◀ Previous week"))
            previous = button;
    }
    if (!next || !previous || !view) {
        m_failures << QStringLiteral("week: buttons not found");
        return;
    }
    QList<double> times;
    for (int i = 0; i < m_runs; ++i) {
        QPushButton *button = i % 2 == 0 ? next : previous;
        times << timeInput([&] { QTest::mouseClick(button, Qt::LeftButton); }, [] { return true; },
                           view);
    }
    add(QStringLiteral("mediation: the next week's sessions"), times);
}

void WindowBench::dutyDeskSave() {
    m_window->showPage(MainWindow::DutyDesk);
    QWidget *page = m_window->dutyDeskPage();
    auto *today = page->findChild<QTableView *>(QStringLiteral("todayTable"));
    auto *reporter = page->findChild<QLineEdit *>(QStringLiteral("reporterEdit"));
    auto *phone = page->findChild<QLineEdit *>(QStringLiteral("reporterPhoneEdit"));
    auto *compound = page->findChild<QComboBox *>(QStringLiteral("compoundCombo"));
    auto *building = page->findChild<QComboBox *>(QStringLiteral("buildingCombo"));
    auto *category = page->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
    auto *summary = page->findChild<QLineEdit *>(QStringLiteral("summaryEdit"));
    auto *save = page->findChild<QPushButton *>(QStringLiteral("saveComplaintButton"));
    if (!today || !reporter || !compound || !building || !category || !summary || !save) {
        m_failures << QStringLiteral("duty desk: the form was not found");
        return;
    }
    QList<double> times;
    for (int i = 0; i < m_runs; ++i) {
        // The form filled as the tests fill it; the Save click is timed.
        reporter->setText(QStringLiteral("路过的刘先生"));
        if (phone)
            phone->setText(QStringLiteral("13912345678"));
        compound->setCurrentIndex(1 + i % std::max(1, compound->count() - 1));
        building->setCurrentIndex(building->count() > 1 ? 1 : 0);
        category->setCurrentIndex(category->count() > 1 ? 1 + i % (category->count() - 1) : 0);
        summary->setText(QStringLiteral("楼道灯不亮（测速 %1）").arg(i + 1));
        spinUntil([] { return true; });
        const int before = today->model()->rowCount();
        times << timeInput([&] { QTest::mouseClick(save, Qt::LeftButton); },
                           [&] { return today->model()->rowCount() > before; }, today->viewport());
    }
    add(QStringLiteral("duty desk: Save, the day's list painted with it"), times);
}

double windowPeakMegabytes() {
    return double(statusKilobytes("VmHWM")) / 1024;
}

} // namespace linli
