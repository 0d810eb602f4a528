#include "mediation/mediationcodes.h"

#include "common/codetable.h"

namespace linli::codes {

namespace {

constexpr CodeTable<MediatorKind, 9> kKinds = {{
    {MediatorKind::Cadre, u"cadre"},
    {MediatorKind::GridWorker, u"grid_worker"},
    {MediatorKind::Judge, u"judge"},
    {MediatorKind::Prosecutor, u"prosecutor"},
    {MediatorKind::PoliceOfficer, u"police"},
    {MediatorKind::Lawyer, u"lawyer"},
    {MediatorKind::PartyElder, u"party_elder"},
    {MediatorKind::Volunteer, u"volunteer"},
    {MediatorKind::LiaisonUnit, u"liaison"},
}};

constexpr CodeTable<CaseType, 12> kTypes = {{
    {CaseType::Neighbours, u"neighbours"},
    {CaseType::MarriageFamily, u"marriage_family"},
    {CaseType::HousingLand, u"housing_land"},
    {CaseType::Contracts, u"contracts"},
    {CaseType::Damages, u"damages"},
    {CaseType::PropertyManagement, u"property_management"},
    {CaseType::Labour, u"labour"},
    {CaseType::PipesSeptic, u"pipes_septic"},
    {CaseType::Noise, u"noise"},
    {CaseType::WaterLeak, u"water_leak"},
    {CaseType::Parking, u"parking"},
    {CaseType::Other, u"other"},
}};

constexpr CodeTable<CaseSource, 5> kSources = {{
    {CaseSource::Application, u"application"},
    {CaseSource::OwnInitiative, u"own_initiative"},
    {CaseSource::Police, u"police"},
    {CaseSource::Court, u"court"},
    {CaseSource::Government, u"government"},
}};

constexpr CodeTable<Risk, 3> kRisks = {{
    {Risk::Yellow, u"yellow"},
    {Risk::Orange, u"orange"},
    {Risk::Red, u"red"},
}};

constexpr CodeTable<CaseState, 9> kStates = {{
    {CaseState::Accepted, u"accepted"},
    {CaseState::Investigating, u"investigating"},
    {CaseState::Mediating, u"mediating"},
    {CaseState::AgreementReached, u"agreement_reached"},
    {CaseState::NoAgreement, u"no_agreement"},
    {CaseState::Withdrawn, u"withdrawn"},
    {CaseState::Referred, u"referred"},
    {CaseState::FollowedUp, u"followed_up"},
    {CaseState::Closed, u"closed"},
}};

constexpr CodeTable<CaseAction, 8> kActions = {{
    {CaseAction::Investigate, u"investigate"},
    {CaseAction::Mediate, u"mediate"},
    {CaseAction::ReachAgreement, u"reach_agreement"},
    {CaseAction::Fail, u"fail"},
    {CaseAction::Withdraw, u"withdraw"},
    {CaseAction::Refer, u"refer"},
    {CaseAction::FollowUp, u"follow_up"},
    {CaseAction::Close, u"close"},
}};

constexpr CodeTable<PartySide, 2> kSides = {{
    {PartySide::Applicant, u"applicant"},
    {PartySide::Respondent, u"respondent"},
}};

constexpr CodeTable<VenueKind, 4> kVenues = {{
    {VenueKind::MediationRoom, u"room"},
    {VenueKind::OnSite, u"on_site"},
    {VenueKind::CouncilHall, u"council_hall"},
    {VenueKind::Online, u"online"},
}};

} // namespace

QString mediatorKind(MediatorKind value) {
    return toCode(kKinds, value);
}
MediatorKind mediatorKindFrom(const QString &code) {
    return fromCode(kKinds, code);
}
QString caseType(CaseType value) {
    return toCode(kTypes, value);
}
CaseType caseTypeFrom(const QString &code) {
    return fromCode(kTypes, code);
}
QList<CaseType> caseTypes() {
    QList<CaseType> types;
    for (const auto &[type, code] : kTypes)
        types << type;
    return types;
}
QString caseSource(CaseSource value) {
    return toCode(kSources, value);
}
CaseSource caseSourceFrom(const QString &code) {
    return fromCode(kSources, code);
}
QString risk(Risk value) {
    return toCode(kRisks, value);
}
Risk riskFrom(const QString &code) {
    return fromCode(kRisks, code);
}
QString caseState(CaseState value) {
    return toCode(kStates, value);
}
CaseState caseStateFrom(const QString &code) {
    return fromCode(kStates, code);
}
QString caseAction(CaseAction value) {
    return toCode(kActions, value);
}
const char *avertedColumn(Averted value) {
    switch (value) {
    case Averted::Criminal:
        return "averted_criminal";
    case Averted::Suicide:
        return "averted_suicide";
    case Averted::GroupPetition:
        return "averted_group_petition";
    case Averted::GroupFight:
        return "averted_group_fight";
    }
    return "averted_criminal";
}
QString averted(Averted value) {
    return QString::fromLatin1(avertedColumn(value));
}
QString partySide(PartySide value) {
    return toCode(kSides, value);
}
PartySide partySideFrom(const QString &code) {
    return fromCode(kSides, code);
}
QString venueKind(VenueKind value) {
    return toCode(kVenues, value);
}
VenueKind venueKindFrom(const QString &code) {
    return fromCode(kVenues, code);
}

} // namespace linli::codes
