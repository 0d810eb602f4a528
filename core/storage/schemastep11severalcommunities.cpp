#include "storage/schemasteps.h"

namespace linli {

namespace {

// The community of the first place a record names, else the database's first community (a
// database from before this step holds one community, or all its records were that one's).
QString fillFrom(const QString &table, const QString &placeOf) {
    return QStringLiteral("UPDATE %1 SET community_id = coalesce(%2,"
                          " (SELECT min(id) FROM communities))")
        .arg(table, placeOf);
}

const QString kCompoundOfBuilding = QStringLiteral(
    "(SELECT c.community_id FROM buildings b JOIN compounds c ON c.id = b.compound_id"
    " WHERE b.id = %1)");
const QString kCompoundOfHousehold = QStringLiteral(
    "(SELECT c.community_id FROM households h JOIN units u ON u.id = h.unit_id"
    " JOIN buildings b ON b.id = u.building_id JOIN compounds c ON c.id = b.compound_id"
    " WHERE h.id = %1)");
const QString kCompoundOfResident = QStringLiteral(
    "(SELECT c.community_id FROM residents r JOIN households h ON h.id = r.household_id"
    " JOIN units u ON u.id = h.unit_id JOIN buildings b ON b.id = u.building_id"
    " JOIN compounds c ON c.id = b.compound_id WHERE r.id = %1)");

} // namespace

// Version 11: several communities in one database (a sub-district's, on the server engine).
// Compounds, staff and grids had their community from the start; now so do the records that
// are not tied to a place — complaints, mediation cases and the mediators, wishes, events and
// the station's items — and the accounts: an account with a community works in it alone; one
// without works for the whole sub-district.
QStringList step11SeveralCommunities() {
    QStringList statements;
    for (const char *table : {"complaints", "mediation_cases", "mediators", "wishes", "events",
                              "station_items", "accounts"})
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN community_id INTEGER"
                                     " REFERENCES communities (id)")
                          .arg(QLatin1String(table));
    statements << fillFrom(QStringLiteral("complaints"),
                           QStringLiteral("(SELECT community_id FROM compounds"
                                          " WHERE id = complaints.compound_id), ") +
                               kCompoundOfBuilding.arg(QStringLiteral("complaints.building_id")) +
                               QStringLiteral(", ") +
                               kCompoundOfHousehold.arg(QStringLiteral("complaints.household_id")))
               << fillFrom(QStringLiteral("mediation_cases"),
                           QStringLiteral("(SELECT min(c.community_id) FROM case_parties p"
                                          " JOIN households h ON h.id = p.household_id"
                                          " JOIN units u ON u.id = h.unit_id"
                                          " JOIN buildings b ON b.id = u.building_id"
                                          " JOIN compounds c ON c.id = b.compound_id"
                                          " WHERE p.case_id = mediation_cases.id)"))
               << fillFrom(QStringLiteral("mediators"),
                           QStringLiteral("(SELECT community_id FROM staff"
                                          " WHERE id = mediators.staff_id), ") +
                               kCompoundOfResident.arg(QStringLiteral("mediators.resident_id")))
               << fillFrom(QStringLiteral("wishes"),
                           kCompoundOfBuilding.arg(QStringLiteral("wishes.building_id")) +
                               QStringLiteral(", ") +
                               kCompoundOfResident.arg(QStringLiteral("wishes.resident_id")))
               << fillFrom(QStringLiteral("events"), QStringLiteral("NULL"))
               << fillFrom(QStringLiteral("station_items"), kCompoundOfResident.arg(QStringLiteral(
                                                                "station_items.donor_resident_id")))
               // The lists a community desk reads, newest first within its community.
               << QStringLiteral("CREATE INDEX complaints_community"
                                 " ON complaints (community_id, received_at)")
               << QStringLiteral("CREATE INDEX mediation_cases_community"
                                 " ON mediation_cases (community_id, accepted_on)")
               // The open wishes' count reads this index alone, with or without a community.
               << QStringLiteral("DROP INDEX wishes_state")
               << QStringLiteral(
                      "CREATE INDEX wishes_state ON wishes (state, building_id, community_id)");
    return statements;
}

