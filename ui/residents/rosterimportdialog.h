#pragma once

#include "exchange/rosterimport.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace linli {

class RegistryService;
class RosterPreviewModel;

/// Moving an Excel roster (花名册) into Linli: the file, its columns matched to fields (the user
/// may correct each), a preview of every row as new / update / unchanged / error with the reason
/// and the places that would be created — nothing written until Import, which writes it all in
/// one transaction after a backup.
class RosterImportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterImportDialog)
public:
    explicit RosterImportDialog(RegistryService &registry, QWidget *parent = nullptr);

    /// Reads the file and matches its columns; false (with the reason shown) when unreadable.
    bool openFile(const QString &path);
    const std::optional<RosterPreview> &preview() const { return m_preview; }
    /// What the import did, once it ran.
    const std::optional<RosterImportResult> &importResult() const { return m_result; }

private:
    void chooseFile();
    void saveTemplate();
    void fillMapping();
    void fieldChosen(int column, RosterField field);
    void refreshPreview();
    void updateImportButton();
    void runImport();

    RegistryService &m_registry;
    RosterImport m_import;
    QString m_path;
    Sheet m_sheet;
    RosterMapping m_mapping;
    std::optional<RosterPreview> m_preview;
    std::optional<RosterImportResult> m_result;

    QLabel *m_file;
    QLabel *m_info;
    QTableWidget *m_columns;
    QLabel *m_mappingProblem;
    QLabel *m_summary;
    QComboBox *m_filter;
    RosterPreviewModel *m_model;
    QTableView *m_rows;
    QLabel *m_newPlaces;
    QCheckBox *m_skipErrors;
    QPushButton *m_importButton;
};

} // namespace linli
