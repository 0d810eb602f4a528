#pragma once

#include "common/result.h"
#include "settings/officeidentity.h"

#include <QCoreApplication>

namespace linli {

/// What the first start asks: who the office is, where its data lives, and how to begin.
struct FirstRunChoices {
    enum class Start { Empty, ImportRoster, Demo };
    OfficeIdentity identity;
    QString databasePath;
    Start start = Start::Empty;
};

/// The first start of Linli on a desk with no database. Starting empty, or with a roster to
/// import, creates the office's database with its identity and its community in the registry.
/// Exploring the demo makes (or reopens) a demo community in a file of its own beside it, marked
/// as demo: the real file is not created, so demo records never mix with the office's.
class FirstRun final {
    Q_DECLARE_TR_FUNCTIONS(linli::FirstRun)
public:
    /// Checks the choices: a community name, a database file that does not exist yet in a
    /// folder that can be written. Empty when they will do.
    static QString problemWith(const FirstRunChoices &choices);
    /// Does it; returns the file to open.
    static Result<QString> setUp(const FirstRunChoices &choices);
    /// The demo's file for a database at `databasePath`: demo.linli beside it.
    static QString demoPathFor(const QString &databasePath);
};

} // namespace linli
