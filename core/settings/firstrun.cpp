#include "settings/firstrun.h"

#include "demo/demogenerator.h"
#include "registry/registryservice.h"
#include "settings/officesettingsservice.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace linli {

QString FirstRun::demoPathFor(const QString &databasePath) {
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("demo.linli"));
}

QString FirstRun::problemWith(const FirstRunChoices &choices) {
    if (choices.start != FirstRunChoices::Start::Demo &&
        choices.identity.community.trimmed().isEmpty())
        return tr("Enter the community's name: it heads every printed document.");
    const QString path = choices.databasePath.trimmed();
    if (path.isEmpty())
        return tr("Choose where the data is kept.");
    const QFileInfo file(path);
    if (file.isDir())
        return tr("%1 is a folder: name the file the data goes in.")
            .arg(QDir::toNativeSeparators(path));
    if (choices.start != FirstRunChoices::Start::Demo && file.exists())
        return tr("%1 exists already: open it with linli --db, or choose another name.")
            .arg(QDir::toNativeSeparators(path));
    if (!QDir().mkpath(file.absolutePath()) || !QFileInfo(file.absolutePath()).isWritable())
        return tr("The folder %1 cannot be written to.")
            .arg(QDir::toNativeSeparators(file.absolutePath()));
    return {};
}

Result<QString> FirstRun::setUp(const FirstRunChoices &choices) {
    if (const QString problem = problemWith(choices); !problem.isEmpty())
        return Result<QString>::failure(problem);
    if (choices.start == FirstRunChoices::Start::Demo) {
        const QString demo = demoPathFor(choices.databasePath);
        const bool fresh = !QFileInfo::exists(demo);
        auto database = Database::open(demo);
        if (!database)
            return database.status();
        if (fresh) {
            DemoGenerator generator(**database, DemoGenerator::Scale::Community);
            if (const auto made = generator.generate((*database)->clock().now()); !made)
                return made.status();
        } else if (!OfficeSettingsService(**database).isDemo()) {
            return Result<QString>::failure(tr("%1 is not a demo database; it is left as it is.")
                                                .arg(QDir::toNativeSeparators(demo)));
        }
        return demo;
    }
    const QString path = QFileInfo(choices.databasePath.trimmed()).absoluteFilePath();
    auto database = Database::open(path);
    if (!database)
        return database.status();
    OfficeIdentity identity = choices.identity;
    identity.community = identity.community.trimmed();
    Status done = OfficeSettingsService(**database).save(identity);
    if (done) {
        done = RegistryService(**database)
                   .addCommunity({{},
                                  identity.community,
                                  identity.subdistrict.trimmed(),
                                  identity.district.trimmed()})
                   .status();
    }
    if (!done) {
        // Half made is not made: the file goes, so that the wizard can be finished again.
        database->reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return done;
    }
    return path;
}

} // namespace linli
