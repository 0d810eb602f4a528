#include "demo/demomediation.h"

#include "mediation/agreementrepository.h"
#include "mediation/casestatemachine.h"
#include "mediation/costsplit.h"
#include "mediation/mediationcodes.h"
#include "mediation/mediationrepository.h"
#include "mediation/screeninglog.h"
#include "roster/dutyroster.h"
#include "storage/statement.h"

namespace linli {

namespace {

struct Dispute {
    CaseType type;
    const char16_t *facts;
    const char16_t *focus;
    const char16_t *term;
    bool sharesCost;
    int amountYuan; ///< the money the agreement settles, when it is not a shared cost
};

constexpr Dispute kDisputes[] = {
    {CaseType::PipesSeptic,
     u"单元化粪池堵塞，污水从一楼地漏返出，一楼住户要求楼上各户共同出资疏通维修。",
     u"疏通及维修费用如何在单元住户间分摊",
     u"由疏通队清掏化粪池并更换破损管段，费用由本单元各户平均分摊", true, 0},
    {CaseType::PipesSeptic, u"单元下水主管道老化破裂，楼下住户墙面渗水，双方对维修责任有争议。",
     u"主管道维修责任及费用承担", u"更换单元下水主管道，费用由本单元各户平均分摊", true, 0},
    {CaseType::WaterLeak, u"楼上卫生间防水层破损，导致楼下住户天花板长期渗水发霉。",
     u"维修责任及楼下住户损失赔偿", u"楼上住户负责重做卫生间防水，并赔偿楼下住户墙面修复费用",
     false, 2600},
    {CaseType::Noise, u"楼上住户夜间经常有拖动桌椅和跑跳声，影响楼下老人休息。",
     u"夜间噪音是否超出正常生活范围", u"楼上住户晚十时后减少走动并铺设地垫，双方互相体谅", false,
     0},
    {CaseType::Neighbours, u"邻居在公共楼道长期堆放鞋柜和杂物，影响通行和消防安全。",
     u"公共空间使用", u"邻居三日内清理楼道杂物，今后遵守楼栋卫生公约", false, 0},
    {CaseType::Parking, u"住户私家车长期停放在单元门口，阻挡老人轮椅进出。", u"单元门口停车",
     u"车主不再在单元门口停车，社区协调划定临时停车位", false, 0},
    {CaseType::PropertyManagement, u"住户对物业公司收取的公共维修费用有异议，拒绝缴纳。",
     u"公共维修费用收取依据", u"物业公司公示维修费用明细，住户按公示金额缴纳", false, 1200},
    {CaseType::MarriageFamily, u"老人与子女因赡养费支付和探望问题发生争执。",
     u"赡养费数额和探望安排", u"子女每月按时支付赡养费，每周至少探望一次", false, 9600},
};

const QString kPeople = QStringLiteral(
    "SELECT r.id AS resident_id, r.name, r.mobile, h.id AS household_id, h.address,"
    " u.id AS unit_id, c.kind FROM residents r"
    " JOIN households h ON h.id = r.household_id JOIN units u ON u.id = h.unit_id"
    " JOIN buildings b ON b.id = u.building_id JOIN compounds c ON c.id = b.compound_id"
    " WHERE c.community_id = :community AND r.relation = 'head' AND r.moved_out_on IS NULL"
    " ORDER BY r.id");
const QString kUnitHouseholds =
    QStringLiteral("SELECT id FROM households WHERE unit_id = :unit ORDER BY id");
const QString kStaff = QStringLiteral("SELECT id, name, role, mobile FROM staff WHERE community_id "
                                      "= 1 AND role IN ('cadre', 'grid_worker')"
                                      " ORDER BY id");
const QString kElders = QStringLiteral("SELECT id, name FROM residents WHERE party_member = 1 AND "
                                       "birth_date < :born_before AND moved_out_on IS NULL"
                                       " ORDER BY id LIMIT 2");
const QString kPrefix =
    QStringLiteral("SELECT value FROM settings WHERE key = 'mediation.number_prefix'");

} // namespace

struct DemoMediation::Person {
    qint64 residentId;
    QString name;
    QString phone;
    qint64 householdId;
    QString address;
    qint64 unitId;
    QString compoundKind;
};

DemoMediation::DemoMediation(const WriteContext &context, QDateTime now,
                             const WorkingCalendar &calendar, bool street)
    : m_context(context)
    , m_now(std::move(now))
    , m_calendar(calendar)
    , m_street(street) {}

Result<QList<DemoMediation::Person>> DemoMediation::people(qint64 community) {
    auto rows = sql::Statement::run(m_context.connection(), kPeople, {{"community", community}});
    if (!rows)
        return rows.status();
    QList<Person> list;
    while (rows->next())
        list.append({rows->integer("resident_id"), rows->text("name"), rows->text("mobile"),
                     rows->integer("household_id"), rows->text("address"), rows->integer("unit_id"),
                     rows->text("kind")});
    if (Status read = rows->status(); !read)
        return read;
    return list;
}

Result<QList<qint64>> DemoMediation::writeTeam() {
    QList<qint64> team;
    auto staff = sql::Statement::run(m_context.connection(), kStaff);
    if (!staff)
        return staff.status();
    QList<Mediator> members;
    while (staff->next()) {
        Mediator m;
        m.staffId = StaffId{staff->integer("id")};
        m.name = staff->text("name");
        m.kind = staff->text("role") == QStringLiteral("grid_worker") ? MediatorKind::GridWorker
                                                                      : MediatorKind::Cadre;
        m.phone = staff->text("mobile");
        m.organisation = QStringLiteral("社区居委会");
        members << m;
    }
    if (Status read = staff->status(); !read)
        return read;
    const Mediator outsiders[] = {
        {{},
         QStringLiteral("陈法官"),
         MediatorKind::Judge,
         QStringLiteral("岳塘区人民法院"),
         QStringLiteral("0731-55551001"),
         QStringLiteral("婚姻家庭、相邻关系"),
         true,
         {},
         {}},
        {{},
         QStringLiteral("周检察官"),
         MediatorKind::Prosecutor,
         QStringLiteral("岳塘区人民检察院"),
         QStringLiteral("0731-55551002"),
         {},
         true,
         {},
         {}},
        {{},
         QStringLiteral("王警官"),
         MediatorKind::PoliceOfficer,
         QStringLiteral("宝塔派出所"),
         QStringLiteral("0731-55551003"),
         QStringLiteral("治安纠纷"),
         true,
         {},
         {}},
        {{},
         QStringLiteral("赵律师"),
         MediatorKind::Lawyer,
         QStringLiteral("湘潭正衡律师事务所"),
         QStringLiteral("13907311234"),
         QStringLiteral("合同、损害赔偿"),
         true,
         {},
         {}},
        {{},
         QStringLiteral("湘电集团社区共建办"),
         MediatorKind::LiaisonUnit,
         QStringLiteral("联点单位"),
         {},
         {},
         true,
         {},
         {}},
    };
    for (const Mediator &m : outsiders)
        members << m;
    auto elders = sql::Statement::run(m_context.connection(), kElders,
                                      {{"born_before", m_now.date().addYears(-65)}});
    if (!elders)
        return elders.status();
    while (elders->next())
        members << Mediator{{},
                            elders->text("name"),
                            MediatorKind::PartyElder,
                            QStringLiteral("老党员"),
                            {},
                            {},
                            true,
                            {},
                            ResidentId{elders->integer("id")}};
    if (Status read = elders->status(); !read)
        return read;
    for (const Mediator &m : std::as_const(members)) {
        auto id = MediationRepository::addMediator(m_context, m);
        if (!id)
            return id.status();
        team << id->value;
    }
    return team;
}

Status DemoMediation::writeScreenings() {
    // Each grid is screened for disputes once a month, the grids in turn through the month;
    // most rounds find a dispute or two, and most of those are settled on the spot.
    auto grids = sql::Statement::run(
        m_context.connection(),
        QStringLiteral("SELECT name FROM grids WHERE community_id = 1 ORDER BY id"));
    if (!grids)
        return grids.status();
    QStringList names;
    while (grids->next())
        names << grids->text("name");
    if (Status read = grids->status(); !read)
        return read;
    for (int monthsBack = 12; monthsBack >= 0; --monthsBack) {
        const QDate month = m_now.date().addMonths(-monthsBack);
        for (qsizetype i = 0; i < names.size(); ++i) {
            QDate day(month.year(), month.month(), int(3 + 5 * i) % 28 + 1);
            while (!m_calendar.isWorkingDay(day))
                day = day.addDays(1);
            if (day >= m_now.date())
                continue;
            DisputeScreening round;
            round.heldOn = day;
            round.area = names.at(i);
            round.found = (day.day() + int(i)) % 4;
            round.prevented = std::max(0, round.found - (day.month() % 3 == 0 ? 1 : 0));
            round.notes = round.found == 0 ? QStringLiteral("未发现矛盾纠纷")
                                           : QStringLiteral("入户走访，当场化解");
            const WriteContext screening(m_context.connection(), m_context.operatorName(),
                                         QDateTime(day, QTime(15, 30)));
            if (auto done = ScreeningLog::insert(screening, CommunityId{1}, round); !done)
                return done.status();
        }
    }
    return Status::success();
}

Result<int> DemoMediation::run() {
    const QSqlDatabase db = m_context.connection();
    // The mediation room's roster: the two duty staff take turns, four weeks back, two ahead.
    auto duty = sql::Statement::run(
        db, QStringLiteral(
                "SELECT id FROM staff WHERE community_id = 1 AND role = 'duty' ORDER BY id"));
    if (!duty)
        return duty.status();
    QList<StaffId> dutyStaff;
    while (duty->next())
        dutyStaff << StaffId{duty->integer("id")};
    if (Status read = duty->status(); !read)
        return read;
    int turn = 0;
    for (QDate day = m_now.date().addDays(-28);
         !dutyStaff.isEmpty() && day <= m_now.date().addDays(14); day = day.addDays(1)) {
        if (!m_calendar.isWorkingDay(day))
            continue;
        if (Status done =
                DutyRoster::setDay(m_context, day, {dutyStaff.at(turn++ % dutyStaff.size())});
            !done)
            return done;
    }
    if (Status done = writeScreenings(); !done)
        return done;
    auto team = writeTeam();
    if (!team)
        return team.status();
    if (team->size() < 4)
        return 0;
    const auto recentPeople = people(1);
    if (!recentPeople)
        return recentPeople.status();
    if (recentPeople->size() < 10)
        return 0;
    const auto prefix = sql::Statement::single(db, kPrefix);
    if (!prefix)
        return prefix.status();
    // The staff lead; outside members join as team.
    const int staffCount = std::max(1, int(team->size()) - 7);
    // A sub-district's older history: in each of its communities, a case every working day from
    // three years ago until a year ago (some 10,000 cases and 30,000 sessions in all).
    if (m_street) {
        auto communities =
            sql::Statement::run(db, QStringLiteral("SELECT id FROM communities ORDER BY id"));
        if (!communities)
            return communities.status();
        QList<QList<Person>> everyone;
        while (communities->next()) {
            const auto list = people(communities->integer("id"));
            if (!list)
                return list.status();
            if (list->size() >= 10)
                everyone << *list;
        }
        if (Status read = communities->status(); !read)
            return read;
        for (QDate day = m_now.date().addDays(-3 * 365); day < m_now.date().addDays(-365);
             day = day.addDays(1)) {
            if (!m_calendar.isWorkingDay(day))
                continue;
            for (const QList<Person> &community : std::as_const(everyone)) {
                const Person &applicant = community.at(below(int(community.size())));
                if (Status done = writeCase(community, applicant, day, prefix->toString(), *team,
                                            staffCount, true);
                    !done)
                    return done;
            }
        }
    }
    // Busier lately, so that today's lists show cases in every state.
    for (QDate day = m_now.date().addDays(-365); day <= m_now.date();
         day = day.addDays(day.daysTo(m_now.date()) < 45 ? 1 + below(2) : 3 + below(4))) {
        if (!m_calendar.isWorkingDay(day))
            continue;
        const Person &applicant = recentPeople->at(below(int(recentPeople->size())));
        // Bookings that ended before this case was accepted cannot clash with its sessions.
        m_bookings.removeIf([&](const Booking &booking) { return booking.end < day.startOfDay(); });
        if (Status done = writeCase(*recentPeople, applicant, day, prefix->toString(), *team,
                                    staffCount, false);
            !done)
            return done;
    }
    return m_written;
}

Status DemoMediation::writeCase(const QList<Person> &people, const Person &applicant, QDate day,
                                const QString &prefix, const QList<qint64> &team, int staffCount,
                                bool history) {
    const QSqlDatabase db = m_context.connection();
    {
        // Septic and pipe disputes come mostly from old and resettlement compounds.
        int disputeIndex = below(int(std::size(kDisputes)));
        if ((applicant.compoundKind == QStringLiteral("old") ||
             applicant.compoundKind == QStringLiteral("resettlement")) &&
            below(100) < 40)
            disputeIndex = below(2);
        const Dispute &dispute = kDisputes[disputeIndex];
        MediationCase c;
        c.acceptedOn = day;
        c.limitOn = day.addMonths(1);
        c.type = dispute.type;
        const int sourceRoll = below(100);
        c.source = sourceRoll < 60   ? CaseSource::Application
                   : sourceRoll < 80 ? CaseSource::OwnInitiative
                   : sourceRoll < 90 ? CaseSource::Police
                   : sourceRoll < 96 ? CaseSource::Court
                                     : CaseSource::Government;
        c.risk = below(100) < 10 ? Risk::Orange : Risk::Yellow;
        c.facts = QString::fromUtf16(dispute.facts);
        c.focus = QString::fromUtf16(dispute.focus);
        c.leadMediator = MediatorId{team.at(below(staffCount))};
        c.team = {c.leadMediator};
        const MediatorId outsider{team.at(staffCount + below(int(team.size()) - staffCount))};
        if (outsider != c.leadMediator)
            c.team << outsider;
        Party first;
        first.side = PartySide::Applicant;
        first.residentId = ResidentId{applicant.residentId};
        first.householdId = HouseholdId{applicant.householdId};
        first.name = applicant.name;
        first.phone = applicant.phone;
        first.address = applicant.address;
        Party second;
        second.side = PartySide::Respondent;
        if (dispute.type == CaseType::PropertyManagement) {
            second.isOrganisation = true;
            second.name = QStringLiteral("物业服务公司");
        } else {
            const Person &other = people.at(below(int(people.size())));
            second.residentId = ResidentId{other.residentId};
            second.householdId = HouseholdId{other.householdId};
            second.name = other.name;
            second.phone = other.phone;
            second.address = other.address;
        }
        c.parties = {first, second};
        // The notice of rights is signed at acceptance; a few of the newest cases still lack it,
        // so that the case file shows what a missing paper looks like.
        if (day.daysTo(m_now.date()) > 6 || below(100) < 60)
            c.rightsNotifiedOn = day;
        const WriteContext accepting(db, m_context.operatorName(), QDateTime(day, QTime(9, 0)));
        auto inserted = MediationRepository::insertCase(accepting, c, prefix);
        if (!inserted)
            return inserted.status();
        ++m_written;
        MediationCase current = *inserted;

        // The case moves on while its steps lie in the past.
        const int age = int(day.daysTo(m_now.date()));
        const int outcomeRoll = below(100);
        QList<CaseAction> path = {CaseAction::Investigate, CaseAction::Mediate};
        if (outcomeRoll < 78)
            path << CaseAction::ReachAgreement;
        else if (outcomeRoll < 88)
            path << CaseAction::Fail;
        else if (outcomeRoll < 94)
            path << CaseAction::Withdraw;
        else
            path << CaseAction::Refer;
        path << CaseAction::FollowUp << CaseAction::Close;
        QDate stepDay = day;
        int sessionsHeld = 0;
        for (const CaseAction action : std::as_const(path)) {
            stepDay = stepDay.addDays(3 + below(8));
            bool past = stepDay < m_now.date() && age > 3;
            const bool outcome = action == CaseAction::ReachAgreement ||
                                 action == CaseAction::Fail || action == CaseAction::Withdraw ||
                                 action == CaseAction::Refer;
            const bool sessionFirst = history ? (action == CaseAction::Investigate ||
                                                 action == CaseAction::Mediate || outcome)
                                              : (action == CaseAction::Mediate ||
                                                 (action == CaseAction::ReachAgreement && past));
            if (sessionFirst) {
                // A session before mediating and before the outcome, at the first free slot.
                Booking wanted;
                wanted.start = QDateTime(stepDay, QTime(0, 0));
                wanted.end = wanted.start.addSecs(3600 + 1800 * below(3));
                for (const MediatorId m : std::as_const(current.team))
                    wanted.mediators.insert(m.value);
                for (const Party &p : std::as_const(current.parties))
                    wanted.parties.insert(p.id.value);
                const bool onSite =
                    current.type == CaseType::PipesSeptic || current.type == CaseType::WaterLeak;
                wanted.venue = onSite ? Venue{VenueKind::OnSite, first.address}
                                      : Venue{VenueKind::MediationRoom, {}};
                QDate sessionDay = stepDay;
                while (history && !m_calendar.isWorkingDay(sessionDay))
                    sessionDay = sessionDay.addDays(1);
                const auto slots =
                    history ? QList<QDateTime>{QDateTime(sessionDay,
                                                         QTime(9, 0).addSecs(1800 * below(14)))}
                            : SessionScheduler::freeSlots(wanted, m_bookings,
                                                          QDateTime(stepDay, QTime(8, 0)),
                                                          m_calendar, 1);
                if (!slots.isEmpty()) {
                    Session s;
                    s.caseId = current.id;
                    s.start = slots.first();
                    s.end = s.start.addSecs(wanted.start.secsTo(wanted.end));
                    s.venue = wanted.venue;
                    s.purpose = sessionsHeld == 0 ? QStringLiteral("了解情况，听取双方意见")
                                                  : QStringLiteral("协商解决方案");
                    s.mediators = current.team;
                    for (const Party &p : std::as_const(current.parties))
                        s.parties << p.id;
                    if (onSite && sessionsHeld == 0)
                        s.others.append(
                            {QStringLiteral("管道维修师傅"), QStringLiteral("查找堵塞点")});
                    const WriteContext booking(db, m_context.operatorName(),
                                               QDateTime(day, QTime(10, 0)));
                    auto session = MediationRepository::insertSession(booking, s);
                    if (!session)
                        return session.status();
                    wanted.id = *session;
                    wanted.start = s.start;
                    wanted.end = s.end;
                    if (!history)
                        m_bookings << wanted;
                    // What follows the session happens on its day or later.
                    stepDay = std::max(stepDay, s.start.date());
                    past = stepDay < m_now.date() && age > 3;
                    if (s.end < m_now) {
                        Session held = s;
                        held.id = *session;
                        held.record = QStringLiteral("调解员介绍人民调解的性质和当事人的权利义务。"
                                                     "申请人陈述：%1被申请人陈述了自己的意见。"
                                                     "调解员就%2进行了释法说理。")
                                          .arg(current.facts, current.focus);
                        held.result = sessionsHeld == 0 ? QStringLiteral("查明事实，约定再次调解")
                                                        : QStringLiteral("双方初步同意调解方案");
                        if (Status done = MediationRepository::updateSession(booking, s, held);
                            !done)
                            return done;
                    }
                    ++sessionsHeld;
                }
            }
            if (!past)
                break;
            auto nextState = CaseStateMachine::next(current.state, action);
            if (!nextState)
                break;
            MediationCase after = current;
            after.state = *nextState;
            QString note;
            if (action == CaseAction::ReachAgreement) {
                note = QString::fromUtf16(dispute.term);
                after.outcome = note;
                Agreement agreement;
                agreement.caseId = current.id;
                agreement.signedOn = stepDay;
                agreement.terms = {
                    {note, QStringLiteral("双方自愿履行，社区跟踪落实"), stepDay.addDays(10)},
                    {QStringLiteral("双方今后互谅互让，和睦相处"), {}, {}}};
                const WriteContext signing(db, m_context.operatorName(),
                                           QDateTime(stepDay, QTime(11, 0)));
                // A shared repair settles what it costs; its amount is drawn here, before the
                // agreement names it.
                const qint64 sharedFen =
                    dispute.sharesCost ? 80000 + 10 * qint64(below(42000)) : 0; // 800 to 5,000
                agreement.amountFen =
                    dispute.sharesCost ? sharedFen : qint64(dispute.amountYuan) * 100;
                // Now and then the parties have a court confirm an agreement with money in it,
                // two weeks or so after signing.
                if (agreement.amountFen > 0 && current.id.value % 6 == 0 &&
                    stepDay.addDays(15) <= m_now.date()) {
                    agreement.confirmedOn = stepDay.addDays(15);
                    agreement.confirmedBy = QStringLiteral("湘潭市岳塘区人民法院");
                }
                if (Status done = AgreementRepository::saveAgreement(signing, agreement); !done)
                    return done;
                if (dispute.sharesCost) {
                    auto households =
                        sql::Statement::run(db, kUnitHouseholds, {{"unit", applicant.unitId}});
                    if (!households)
                        return households.status();
                    CostShare share;
                    share.caseId = current.id;
                    share.description = QStringLiteral("疏通化粪池及维修管道");
                    share.totalFen = sharedFen;
                    QList<HouseholdId> ids;
                    while (households->next())
                        ids << HouseholdId{households->integer("id")};
                    if (Status read = households->status(); !read)
                        return read;
                    const auto parts = CostSplit::equally(share.totalFen, int(ids.size()));
                    if (!parts)
                        return parts.status();
                    for (qsizetype i = 0; i < ids.size(); ++i)
                        share.parts.append({ids.at(i), {}, 100, parts->at(i), false});
                    auto shareId = AgreementRepository::insertCostShare(signing, share);
                    if (!shareId)
                        return shareId.status();
                    if (age > 30) {
                        for (const CostSharePart &part : std::as_const(share.parts)) {
                            if (below(100) < 85) {
                                if (Status done = AgreementRepository::setPaid(
                                        signing, *shareId, part.household, true);
                                    !done)
                                    return done;
                            }
                        }
                    }
                }
            } else if (action == CaseAction::Fail) {
                note = QStringLiteral("双方分歧较大，未能达成协议，告知当事人可通过诉讼途径解决");
                after.outcome = note;
            } else if (action == CaseAction::Withdraw) {
                note = QStringLiteral("申请人自行与对方和解，撤回调解申请");
                after.outcome = note;
            } else if (action == CaseAction::Refer) {
                note = QStringLiteral("涉及法律关系复杂，引导当事人向人民法院起诉");
                after.outcome = note;
            } else if (action == CaseAction::FollowUp) {
                const WriteContext visiting(db, m_context.operatorName(),
                                            QDateTime(stepDay, QTime(15, 0)));
                const CaseFollowUp visit{stepDay, below(100) < 92,
                                         QStringLiteral("回访当事人，了解协议履行情况")};
                if (Status done = AgreementRepository::insertFollowUp(visiting, current.id, visit);
                    !done)
                    return done;
                note = visit.carriedOut ? QStringLiteral("协议已履行")
                                        : QStringLiteral("协议部分履行，继续跟进");
            } else if (action == CaseAction::Close) {
                after.closedOn = stepDay;
                // A quarrel that had come to threats, settled before it turned criminal; a
                // dispute of many households settled before they went to petition together.
                const bool heated =
                    current.risk == Risk::Orange && path.contains(CaseAction::ReachAgreement);
                after.setAverted(Averted::Criminal, heated && !dispute.sharesCost);
                after.setAverted(Averted::GroupPetition, heated && dispute.sharesCost);
            }
            const WriteContext acting(db, m_context.operatorName(),
                                      QDateTime(stepDay, QTime(16, 0)));
            if (Status done = MediationRepository::updateCase(acting, current, after,
                                                              codes::caseAction(action), note);
                !done)
                return done;
            current = after;
        }
    }
    return Status::success();
}

} // namespace linli
