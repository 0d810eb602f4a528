#pragma once

#include "common/result.h"
#include "registry/resident.h"
#include "storage/writecontext.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace linli {

class Database;

/// What the residents list shows: a search text and whether former residents are included.
/// The text matches a name (any part, even one character), full pinyin or initials, an
/// address, a phone number or the tail of an ID number.
struct ResidentQuery {
    QString text;
    bool includeMovedOut = false;
};

/// Where a page of the residents list ends, so the next page starts after it (keyset paging).
struct ResidentPageKey {
    QString sortKey;
    qint64 id = 0;
};

/// Who holds an ID number already, for the duplicate check.
struct IdNumberHolder {
    ResidentId id;
    QString name;
    QString address;
};

/// A resident as an export writes them: with the household's room and its place's names.
struct ResidentWithPlace {
    ResidentListEntry entry;
    QString compound;
    QString building;
    QString unit;
    QString room;
};

/// A search's first page and how many it finds (for a search text, at most countLimit + 1).
struct ResidentFirstPage {
    QList<ResidentListEntry> rows;
    int total = 0;
};

class ResidentRepository final {
    Q_DECLARE_TR_FUNCTIONS(linli::ResidentRepository)
public:
    explicit ResidentRepository(const Database &database)
        : m_database(database) {}

    /// Up to `limit` residents after `after`, in pinyin order of their names.
    Result<QList<ResidentListEntry>>
    page(const ResidentQuery &query, const std::optional<ResidentPageKey> &after, int limit) const;
    /// The `limit` residents from position `offset` on, in the same order: a jump down the list.
    /// Past the middle of the `total` the query finds, the page is read from the end.
    Result<QList<ResidentListEntry>> pageAt(const ResidentQuery &query, int offset, int limit,
                                            int total) const;
    /// Everyone the query finds; for a search text, at most `countLimit` + 1 (the list then
    /// says "more than 1,000": counting every match of one character costs a scan).
    Result<int> count(const ResidentQuery &query) const;
    static constexpr int countLimit = 1000;
    /// The first page and the count together, as the list asks them per keystroke. A search
    /// text is looked for once: the matches' ids in list order up to the count's limit, then
    /// the page's rows by id — a rare text costs one pass over the residents, not two.
    Result<ResidentFirstPage> firstPage(const ResidentQuery &query, int limit) const;
    /// Everyone the query finds, in list order, each with their household's place, handed to
    /// `each` as the rows are read — one statement, nothing kept: for an export of any size.
    /// `each` returns false to stop early, which is not an error.
    Status forEachWithPlace(const ResidentQuery &query,
                            const std::function<bool(const ResidentWithPlace &)> &each) const;
    Result<Resident> resident(ResidentId id) const;
    /// Everyone on record in the household, present residents first.
    Result<QList<Resident>> members(HouseholdId household) const;
    /// Everyone living in the building now, in pinyin order, with their addresses.
    Result<QList<ResidentListEntry>> livingIn(BuildingId building) const;
    Result<std::optional<IdNumberHolder>> holderOf(const QString &idNumber) const;
    /// Every ID number on record and whose it is: for an import's many lookups at once.
    Result<QHash<QString, ResidentId>> idNumbers() const;
    /// The resident recorded as head of the household now, if any.
    Result<std::optional<Resident>> headOf(HouseholdId household) const;

    static Result<ResidentId> add(const WriteContext &context, const Resident &resident);
    static Status update(const WriteContext &context, const Resident &before,
                         const Resident &after);
    static Status moveOut(const WriteContext &context, const Resident &resident, QDate on);
    static Status remove(const WriteContext &context, const Resident &resident);

private:
    const Database &m_database;
};

} // namespace linli
