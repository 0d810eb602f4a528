#include "documents/mediationdocuments.h"

#include "documents/printeddocument.h"
#include "mediation/costsplit.h"
#include "mediation/mediationstatistics.h"

#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace linli {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

} // namespace

QString MediationDocuments::committee(const OfficeIdentity &office) {
    QString name = office.community.isEmpty() ? QStringLiteral("社区") : office.community;
    name.remove(QStringLiteral("居民委员会"));
    return name + QStringLiteral("人民调解委员会");
}

QString MediationDocuments::caseSource(CaseSource source) {
    switch (source) {
    case CaseSource::Application:
        return QStringLiteral("当事人申请");
    case CaseSource::OwnInitiative:
        return QStringLiteral("主动调解");
    case CaseSource::Police:
        return QStringLiteral("公安移送");
    case CaseSource::Court:
        return QStringLiteral("法院委托");
    case CaseSource::Government:
        return QStringLiteral("政府部门交办");
    }
    return {};
}

QString MediationDocuments::avertedName(Averted what) {
    switch (what) {
    case Averted::Criminal:
        return QStringLiteral("防止民间纠纷转化为刑事案件");
    case Averted::Suicide:
        return QStringLiteral("防止民间纠纷引起自杀");
    case Averted::GroupPetition:
        return QStringLiteral("防止群体性上访");
    case Averted::GroupFight:
        return QStringLiteral("防止群体性械斗");
    }
    return {};
}

QString MediationDocuments::partyRole(PartySide side) {
    return side == PartySide::Applicant ? QStringLiteral("申请人") : QStringLiteral("被申请人");
}

QString MediationDocuments::caseType(CaseType type) {
    switch (type) {
    case CaseType::MarriageFamily:
        return QStringLiteral("婚姻家庭纠纷");
    case CaseType::Neighbours:
        return QStringLiteral("邻里纠纷");
    case CaseType::HousingLand:
        return QStringLiteral("房屋宅基地纠纷");
    case CaseType::Contracts:
        return QStringLiteral("合同纠纷");
    case CaseType::Damages:
        return QStringLiteral("损害赔偿纠纷");
    case CaseType::PropertyManagement:
        return QStringLiteral("物业纠纷");
    case CaseType::Labour:
        return QStringLiteral("劳动争议纠纷");
    case CaseType::PipesSeptic:
        return QStringLiteral("管道化粪池纠纷");
    case CaseType::Noise:
        return QStringLiteral("噪音纠纷");
    case CaseType::WaterLeak:
        return QStringLiteral("漏水纠纷");
    case CaseType::Parking:
        return QStringLiteral("停车纠纷");
    case CaseType::Other:
        return QStringLiteral("其他纠纷");
    }
    return {};
}

std::unique_ptr<QTextDocument> MediationDocuments::agreement(const MediationCase &c,
                                                             const Agreement &a,
                                                             const QStringList &mediators,
                                                             const OfficeIdentity &office) {
    return PrintedDocument::fromHtml(agreementBody(c, a, mediators, office));
}