// The same step as PostgreSQL runs it: written out from the SQLite text above by the rules the
// server needs (see schemasteps.h), and released with it.
QStringList step11SeveralCommunitiesOnPostgres() {
    return {
        QStringLiteral(
            "ALTER TABLE complaints ADD COLUMN community_id BIGINT REFERENCES communities (id)"),
        QStringLiteral("ALTER TABLE mediation_cases ADD COLUMN community_id BIGINT REFERENCES "
                       "communities (id)"),
        QStringLiteral(
            "ALTER TABLE mediators ADD COLUMN community_id BIGINT REFERENCES communities (id)"),
        QStringLiteral(
            "ALTER TABLE wishes ADD COLUMN community_id BIGINT REFERENCES communities (id)"),
        QStringLiteral(
            "ALTER TABLE events ADD COLUMN community_id BIGINT REFERENCES communities (id)"),
        QStringLiteral(
            "ALTER TABLE station_items ADD COLUMN community_id BIGINT REFERENCES communities (id)"),
        QStringLiteral(
            "ALTER TABLE accounts ADD COLUMN community_id BIGINT REFERENCES communities (id)"),
        QStringLiteral(
            "UPDATE complaints SET community_id = coalesce((SELECT community_id FROM compounds "
            "WHERE id = complaints.compound_id), (SELECT c.community_id FROM buildings b JOIN "
            "compounds c ON c.id = b.compound_id WHERE b.id = complaints.building_id), (SELECT "
            "c.community_id FROM households h JOIN units u ON u.id = h.unit_id JOIN buildings b ON "
            "b.id = u.building_id JOIN compounds c ON c.id = b.compound_id WHERE h.id = "
            "complaints.household_id), (SELECT min(id) FROM communities))"),
        QStringLiteral("UPDATE mediation_cases SET community_id = coalesce((SELECT "
                       "min(c.community_id) FROM case_parties p JOIN households h ON h.id = "
                       "p.household_id JOIN units u ON u.id = h.unit_id JOIN buildings b ON b.id = "
                       "u.building_id JOIN compounds c ON c.id = b.compound_id WHERE p.case_id = "
                       "mediation_cases.id), (SELECT min(id) FROM communities))"),
        QStringLiteral(
            "UPDATE mediators SET community_id = coalesce((SELECT community_id FROM staff WHERE id "
            "= mediators.staff_id), (SELECT c.community_id FROM residents r JOIN households h ON "
            "h.id = r.household_id JOIN units u ON u.id = h.unit_id JOIN buildings b ON b.id = "
            "u.building_id JOIN compounds c ON c.id = b.compound_id WHERE r.id = "
            "mediators.resident_id), (SELECT min(id) FROM communities))"),
        QStringLiteral(
            "UPDATE wishes SET community_id = coalesce((SELECT c.community_id FROM buildings b "
            "JOIN compounds c ON c.id = b.compound_id WHERE b.id = wishes.building_id), (SELECT "
            "c.community_id FROM residents r JOIN households h ON h.id = r.household_id JOIN units "
            "u ON u.id = h.unit_id JOIN buildings b ON b.id = u.building_id JOIN compounds c ON "
            "c.id = b.compound_id WHERE r.id = wishes.resident_id), (SELECT min(id) FROM "
            "communities))"),
        QStringLiteral(
            "UPDATE events SET community_id = coalesce(NULL, (SELECT min(id) FROM communities))"),
        QStringLiteral("UPDATE station_items SET community_id = coalesce((SELECT c.community_id "
                       "FROM residents r JOIN households h ON h.id = r.household_id JOIN units u "
                       "ON u.id = h.unit_id JOIN buildings b ON b.id = u.building_id JOIN "
                       "compounds c ON c.id = b.compound_id WHERE r.id = "
                       "station_items.donor_resident_id), (SELECT min(id) FROM communities))"),
        QStringLiteral(
            "CREATE INDEX complaints_community ON complaints (community_id, received_at)"),
        QStringLiteral("CREATE INDEX mediation_cases_community ON mediation_cases (community_id, "
                       "accepted_on)"),
        QStringLiteral("DROP INDEX wishes_state"),
        QStringLiteral("CREATE INDEX wishes_state ON wishes (state, building_id, community_id)"),
    };
}

} // namespace linli
