#pragma once

#include "mediation/officialcategory.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;

namespace linli {

class MediationService;

/// Settings: which category of the official mediation statistics form each of the office's
/// case types is counted under. Saved over what the page showed; another desk's change in
/// between is refused, naming who, and shown.
class OfficialCategoriesWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficialCategoriesWidget)
public:
    explicit OfficialCategoriesWidget(MediationService &mediation, bool mayEdit,
                                      QWidget *parent = nullptr);

private:
    void load();
    void save();

    MediationService &m_mediation;
    QMap<CaseType, QComboBox *> m_combos;
    OfficialCategoryMap m_loaded;
    QLabel *m_status;
};

} // namespace linli