QString MediationDocuments::agreementBody(const MediationCase &c, const Agreement &a,
                                          const QStringList &mediators,
                                          const OfficeIdentity &office) {
    QString html =
        QStringLiteral("<h1>人民调解协议书</h1><p align='right'>编号：%1</p>").arg(esc(c.number));
    html += QStringLiteral("<h2>当事人</h2><table width='100%' cellpadding='3'>");
    for (const Party &p : c.parties) {
        const QString role = partyRole(p.side);
        QStringList details;
        if (!p.address.isEmpty())
            details << QStringLiteral("住址：%1").arg(esc(p.address));
        if (!p.phone.isEmpty())
            details << QStringLiteral("联系电话：%1").arg(esc(p.phone));
        html +=
            QStringLiteral("<tr><td class='label'>%1</td><td>%2%3</td></tr>")
                .arg(role, esc(p.name),
                     details.isEmpty() ? QString()
                                       : QStringLiteral("，") + details.join(QStringLiteral("，")));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h2>纠纷主要事实、争议事项</h2><p>%1</p>").arg(esc(c.facts));
    if (!c.focus.isEmpty())
        html += QStringLiteral("<p>矛盾焦点：%1</p>").arg(esc(c.focus));
    html += QStringLiteral("<h2>经调解，双方自愿达成如下协议</h2><ol>");
    for (const AgreementTerm &term : a.terms) {
        QString line = esc(term.text);
        QStringList performance;
        if (!term.performance.isEmpty())
            performance << esc(term.performance);
        if (term.dueOn.isValid())
            performance
                << QStringLiteral("于%1前履行完毕").arg(PrintedDocument::chineseDate(term.dueOn));
        if (!performance.isEmpty())
            line += QStringLiteral("（履行方式、期限：%1）")
                        .arg(performance.join(QStringLiteral("，")));
        html += QStringLiteral("<li>%1</li>").arg(line);
    }
    html += QStringLiteral("</ol>");
    const int copies = int(c.parties.size()) + 1;
    html += QStringLiteral(
                "<p>本协议自各方当事人签名、人民调解员签名并加盖人民调解委员会印章之日起生效。"
                "本协议书一式%1份，当事人各执一份，人民调解委员会留存一份。</p>")
                .arg(copies);
    html += QStringLiteral("<table width='100%' cellpadding='8'>");
    for (const Party &p : c.parties)
        html += QStringLiteral("<tr><td>%1（签名）：____________　　%2</td></tr>")
                    .arg(partyRole(p.side), esc(p.name));
    html += QStringLiteral("<tr><td>人民调解员（签名）：____________　　%1</td></tr>")
                .arg(esc(mediators.join(QStringLiteral("、"))));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p align='right'>%1（印章）<br>%2</p>")
                .arg(esc(committee(office)), esc(PrintedDocument::chineseDate(a.signedOn)));
    return html;
}

std::unique_ptr<QTextDocument> MediationDocuments::costShareSheet(const MediationCase &c,
                                                                  const CostShare &share,
                                                                  const OfficeIdentity &office,
                                                                  QDate printedOn) {
    bool weighted = false;
    qint64 paid = 0;
    for (const CostSharePart &part : share.parts) {
        weighted = weighted || part.weightHundredths != share.parts.first().weightHundredths;
        if (part.paid)
            paid += part.amountFen;
    }
    QString html = QStringLiteral("<h1>维修费用分摊表</h1><p class='sub'>%1　案件编号：%2</p>")
                       .arg(esc(committee(office)), esc(c.number));
    html += QStringLiteral("<p>事项：%1</p><p>费用总额：%2 元，由以下 %3 户%4分摊。</p>")
                .arg(esc(share.description), CostSplit::yuan(share.totalFen))
                .arg(share.parts.size())
                .arg(weighted ? QStringLiteral("按约定比例") : QStringLiteral("平均"));
    html += QStringLiteral(
                "<table class='grid' border='1' cellspacing='0' cellpadding='4' width='100%'>"
                "<tr><th>序号</th><th>住户</th>%1<th>应摊金额（元）</th><th>缴纳情况</th>"
                "<th>住户签字</th></tr>")
                .arg(weighted ? QStringLiteral("<th>比例</th>") : QString());
    int row = 0;
    for (const CostSharePart &part : share.parts) {
        html +=
            QStringLiteral(
                "<tr><td>%1</td><td>%2</td>%3<td align='right'>%4</td><td>%5</td><td>　</td></tr>")
                .arg(++row)
                .arg(esc(part.address),
                     weighted ? QStringLiteral("<td>%1</td>")
                                    .arg(CostSplit::weightText(part.weightHundredths))
                              : QString(),
                     CostSplit::yuan(part.amountFen),
                     part.paid ? QStringLiteral("已缴") : QStringLiteral("未缴"));
    }
    html +=
        QStringLiteral(
            "<tr><td></td><td>合计</td>%1<td align='right'>%2</td><td>已缴 %3</td><td></td></tr>")
            .arg(weighted ? QStringLiteral("<td></td>") : QString(),
                 CostSplit::yuan(share.totalFen), CostSplit::yuan(paid));
    html += QStringLiteral("</table>");
    html += QStringLiteral(
        "<p class='foot'>各户应摊金额之和等于费用总额；尾差按分摊规则计入相应住户。</p>");
    html += QStringLiteral("<p align='right'>%1<br>%2</p>")
                .arg(esc(committee(office)), esc(PrintedDocument::chineseDate(printedOn)));
    return PrintedDocument::fromHtml(html);
}

std::unique_ptr<QTextDocument>
MediationDocuments::costShareSheets(const MediationCase &mediationCase,
                                    const QList<CostShare> &shares, const OfficeIdentity &office,
                                    QDate printedOn) {
    // A voided share is on the case's record, not on paper.
    QList<CostShare> inForce;
    std::copy_if(shares.cbegin(), shares.cend(), std::back_inserter(inForce),
                 [](const CostShare &share) { return !share.isVoid(); });
    if (inForce.isEmpty())
        return PrintedDocument::fromHtml(QString());
    auto combined = costShareSheet(mediationCase, inForce.first(), office, printedOn);
    for (qsizetype i = 1; i < inForce.size(); ++i) {
        auto next = costShareSheet(mediationCase, inForce.at(i), office, printedOn);
        QTextCursor cursor(combined.get());
        cursor.movePosition(QTextCursor::End);
        QTextBlockFormat pageBreak;
        pageBreak.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.insertBlock(pageBreak);
        cursor.insertFragment(QTextDocumentFragment(next.get()));
    }
    return combined;
}

std::unique_ptr<QTextDocument> MediationDocuments::monthlyStatistics(const MediationStatistics &s,
                                                                     const OfficeIdentity &office,
                                                                     const QString &preparedBy,
                                                                     QDate printedOn) {
    const MediationTally &m = s.thisMonth;
    const MediationTally &y = s.yearToDate;
    const auto rate = [](const MediationTally &t) {
        const auto r = t.successRate();
        return r ? QStringLiteral("%1%").arg(*r * 100, 0, 'f', 1) : QStringLiteral("—");
    };
    const auto median = [](const MediationTally &t) {
        const auto days = t.medianDaysToConclude();
        return days ? QString::number(*days, 'f', days == std::floor(*days) ? 0 : 1)
                    : QStringLiteral("—");
    };
    const auto row = [](const QString &label, const QString &month, const QString &year) {
        return QStringLiteral("<tr><td>%1</td><td align='center'>%2</td>"
                              "<td align='center'>%3</td></tr>")
            .arg(label, month, year);
    };
    const auto number = [&row](const QString &label, int month, int year) {
        return row(label, QString::number(month), QString::number(year));
    };
    const QString head = QStringLiteral(
        "<table class='grid' border='1' cellspacing='0' cellpadding='2' "
        "width='100%'><tr><th width='56%'>%1</th><th>本月</th><th>本年累计</th></tr>");
    QString html =
        QStringLiteral("<h1>人民调解工作统计表</h1>"
                       "<p class='sub'>填报单位（盖章）：%1<br>统计期间：%2年%3月&nbsp;&nbsp;"
                       "本年累计：%2年1月1日至%3月%4日</p>")
            .arg(esc(committee(office)))
            .arg(s.month.year())
            .arg(s.month.month())
            .arg(s.month.daysInMonth());
    const QString indent = QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;");
    html += head.arg(QStringLiteral("调解情况"));
    html += number(QStringLiteral("排查纠纷（次）"), m.screenings, y.screenings);
    html += number(indent + QStringLiteral("排查发现纠纷（件）"), m.found, y.found);
    html += number(QStringLiteral("预防纠纷（件）"), m.prevented, y.prevented);
    html += number(QStringLiteral("受理纠纷（件）"), m.accepted, y.accepted);
    html += number(QStringLiteral("调结纠纷（件）"), m.concluded, y.concluded);
    html += number(QStringLiteral("调解成功（件）"), m.succeeded, y.succeeded);
    html += number(indent + QStringLiteral("其中：书面协议（件）"), m.written, y.written);
    html += number(indent + indent + QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;口头协议（件）"),
                   m.oral, y.oral);
    html += row(QStringLiteral("调解成功率（调解成功件数÷调结件数）"), rate(m), rate(y));
    html += number(QStringLiteral("涉及当事人（人）"), m.parties, y.parties);
    html += row(QStringLiteral("协议涉及金额（元）"), CostSplit::yuan(m.agreedFen),
                CostSplit::yuan(y.agreedFen));
    html += number(QStringLiteral("司法确认（件）"), m.confirmed, y.confirmed);
    for (const Averted what :
         {Averted::Suicide, Averted::Criminal, Averted::GroupPetition, Averted::GroupFight})
        html += number(avertedName(what) + QStringLiteral("（件）"), m.averted.value(what),
                       y.averted.value(what));
    html += row(QStringLiteral("受理至调结天数（中位数）"), median(m), median(y));
    html += QStringLiteral("</table>");

    // The fifteen categories side by side in two halves, so that the form fits one page.
    const QList<OfficialCategory> categories = OfficialCategories::all();
    const qsizetype half = (categories.size() + 1) / 2;
    html += QStringLiteral(
        "<table class='grid' border='1' cellspacing='0' cellpadding='2' width='100%'>"
        "<tr><th width='28%'>受理纠纷类型（件）</th><th>本月</th><th>本年累计</th>"
        "<th width='28%'>受理纠纷类型（件）</th><th>本月</th><th>本年累计</th></tr>");
    const auto cells = [&](qsizetype i) {
        if (i >= categories.size())
            return QStringLiteral("<td></td><td></td><td></td>");
        const OfficialCategory category = categories.at(i);
        return QStringLiteral("<td>%1</td><td align='center'>%2</td><td align='center'>%3</td>")
            .arg(OfficialCategories::name(category))
            .arg(m.acceptedByCategory.value(category))
            .arg(y.acceptedByCategory.value(category));
    };
    for (qsizetype i = 0; i < half; ++i)
        html += QStringLiteral("<tr>%1%2</tr>").arg(cells(i), cells(i + half));
    html += QStringLiteral("</table>");

    // The sources across, a column each, so that the whole form stays on one page.
    const QList<CaseSource> sources = {CaseSource::Application, CaseSource::OwnInitiative,
                                       CaseSource::Police, CaseSource::Court,
                                       CaseSource::Government};
    html += QStringLiteral("<table class='grid' border='1' cellspacing='0' cellpadding='2' "
                           "width='100%'><tr><th width='16%'>纠纷来源（件）</th>");
    for (const CaseSource source : sources)
        html += QStringLiteral("<th>%1</th>").arg(caseSource(source));
    html += QStringLiteral("</tr>");
    for (const auto &[label, tally] :
         {std::pair<QString, const MediationTally *>{QStringLiteral("本月"), &m},
          std::pair<QString, const MediationTally *>{QStringLiteral("本年累计"), &y}}) {
        html += QStringLiteral("<tr><td align='center'>%1</td>").arg(label);
        for (const CaseSource source : sources)
            html += QStringLiteral("<td align='center'>%1</td>")
                        .arg(tally->acceptedBySource.value(source));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral(
        "<p class='foot'>说明：各项按事项发生的月份统计：受理按受理日期，调结按案件结束调解的日期，"
        "调解成功及协议涉及金额按达成协议的日期，司法确认按法院确认的日期，排查、预防纠纷按排查"
        "登记的日期。口头协议指达成协议而未制作书面协议书的案件。纠纷类型按本会在设置中确定的"
        "对应关系归入上列类别。</p>");
    // The sign-off in one table row: kept together, and spaced as the form spaces it.
    html += QStringLiteral("<table width='100%' cellpadding='6'><tr><td>填表人：%1</td>"
                           "<td>负责人：__________</td><td>填报日期：%2</td></tr></table>")
                .arg(preparedBy.isEmpty() ? QStringLiteral("__________") : esc(preparedBy),
                     esc(PrintedDocument::chineseDate(printedOn)));
    return PrintedDocument::fromHtml(html);
}

} // namespace linli
