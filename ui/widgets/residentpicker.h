#pragma once

#include "registry/resident.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace linli {

class ResidentRepository;

/// A line edit that finds a registered resident as you type a name, phone or address, and
/// offers them in a list; what is typed without choosing stays free text (a walk-in, an
/// organisation).
class ResidentPicker final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResidentPicker)
public:
    explicit ResidentPicker(const ResidentRepository &residents, QWidget *parent = nullptr);

    /// The chosen resident; unset while the text is free.
    const std::optional<ResidentListEntry> &chosen() const { return m_chosen; }

Q_SIGNALS:
    void residentChosen(const linli::ResidentListEntry &entry);

private:
    void find(const QString &text);

    const ResidentRepository &m_residents;
    QStandardItemModel *m_matches;
    QCompleter *m_completer;
    QList<ResidentListEntry> m_found;
    std::optional<ResidentListEntry> m_chosen;
};

} // namespace linli
