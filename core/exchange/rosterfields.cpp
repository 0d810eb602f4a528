#include "exchange/rosterfields.h"

#include "registry/idnumber.h"

#include <QHash>
#include <QRegularExpression>

namespace linli {

namespace {

constexpr int kHeaderSearchRows = 10;

const QHash<QString, RosterField> &aliases() {
    using F = RosterField;
    static const QHash<QString, RosterField> table = [] {
        QHash<QString, RosterField> t;
        auto add = [&t](F field, std::initializer_list<const char16_t *> names) {
            for (const char16_t *name : names)
                t.insert(QString::fromUtf16(name).toLower(), field);
        };
        add(F::Compound,
            {u"小区", u"小区名称", u"小区名", u"院落", u"院落名称", u"所属小区", u"compound"});
        add(F::Building,
            {u"楼栋", u"楼栋号", u"楼号", u"栋", u"栋号", u"幢", u"幢号", u"楼", u"building"});
        add(F::Unit, {u"单元", u"单元号", u"unit"});
        add(F::Room, {u"房号", u"房间号", u"门牌号", u"室", u"房间", u"户室号", u"室号", u"room"});
        add(F::Address, {u"住址", u"地址", u"家庭住址", u"现住址", u"居住地址", u"address"});
        add(F::Name, {u"姓名", u"居民姓名", u"名字", u"name"});
        add(F::Gender, {u"性别", u"gender", u"sex"});
        add(F::IdNumber, {u"身份证号", u"身份证号码", u"公民身份号码", u"证件号码", u"身份证",
                          u"idnumber", u"id"});
        add(F::Phone, {u"手机号", u"手机号码", u"联系电话", u"电话", u"电话号码", u"手机",
                       u"联系方式", u"phone", u"mobile"});
        add(F::Relation, {u"与户主关系", u"关系", u"家庭关系", u"户主关系", u"relation"});
        add(F::PartyMember, {u"党员", u"政治面貌", u"partymember"});
        add(F::BirthDate, {u"出生日期", u"出生年月", u"生日", u"birthdate"});
        add(F::ElderlyAlone, {u"独居老人", u"独居", u"elderlyalone"});
        add(F::Volunteer, {u"志愿者", u"volunteer"});
        add(F::LowIncome, {u"低保", u"低保户", u"lowincome"});
        add(F::Disabled, {u"残疾", u"残疾人", u"disabled"});
        add(F::Notes, {u"备注", u"说明", u"notes", u"remarks"});
        return t;
    }();
    return table;
}

QString headerKey(const QString &header) {
    QString key = toHalfWidth(header).toLower();
    key.remove(QRegularExpression(QStringLiteral("[\\s_:：*（）()]")));
    if (key.startsWith(QStringLiteral("是否")))
        key.remove(0, 2);
    return key;
}

} // namespace

std::optional<int> RosterMapping::columnOf(RosterField field) const {
    const qsizetype at = columns.indexOf(field);
    if (at < 0)
        return std::nullopt;
    return int(at);
}

bool RosterMapping::placeFromParts() const {
    return has(RosterField::Compound) || has(RosterField::Building) || has(RosterField::Room) ||
           !has(RosterField::Address);
}

QList<RosterField> RosterMapping::missing() const {
    QList<RosterField> absent;
    if (!has(RosterField::Name))
        absent.append(RosterField::Name);
    if (placeFromParts()) {
        for (const RosterField part :
             {RosterField::Compound, RosterField::Building, RosterField::Unit, RosterField::Room}) {
            if (!has(part))
                absent.append(part);
        }
    }
    return absent;
}

const QList<RosterField> &RosterFields::all() {
    using F = RosterField;
    static const QList<RosterField> fields = {
        F::Compound,     F::Building,  F::Unit,      F::Room,     F::Address,     F::Name,
        F::Gender,       F::IdNumber,  F::Phone,     F::Relation, F::PartyMember, F::BirthDate,
        F::ElderlyAlone, F::Volunteer, F::LowIncome, F::Disabled, F::Notes};
    return fields;
}

QString RosterFields::label(RosterField field) {
    switch (field) {
    case RosterField::Ignore:
        return tr("(not imported)");
    case RosterField::Compound:
        return tr("Compound");
    case RosterField::Building:
        return tr("Building");
    case RosterField::Unit:
        return tr("Unit");
    case RosterField::Room:
        return tr("Room");
    case RosterField::Address:
        return tr("Whole address");
    case RosterField::Name:
        return tr("Name");
    case RosterField::Gender:
        return tr("Gender");
    case RosterField::IdNumber:
        return tr("ID number");
    case RosterField::Phone:
        return tr("Phone");
    case RosterField::Relation:
        return tr("Relation to head");
    case RosterField::PartyMember:
        return tr("Party member");
    case RosterField::BirthDate:
        return tr("Birth date");
    case RosterField::ElderlyAlone:
        return tr("Elderly living alone");
    case RosterField::Volunteer:
        return tr("Volunteer");
    case RosterField::LowIncome:
        return tr("Low-income");
    case RosterField::Disabled:
        return tr("Disabled");
    case RosterField::Notes:
        return tr("Notes");
    }
    return {};
}

QString RosterFields::templateHeader(RosterField field) {
    switch (field) {
    case RosterField::Ignore:
        return {};
    case RosterField::Compound:
        return QStringLiteral("小区");
    case RosterField::Building:
        return QStringLiteral("楼栋");
    case RosterField::Unit:
        return QStringLiteral("单元");
    case RosterField::Room:
        return QStringLiteral("房号");
    case RosterField::Address:
        return QStringLiteral("住址");
    case RosterField::Name:
        return QStringLiteral("姓名");
    case RosterField::Gender:
        return QStringLiteral("性别");
    case RosterField::IdNumber:
        return QStringLiteral("身份证号");
    case RosterField::Phone:
        return QStringLiteral("联系电话");
    case RosterField::Relation:
        return QStringLiteral("与户主关系");
    case RosterField::PartyMember:
        return QStringLiteral("党员");
    case RosterField::BirthDate:
        return QStringLiteral("出生日期");
    case RosterField::ElderlyAlone:
        return QStringLiteral("独居老人");
    case RosterField::Volunteer:
        return QStringLiteral("志愿者");
    case RosterField::LowIncome:
        return QStringLiteral("低保");
    case RosterField::Disabled:
        return QStringLiteral("残疾");
    case RosterField::Notes:
        return QStringLiteral("备注");
    }
    return {};
}

RosterField RosterFields::forHeader(const QString &header) {
    return aliases().value(headerKey(header), RosterField::Ignore);
}

RosterMapping RosterFields::guess(const Sheet &sheet) {
    RosterMapping best;
    for (qsizetype c = 0; c < sheet.rows.value(0).size(); ++c)
        best.columns.append(RosterField::Ignore);
    int bestMatches = 0;
    const int rows = int(std::min<qsizetype>(sheet.rows.size(), kHeaderSearchRows));
    for (int r = 0; r < rows; ++r) {
        RosterMapping mapping;
        mapping.headerRow = r;
        int matches = 0;
        for (const QString &header : sheet.rows.at(r)) {
            RosterField field = forHeader(header);
            if (field != RosterField::Ignore && mapping.has(field))
                field = RosterField::Ignore;
            if (field != RosterField::Ignore)
                ++matches;
            mapping.columns.append(field);
        }
        if (matches > bestMatches) {
            best = mapping;
            bestMatches = matches;
        }
    }
    // With all four parts present the whole-address column is only for people to read.
    if (best.has(RosterField::Compound) && best.has(RosterField::Building) &&
        best.has(RosterField::Room)) {
        if (const auto address = best.columnOf(RosterField::Address))
            best.columns[*address] = RosterField::Ignore;
    }
    return best;
}

} // namespace linli
