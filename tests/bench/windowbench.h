#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace linli {

class MainWindow;
class Workspace;

/// The process's peak resident memory so far, MB.
double windowPeakMegabytes();

/// What a user waits for in the window: each path timed from the input event (a key, a click,
/// a typed word) to the end of the paint that shows its answer, through the real widgets on the
/// offscreen platform. See docs/performance.md.
class WindowBench final {
public:
    /// One path's times, in ms (or one figure in MB).
    struct Path {
        QString name;
        QList<double> times;
        QString unit = QStringLiteral("ms");
        QString note;
    };

    WindowBench(Workspace &workspace, int runs);
    ~WindowBench();
    WindowBench(const WindowBench &) = delete;
    WindowBench &operator=(const WindowBench &) = delete;

    /// The searches staff type on the residents page (samples taken from the data), the first
    /// one after start apart.
    void residentSearches();
    /// The household file, opened from a row of the residents list with Enter.
    void householdFile();
    /// The complaints list: a filter chosen (its first screenful), Ctrl+End to its last row.
    void complaintsList();
    /// The dashboard: its period changed `reloads` times (tiles and charts), the communities' tab.
    void dashboard(int reloads);
    /// The mediation week, moved on a week with its button.
    void week();
    /// A complaint logged at the duty desk: the Save click to the day's list painted with it.
    void dutyDeskSave();
    /// Searches again while `background` (the daily backup) runs on its own thread.
    void searchesDuring(const QString &name, const std::function<void()> &background);

    const QList<Path> &paths() const { return m_paths; }
    /// Paths that never showed their answer (a timeout), by name.
    const QStringList &failures() const { return m_failures; }
    MainWindow &window() { return *m_window; }

private:
    /// Sends `input`, then runs the event loop until `ready` holds and `painted` has painted
    /// since: the time from the input to the end of that paint, or a negative time on timeout.
    double timeInput(const std::function<void()> &input, const std::function<bool()> &ready,
                     QWidget *painted);
    /// Adds a path, noting a failure for a timed-out run.
    void add(const QString &name, const QList<double> &times, const QString &note = {});
    /// Types `text` into the search field as a user does (Chinese as the input method's commit,
    /// the rest key by key) and times its last key.
    double search(const QString &text);

    Workspace &m_workspace;
    int m_runs;
    std::unique_ptr<MainWindow> m_window;
    QList<Path> m_paths;
    QStringList m_failures;
};

} // namespace linli
