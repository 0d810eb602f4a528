#pragma once

#include "aid/station.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace linli {

class ShownGate;

class OfficeSettingsService;
class RegistryService;
class StationService;
class StringTableModel;

/// The mutual-aid station (邻里互助站): what is on the shelf and since when, the stock by
/// category, a donation or a take recorded, and the ledger printed.
class StationWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StationWidget)
public:
    StationWidget(StationService &station, RegistryService &registry, OfficeSettingsService &office,
                  QWidget *parent = nullptr);

    void reload();
    void recordDonation();
    void recordTake();

private:
    void printLedger();

    StationService &m_station;
    RegistryService &m_registry;
    OfficeSettingsService &m_office;
    QLabel *m_stock;
    StringTableModel *m_model;
    QTableView *m_items;
    QList<StationItem> m_rows;
    ShownGate *m_shown = nullptr; ///< the data are read when the widget is shown
};

} // namespace linli
