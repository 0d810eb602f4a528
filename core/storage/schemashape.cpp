#include "storage/schemashape.h"

#include "storage/migrations.h"

#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

namespace linli {

namespace {

// SQLite's own tables (its statistics, AUTOINCREMENT's counters, automatic indexes) come and go
// by themselves; everything else in the schema is Linli's.
const QString kSchema = QStringLiteral(
    "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");

struct Entry {
    QString type;
    QString name;
    QString sql; ///< with its white space folded: the text is what counts, not its layout
};

using Shape = QMap<QString, Entry>; // by type and name

Result<Shape> read(const QSqlDatabase &db) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(kSchema))
        return Result<Shape>::failure(query.lastError().text());
    Shape shape;
    while (query.next()) {
        const Entry entry{query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toString().simplified()};
        shape.insert(entry.type + u' ' + entry.name.toLower(), entry);
    }
    if (query.lastError().isValid())
        return Result<Shape>::failure(query.lastError().text());
    return shape;
}

// The steps up to `version` run on an empty database in memory: what they make is the shape.
Result<Shape> build(int version) {
    static QAtomicInt counter;
    const QString name = QStringLiteral("linli-shape-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<Shape> shape = Result<Shape>::failure(QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            shape = Result<Shape>::failure(db.lastError().text());
        } else {
            QString failed;
            for (const Migration &step : migrations()) {
                if (step.version > version || !failed.isEmpty())
                    break;
                for (const QString &statement : step.statements) {
                    QSqlQuery query(db);
                    if (!query.exec(statement)) {
                        failed = query.lastError().text();
                        break;
                    }
                }
            }
            shape = failed.isEmpty() ? read(db) : Result<Shape>::failure(failed);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return shape;
}

// Built once a version for the process: every connection opened after the first compares with
// the same shape.
Result<Shape> expected(int version) {
    static QMutex mutex;
    static QHash<int, Shape> shapes;
    const QMutexLocker locker(&mutex);
    if (const auto found = shapes.constFind(version); found != shapes.constEnd())
        return *found;
    auto built = build(version);
    if (built)
        shapes.insert(version, *built);
    return built;
}

QString kindOf(const QString &type) {
    if (type == u"table")
        return SchemaShape::tr("table");
    if (type == u"index")
        return SchemaShape::tr("index");
    if (type == u"trigger")
        return SchemaShape::tr("trigger");
    if (type == u"view")
        return SchemaShape::tr("view");
    return type;
}

} // namespace

Status SchemaShape::check(const QSqlDatabase &db, int version, const QString &shown) {
    const auto wanted = expected(version);
    if (!wanted)
        return Status::failure(tr("Linli could not work out its own schema to compare %1 with: %2")
                                   .arg(shown, wanted.error()));
    const auto found = read(db);
    if (!found)
        return found.status();
    QStringList problems;
    for (const Entry &entry : *found) {
        const QString key = entry.type + u' ' + entry.name.toLower();
        const auto known = wanted->constFind(key);
        if (known == wanted->constEnd())
            problems << tr("it holds the %1 \"%2\", which Linli did not make")
                            .arg(kindOf(entry.type), entry.name);
        else if (known->sql != entry.sql)
            problems << tr("its %1 \"%2\" is not the one Linli made")
                            .arg(kindOf(entry.type), entry.name);
    }
    for (const Entry &entry : *wanted) {
        if (!found->contains(entry.type + u' ' + entry.name.toLower()))
            problems << tr("the %1 \"%2\" that Linli made in it is missing")
                            .arg(kindOf(entry.type), entry.name);
    }
    if (problems.isEmpty())
        return Status::success();
    constexpr int kNamed = 5;
    QString named = problems.mid(0, kNamed).join(tr("; "));
    if (problems.size() > kNamed)
        named =
            tr("%1; and %n more difference(s)", nullptr, int(problems.size() - kNamed)).arg(named);
    return Status::failure(
        tr("%1 is not as Linli made it: %2. Linli does not open a file that could run what it "
           "does not know, or that lacks its own safeguards. Restore a backup from before the "
           "change (Settings → Backups, or linli-cli restore), or have the file looked at.")
            .arg(shown, named));
}

} // namespace linli
