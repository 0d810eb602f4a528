#pragma once

#include "common/result.h"
#include "storage/writecontext.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace linli {

/// Optimistic concurrency for records staff edit in forms: each such row carries a version that
/// every change raises. A form saves only over the version it was opened with, so of two desks
/// editing the same record the second is refused — told who changed it — instead of silently
/// overwriting the first.
class RowVersion final {
    Q_DECLARE_TR_FUNCTIONS(linli::RowVersion)
public:
    /// Success when row `id` of `table` is still at `expected`. Version 0 means the caller never
    /// read the row (an import, the command line) and is not checked. `table` and `entity` are
    /// names from code, never input.
    static Status check(const WriteContext &context, const QString &table, const QString &entity,
                        qint64 id, int expected);
    /// The refusal of a save over a record another desk changed first, naming who did and when
    /// from the last audit entry of `entity` `id`. For records checked another way than by a
    /// version column (the office's settings, compared field by field).
    static Status changedFirst(const WriteContext &context, const QString &entity, qint64 id);
    /// As above for a record whose fields are audited separately (the settings): names who last
    /// changed a field whose audited key starts with `key`, not whoever saved any other field.
    /// Worded for the settings pages, which show what is saved again after a refusal.
    static Status changedFirst(const WriteContext &context, const QString &entity, qint64 id,
                               const QString &key);

    /// Who last changed `entity` `id`, and when, from the audit log; none when it names nobody.
    struct Change {
        QString who;
        QDateTime at;
    };
    static Result<std::optional<Change>> lastChange(const WriteContext &context,
                                                    const QString &entity, qint64 id);

    /// The record read inside a write by `read(id)`, refused (see check) when another desk
    /// changed it since the version `seen` carries.
    template<typename Ref, typename Read>
    static auto readAsSeen(const WriteContext &context, const QString &table, const QString &entity,
                           const Ref &seen, Read read) -> decltype(read(seen.id)) {
        if (Status fresh = check(context, table, entity, seen.id.value, seen.version); !fresh)
            return fresh;
        return read(seen.id);
    }
};

/// A record as a desk saw it: its id, and the version it read (0: the caller never read the
/// record — an import, the command line — and is not checked).
template<typename Id> struct Seen {
    Id id;
    int version = 0;
    Seen(Id record) // NOLINT: an id alone is a reference without a version
        : id(record) {}
    template<typename Record>
    requires requires(const Record &r) {
        r.id;
        r.version;
    }
    Seen(const Record &seen) // NOLINT: as the desk saw it
        : id(seen.id)
        , version(seen.version) {}
};

} // namespace linli
