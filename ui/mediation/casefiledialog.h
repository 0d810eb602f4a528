#pragma once

#include "common/result.h"
#include "mediation/casefile.h"
#include "settings/officeidentity.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace linli {

class MediationService;
class OfficeSettingsService;
class StringTableModel;

/// The case file (卷宗) of one case: its papers in binding order, which are ready and what the
/// missing ones lack; prints a paper (a blank form when it is not ready: the notice to sign, a
/// record to write by hand) or the whole file bound behind its cover and index.
class CaseFileDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseFileDialog)
public:
    CaseFileDialog(MediationService &service, const OfficeSettingsService &office, CaseId id,
                   QWidget *parent = nullptr);

    const QList<CaseFileItem> &items() const { return m_items; }

private:
    void reload();
    /// The identity printed on the case's papers: that of its community's committee.
    Result<OfficeIdentity> officeOfTheCase() const;
    void printChosen();
    void printWhole();
    void saveWhole();
    void recordNotice();
    int chosenRow() const;

    MediationService &m_service;
    const OfficeSettingsService &m_office;
    CaseId m_id;
    StringTableModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_printOne;
    QPushButton *m_notice;
    QList<CaseFileItem> m_items;
    CaseFile::Contents m_contents;
};

} // namespace linli
