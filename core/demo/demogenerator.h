#pragma once

#include "common/result.h"
#include "storage/writecontext.h"

#include <QCoreApplication>
#include <QDateTime>

namespace linli {

class Database;

/// Fills an empty database with a deterministic sample community, dated relative to `now`
/// so that lists of the day are never empty. The `Community` scale is the reference community
/// of domain.md with its neighbours (13 compounds, ~2,000 households); `Street` is a whole
/// sub-district (20 communities, 400 compounds, 60,000 households, ~160,000 residents).
class DemoGenerator final {
    Q_DECLARE_TR_FUNCTIONS(linli::DemoGenerator)
public:
    /// A community; a sub-district of twenty; three sub-districts (sixty communities, ~490,000
    /// residents), for the benchmark to see what grows with the data.
    enum class Scale { Community, Street, District };

    struct Summary {
        int communities = 0;
        int compounds = 0;
        int buildings = 0;
        int households = 0;
        int residents = 0;
        int complaints = 0;
        int cases = 0;
        int pacts = 0;
        int wishes = 0;
    };

    DemoGenerator(Database &database, Scale scale)
        : m_database(database)
        , m_scale(scale) {}
    /// Writes everything dated up to `now`, in one transaction.
    Result<Summary> generate(const QDateTime &now);

private:
    /// The grid worker's account becomes the first grid's worker and sees that grid; the desk's
    /// accounts work in the first community (the administrator and the office head see the
    /// whole: at street scale, the sub-district's twenty communities). Saved as the account
    /// form saves them.
    Status linkAccounts(const WriteContext &context) const;

    Database &m_database;
    Scale m_scale;
};

} // namespace linli
