// linli: the window program of the community office.
#include "i18n/translations.h"
#include "mainwindow.h"
#include "settings/desksettings.h"
#include "storage/defaultlocation.h"
#include "tour/tour.h"
#include "widgets/errorreporter.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFontDatabase>
#include <QInputDialog>
#include <QMessageBox>

#include <cstdio>

namespace {

// Fontconfig prefers the Japanese forms of the shared CJK fonts unless SC is named.
void useChineseFont(QApplication &app) {
    const QString family = QStringLiteral("Noto Sans CJK SC");
    if (QFontDatabase::families().contains(family)) {
        QFont font = app.font();
        font.setFamilies({family});
        app.setFont(font);
    }
}

QString askOperatorName() {
    for (;;) {
        bool ok = false;
        const QString name = QInputDialog::getText(
            nullptr, QCoreApplication::translate("main", "Linli"),
            QCoreApplication::translate("main", "Your name, recorded with every change you make:"),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return {};
        if (!name.trimmed().isEmpty())
            return name.trimmed();
    }
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Linli"));
    QApplication::setApplicationName(QStringLiteral("linli"));
    QApplication::setApplicationVersion(QStringLiteral(LINLI_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Linli 邻里"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The database file."),
                                      QStringLiteral("file"));
    const QCommandLineOption tourOption(
        QStringLiteral("tour"), QStringLiteral("Render every page to PNG files in dir, then exit."),
        QStringLiteral("dir"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("The language: zh_CN or en."),
                                        QStringLiteral("language"));
    const QCommandLineOption operatorOption(QStringLiteral("operator"),
                                            QStringLiteral("The name recorded with every change."),
                                            QStringLiteral("name"));
    parser.addOptions({dbOption, tourOption, langOption, operatorOption});
    parser.process(app);

    const bool touring = parser.isSet(tourOption);
    linli::installTranslations(parser.isSet(langOption) ? parser.value(langOption)
                                                        : linli::DeskSettings::language());
    useChineseFont(app);

    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : linli::defaultDatabasePath();
    auto database = linli::Database::open(path);
    if (!database) {
        if (touring) {
            std::fprintf(stderr, "linli: %s\n", qPrintable(database.error()));
        } else {
            linli::ErrorReporter::report(
                nullptr, QCoreApplication::translate("main", "Linli cannot open its database."),
                database.error());
        }
        return 1;
    }

    QString operatorName = parser.value(operatorOption).trimmed();
    if (operatorName.isEmpty())
        operatorName = touring ? QCoreApplication::translate("main", "Demo tour")
                               : linli::DeskSettings::operatorName();
    if (operatorName.isEmpty()) {
        operatorName = askOperatorName();
        if (operatorName.isEmpty())
            return 0;
        linli::DeskSettings::setOperatorName(operatorName);
    }
    (*database)->setOperatorName(operatorName);

    linli::Workspace workspace(std::move(*database));
    linli::MainWindow window(workspace);
    if (touring) {
        linli::Tour tour(workspace, window);
        const auto written = tour.run(parser.value(tourOption));
        if (!written) {
            std::fprintf(stderr, "linli: %s\n", qPrintable(written.error()));
            return 1;
        }
        for (const QString &file : *written)
            std::printf("%s\n", qPrintable(file));
        return 0;
    }
    window.show();
    return app.exec();
}
