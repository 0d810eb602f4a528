#pragma once

#include "common/strongid.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace linli {

using MediatorId = StrongId<struct MediatorTag>;
using CaseId = StrongId<struct CaseTag>;
using PartyId = StrongId<struct PartyTag>;
using SessionId = StrongId<struct SessionTag>;

/// Who sits on the joint mediation team (联调队伍).
enum class MediatorKind {
    Cadre,
    GridWorker,
    Judge,
    Prosecutor,
    PoliceOfficer,
    Lawyer,
    PartyElder,
    Volunteer,
    LiaisonUnit
};

struct Mediator {
    MediatorId id;
    QString name;
    MediatorKind kind = MediatorKind::Cadre;
    QString organisation;
    QString phone;
    QString specialties;
    bool active = true;
    StaffId staffId;       ///< set when the mediator is on the office's staff
    ResidentId residentId; ///< set when the mediator lives in the community (for recusal)
};

/// The people's-mediation categories, and local ones.
enum class CaseType {
    MarriageFamily,
    Neighbours,
    HousingLand,
    Contracts,
    Damages,
    PropertyManagement,
    Labour,
    PipesSeptic,
    Noise,
    WaterLeak,
    Parking,
    Other
};

/// How the case reached the committee, as the mediation registers record it.
enum class CaseSource { Application, OwnInitiative, Police, Court, Government };

/// red: report at once; orange: handle today; yellow: settle on the spot.
enum class Risk { Red, Orange, Yellow };

enum class CaseState {
    Accepted,
    Investigating,
    Mediating,
    AgreementReached,
    NoAgreement,
    Withdrawn,
    Referred,
    FollowedUp,
    Closed
};

enum class CaseAction {
    Investigate,
    Mediate,
    ReachAgreement,
    Fail,
    Withdraw,
    Refer,
    FollowUp,
    Close
};

enum class PartySide { Applicant, Respondent };

/// A party: a registered resident, a household, or an organisation — with contact.
struct Party {
    PartyId id;
    PartySide side = PartySide::Applicant;
    ResidentId residentId;
    HouseholdId householdId;
    QString name; ///< the person's or the organisation's name
    QString phone;
    QString address;
    bool isOrganisation = false;
};

enum class VenueKind { MediationRoom, OnSite, CouncilHall, Online };

struct Venue {
    VenueKind kind = VenueKind::MediationRoom;
    QString place; ///< the address on site, or which council hall
};

} // namespace linli

namespace linli {

/// What mediation kept a dispute from turning into, as the statistics form counts it.
enum class Averted {
    Criminal,      ///< a criminal case (防止民转刑)
    Suicide,       ///< a suicide (防止民间纠纷引起自杀)
    GroupPetition, ///< a group petition (防止群体性上访)
    GroupFight,    ///< a group fight (防止群体性械斗)
};
inline constexpr std::array<Averted, 4> kEveryAverted = {
    Averted::Criminal, Averted::Suicide, Averted::GroupPetition, Averted::GroupFight};

struct MediationCase {
    CaseId id;
    int year = 0;
    int sequence = 0;
    QString number; ///< （2025）红调字第012号, fixed when the case is accepted
    QDate acceptedOn;
    CaseType type = CaseType::Neighbours;
    CaseSource source = CaseSource::Application;
    qint64 complaintId = 0; ///< the complaint it came from, if any
    Risk risk = Risk::Yellow;
    QString facts;
    QString focus; ///< 矛盾焦点
    MediatorId leadMediator;
    QList<MediatorId> team;
    /// Office staff on the team who are not mediators yet: each becomes one in the same save
    /// that opens the case. `leadStaff` names the lead when the lead is one of them.
    QList<Mediator> joining;
    StaffId leadStaff;
    QList<Party> parties;
    CaseState state = CaseState::Accepted;
    QDate limitOn; ///< the one-month limit, moved only with both parties' consent
    QString outcome;
    QDate closedOn;
    QDate rightsNotifiedOn; ///< the parties signed the notice of their rights and duties
    CommunityId community;  ///< the community whose committee handles it
    int version = 0;        ///< raised by every change (RowVersion)

    /// Whether mediation kept the dispute from turning into `what`.
    bool averted(Averted what) const { return m_averted.at(std::size_t(what)); }
    void setAverted(Averted what, bool yes) { m_averted.at(std::size_t(what)) = yes; }

    /// Still open after its time limit.
    bool isOverLimit(QDate today) const;

private:
    std::array<bool, kEveryAverted.size()> m_averted{};
};

/// One step in a case's history: accepted, moved on, limit extended, lead replaced.
struct CaseEvent {
    QDateTime at;
    QString operatorName;
    QString action; ///< the stored code: accept, investigate, extend, replace_lead…
    CaseState from = CaseState::Accepted;
    CaseState to = CaseState::Accepted;
    QString note;
};

struct Session {
    SessionId id;
    CaseId caseId;
    QDateTime start;
    QDateTime end;
    Venue venue;
    QString purpose;
    QList<MediatorId> mediators;
    /// Office staff booked who are not mediators yet: each becomes one in the same save that
    /// books the session.
    QList<Mediator> joining;
    QList<PartyId> parties;
    QList<std::pair<QString, QString>> others; ///< name and role: a plumber, a witness
    QString record;                            ///< 调解笔录, written afterwards
    QString result;
    bool cancelled = false;
    int version = 0; ///< raised by every change (RowVersion)
};

} // namespace linli
