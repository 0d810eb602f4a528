#pragma once

#include "common/result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace linli {

/// A small form for a named place — compound, building, stairwell unit or household room —
/// with an optional choice (a compound's kind, a building's grid). Saving runs `save`; when
/// core refuses, its message shows in the dialog, which stays open with the input kept.
class PlaceDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceDialog)
public:
    using Save = std::function<Status(const QString &name, const QVariant &choice)>;

    PlaceDialog(const QString &title, const QString &nameLabel, const QString &name,
                QWidget *parent = nullptr);
    /// Adds the choice list; `current` selects the entry with that data.
    void setChoices(const QString &label, const QList<std::pair<QString, QVariant>> &choices,
                    const QVariant &current);
    void setSave(Save save) { m_save = std::move(save); }
    void accept() override;

private:
    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_choice = nullptr;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    Save m_save;
};

} // namespace linli
