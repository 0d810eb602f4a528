#include "mediation/mediationlabels.h"

namespace linli {

QString MediationLabels::caseType(CaseType type) {
    switch (type) {
    case CaseType::MarriageFamily:
        return tr("Marriage and family");
    case CaseType::Neighbours:
        return tr("Neighbours");
    case CaseType::HousingLand:
        return tr("Housing and land");
    case CaseType::Contracts:
        return tr("Contracts");
    case CaseType::Damages:
        return tr("Damages");
    case CaseType::PropertyManagement:
        return tr("Property management");
    case CaseType::Labour:
        return tr("Labour");
    case CaseType::PipesSeptic:
        return tr("Pipes and septic");
    case CaseType::Noise:
        return tr("Noise");
    case CaseType::WaterLeak:
        return tr("Water leak");
    case CaseType::Parking:
        return tr("Parking");
    case CaseType::Other:
        return tr("Other");
    }
    return {};
}

QString MediationLabels::officialCategory(OfficialCategory category) {
    switch (category) {
    case OfficialCategory::Marriage:
        return tr("Marriage disputes");
    case OfficialCategory::Family:
        return tr("Family disputes");
    case OfficialCategory::Neighbours:
        return tr("Neighbours' disputes");
    case OfficialCategory::HousingLand:
        return tr("Housing and homestead disputes");
    case OfficialCategory::Contracts:
        return tr("Contract disputes");
    case OfficialCategory::Business:
        return tr("Production and business disputes");
    case OfficialCategory::Damages:
        return tr("Damages disputes");
    case OfficialCategory::Labour:
        return tr("Labour disputes");
    case OfficialCategory::LandForest:
        return tr("Land and forest disputes");
    case OfficialCategory::Demolition:
        return tr("Land requisition and demolition disputes");
    case OfficialCategory::Environment:
        return tr("Environmental pollution disputes");
    case OfficialCategory::Traffic:
        return tr("Road accident disputes");
    case OfficialCategory::Medical:
        return tr("Medical disputes");
    case OfficialCategory::Property:
        return tr("Property management disputes");
    case OfficialCategory::Other:
        return tr("Other disputes");
    }
    return {};
}

QString MediationLabels::source(CaseSource source) {
    switch (source) {
    case CaseSource::Application:
        return tr("A party's application");
    case CaseSource::OwnInitiative:
        return tr("The committee's own initiative");
    case CaseSource::Police:
        return tr("Handed over by the police");
    case CaseSource::Court:
        return tr("Entrusted by a court");
    case CaseSource::Government:
        return tr("Assigned by a government department");
    }
    return {};
}

QString MediationLabels::risk(Risk risk) {
    switch (risk) {
    case Risk::Red:
        return tr("Red: report at once");
    case Risk::Orange:
        return tr("Orange: handle today");
    case Risk::Yellow:
        return tr("Yellow: settle on the spot");
    }
    return {};
}

QString MediationLabels::venue(VenueKind venue) {
    switch (venue) {
    case VenueKind::MediationRoom:
        return tr("Mediation room");
    case VenueKind::OnSite:
        return tr("On site");
    case VenueKind::CouncilHall:
        return tr("Building council hall");
    case VenueKind::Online:
        return tr("Online");
    }
    return {};
}

QString MediationLabels::mediatorKind(MediatorKind kind) {
    switch (kind) {
    case MediatorKind::Cadre:
        return tr("Community cadre");
    case MediatorKind::GridWorker:
        return tr("Grid worker");
    case MediatorKind::Judge:
        return tr("Judge");
    case MediatorKind::Prosecutor:
        return tr("Prosecutor");
    case MediatorKind::PoliceOfficer:
        return tr("Police officer");
    case MediatorKind::Lawyer:
        return tr("Lawyer");
    case MediatorKind::PartyElder:
        return tr("Respected party elder");
    case MediatorKind::Volunteer:
        return tr("Volunteer");
    case MediatorKind::LiaisonUnit:
        return tr("Liaison unit");
    }
    return {};
}

QString MediationLabels::action(CaseAction action) {
    switch (action) {
    case CaseAction::Investigate:
        return tr("Investigate");
    case CaseAction::Mediate:
        return tr("Start mediating");
    case CaseAction::ReachAgreement:
        return tr("Agreement reached…");
    case CaseAction::Fail:
        return tr("No agreement…");
    case CaseAction::Withdraw:
        return tr("Withdrawn…");
    case CaseAction::Refer:
        return tr("Refer…");
    case CaseAction::FollowUp:
        return tr("Follow-up visit…");
    case CaseAction::Close:
        return tr("Close");
    }
    return {};
}

const QList<CaseType> &MediationLabels::caseTypes() {
    static const QList<CaseType> all = {
        CaseType::Neighbours, CaseType::MarriageFamily, CaseType::HousingLand,
        CaseType::Contracts,  CaseType::Damages,        CaseType::PropertyManagement,
        CaseType::Labour,     CaseType::PipesSeptic,    CaseType::Noise,
        CaseType::WaterLeak,  CaseType::Parking,        CaseType::Other};
    return all;
}

} // namespace linli
