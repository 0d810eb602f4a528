#include "settings/backupswidget.h"

#include "storage/backupkeeper.h"
#include "storage/database.h"
#include "widgets/errorreporter.h"
#include "widgets/stringtablemodel.h"
#include "widgets/tableviews.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace linli {

namespace {

QString reasonLabel(const QString &reason) {
    if (reason == u"daily")
        return BackupsWidget::tr("daily, at start-up");
    if (reason == u"migration")
        return BackupsWidget::tr("before an upgrade");
    if (reason == u"manual")
        return BackupsWidget::tr("taken by hand");
    if (reason == u"import")
        return BackupsWidget::tr("before an import");
    return reason;
}

} // namespace

BackupsWidget::BackupsWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_folder(new QLabel(this))
    , m_model(new StringTableModel({tr("Taken"), tr("Why"), tr("Size")}, this))
    , m_table(makeListTable(m_model, QStringLiteral("backupTable"), this))
    , m_checkResult(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore this backup…"), this)) {
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkResult->setObjectName(QStringLiteral("checkResult"));
    setEmptyHint(m_table, tr("No backups yet: Linli takes one every day it is started, or Back up "
                             "now."));
    m_checkResult->setWordWrap(true);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr(
        "Put the chosen backup in place of the database; the file as it is now is kept beside it"));
    m_restore->setEnabled(false);

    auto *backUp = new QPushButton(tr("&Back up now"), this);
    backUp->setObjectName(QStringLiteral("backUpNowButton"));
    backUp->setToolTip(tr("Take a checked backup of the database now"));
    auto *check = new QPushButton(tr("&Check the database"), this);
    check->setObjectName(QStringLiteral("checkDatabaseButton"));
    check->setToolTip(tr("Reads every page of the file and every link between records; takes a "
                         "while on a large database"));
    connect(backUp, &QPushButton::clicked, this, &BackupsWidget::backUpNow);
    connect(check, &QPushButton::clicked, this, &BackupsWidget::checkNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupsWidget::restoreSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_restore->setEnabled(m_table->selectionModel()->hasSelection()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(backUp);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    buttons->addWidget(check);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_folder);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_checkResult);
    reload();
}

void BackupsWidget::reload() {
    const QString folder = BackupKeeper::folderFor(m_database);
    m_folder->setText(tr("Backups are kept in %1: the last %2 days, one a week for %3 weeks and "
                         "one a month for %4 months. Choose the folder under Office and desk.")
                          .arg(QDir::toNativeSeparators(folder))
                          .arg(BackupKeeper::keepDaily)
                          .arg(BackupKeeper::keepWeekly)
                          .arg(BackupKeeper::keepMonthly));
    const BackupKeeper keeper(m_database, folder);
    const auto files = keeper.list();
    if (!files) {
        ErrorReporter::report(this, tr("The backups could not be listed."), files.error());
        return;
    }
    if (files->isEmpty())
        m_folder->setText(m_folder->text() + u' ' +
                          tr("There is no backup yet: one is taken at each day's first start, or "
                             "take one now."));
    QList<QStringList> rows;
    m_paths.clear();
    const QLocale locale;
    for (const BackupFile &file : *files) {
        rows.append({locale.toString(file.takenAt, QLocale::ShortFormat), reasonLabel(file.reason),
                     locale.formattedDataSize(QFileInfo(file.path).size())});
        m_paths.append(file.path);
    }
    m_model->setRows(rows);
    m_restore->setEnabled(false);
}

void BackupsWidget::backUpNow() {
    BackupKeeper keeper(m_database, BackupKeeper::folderFor(m_database));
    const auto taken = keeper.snapshot(QStringLiteral("manual"));
    if (!taken) {
        ErrorReporter::report(this, tr("The backup was not made."), taken.error());
        return;
    }
    reload();
}

void BackupsWidget::checkNow() {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status sound = m_database.fullCheck();
    QApplication::restoreOverrideCursor();
    const QString at = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    m_checkResult->setText(sound ? tr("Checked at %1: the database is intact.").arg(at)
                                 : tr("Checked at %1: %2 Restore the newest backup that is "
                                      "sound.")
                                       .arg(at, sound.error()));
}

void BackupsWidget::restoreSelected() {
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_paths.size())
        return;
    const QString backup = m_paths.at(row);
    // Checked before anything is closed: a damaged backup is refused while the work goes on.
    if (const Status sound = BackupKeeper::verify(backup); !sound) {
        ErrorReporter::report(this, tr("This backup cannot be restored."), sound.error());
        return;
    }
    const QString taken = m_model->index(row, 0).data().toString();
    const auto answer = QMessageBox::question(
        this, tr("Restore a backup"),
        tr("Put the backup of %1 in place of the database? Everything recorded since then will "
           "be gone from the database; the file as it is now is kept beside it. Linli closes and "
           "starts again.")
            .arg(taken));
    if (answer == QMessageBox::Yes)
        Q_EMIT restoreRequested(backup);
}

} // namespace linli
