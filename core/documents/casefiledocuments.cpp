#include "documents/casefiledocuments.h"

#include "documents/mediationdocuments.h"
#include "documents/printeddocument.h"
#include "mediation/mediationservice.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>

namespace linli {

namespace {

using Source = CaseFileDocuments::Source;

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

// Keeps the writer's line breaks in a record typed into a text box.
QString paragraphs(const QString &text) {
    return esc(text).replace(u'\n', QStringLiteral("<br>"));
}

QString date(QDate day) {
    return day.isValid() ? PrintedDocument::chineseDate(day) : QStringLiteral("____年__月__日");
}

QString riskName(Risk risk) {
    switch (risk) {
    case Risk::Red:
        return QStringLiteral("红色（立即上报）");
    case Risk::Orange:
        return QStringLiteral("橙色（当日处置）");
    case Risk::Yellow:
        return QStringLiteral("黄色（就地化解）");
    }
    return {};
}

QString venueName(const Venue &venue) {
    QString name;
    switch (venue.kind) {
    case VenueKind::MediationRoom:
        name = QStringLiteral("人民调解室");
        break;
    case VenueKind::OnSite:
        name = QStringLiteral("现场");
        break;
    case VenueKind::CouncilHall:
        name = QStringLiteral("楼栋议事厅");
        break;
    case VenueKind::Online:
        name = QStringLiteral("线上");
        break;
    }
    return venue.place.isEmpty() ? name : name + QStringLiteral("（%1）").arg(venue.place);
}

QString outcomeName(const CaseFile::Contents &contents) {
    QList<CaseState> path;
    for (const CaseEvent &event : contents.events)
        path << event.to;
    path << contents.mediationCase.state;
    if (path.contains(CaseState::AgreementReached))
        return QStringLiteral("调解成功，达成协议");
    if (path.contains(CaseState::Referred))
        return QStringLiteral("移送或引导至其他途径处理");
    if (path.contains(CaseState::Withdrawn))
        return QStringLiteral("当事人撤回调解申请");
    if (path.contains(CaseState::NoAgreement))
        return QStringLiteral("调解不成");
    return QStringLiteral("尚未结束调解");
}

QStringList mediatorsOf(const Source &source, const QList<MediatorId> &ids) {
    QStringList names;
    const MediatorId lead = source.contents.mediationCase.leadMediator;
    if (ids.contains(lead))
        names << source.mediatorNames.value(lead.value);
    for (const MediatorId id : ids) {
        if (id != lead)
            names << source.mediatorNames.value(id.value);
    }
    return names;
}

QString partiesLine(const MediationCase &c) {
    QStringList parties;
    for (const Party &p : c.parties)
        parties << MediationDocuments::partyRole(p.side) + QStringLiteral("：") + esc(p.name);
    return parties.join(QStringLiteral("；"));
}

QString header(const QString &title, const Source &source, const QString &anchor) {
    // The anchor lets the bound file find where each paper begins.
    const QString heading = anchor.isEmpty()
                                ? esc(title)
                                : QStringLiteral("<a name='%1'>%2</a>").arg(anchor, esc(title));
    return QStringLiteral("<h1>%1</h1><p class='sub'>%2　编号：%3</p>")
        .arg(heading, esc(MediationDocuments::committee(source.office)),
             esc(source.contents.mediationCase.number));
}

QString row(const QString &label, const QString &value, int span = 3) {
    return QStringLiteral("<tr><th width='18%'>%1</th><td colspan='%2'>%3</td></tr>")
        .arg(label)
        .arg(span)
        .arg(value);
}

QString row2(const QString &label1, const QString &value1, const QString &label2,
             const QString &value2) {
    return QStringLiteral("<tr><th width='18%'>%1</th><td width='32%'>%2</td>"
                          "<th width='18%'>%3</th><td width='32%'>%4</td></tr>")
        .arg(label1, value1, label2, value2);
}

const QString kGrid =
    QStringLiteral("<table class='grid' border='1' cellspacing='0' cellpadding='5' width='100%'>");

QString acceptanceRegister(const Source &s, const QString &anchor) {
    const MediationCase &c = s.contents.mediationCase;
    QString html = header(CaseFileDocuments::title(CaseDocument::AcceptanceRegister), s, anchor);
    html += kGrid;
    html += row2(QStringLiteral("受理日期"), date(c.acceptedOn), QStringLiteral("纠纷来源"),
                 MediationDocuments::caseSource(c.source));
    html += row2(QStringLiteral("纠纷类型"), MediationDocuments::caseType(c.type),
                 QStringLiteral("风险等级"), riskName(c.risk));
    html += row2(QStringLiteral("调解期限"), QStringLiteral("%1前").arg(date(c.limitOn)),
                 QStringLiteral("来源投诉"),
                 c.complaintId > 0 ? QStringLiteral("第%1号投诉").arg(c.complaintId)
                                   : QStringLiteral("无"));
    html += QStringLiteral("</table><h2>当事人</h2>") + kGrid +
            QStringLiteral("<tr><th>身份</th><th>姓名或名称</th><th>住址</th><th>联系电话</th>"
                           "</tr>");
    for (const Party &p : c.parties)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(MediationDocuments::partyRole(p.side), esc(p.name), esc(p.address),
                         esc(p.phone));
    html += QStringLiteral("</table><h2>纠纷简要情况</h2>") + kGrid;
    html += row(QStringLiteral("主要事实"), paragraphs(c.facts), 1);
    html += row(QStringLiteral("矛盾焦点"), paragraphs(c.focus), 1);
    html += row(QStringLiteral("承办调解员"), esc(s.mediatorNames.value(c.leadMediator.value)), 1);
    html +=
        row(QStringLiteral("调解小组"), esc(mediatorsOf(s, c.team).join(QStringLiteral("、"))), 1);
    const QString registrar =
        s.contents.events.isEmpty() ? QString() : s.contents.events.first().operatorName;
    html += row(QStringLiteral("登记人"), esc(registrar), 1);
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>申请人（签名）：____________　　　　登记日期：%1</p>")
                .arg(date(c.acceptedOn));
    return html;
}

QString rightsNotice(const Source &s, const QString &anchor) {
    const MediationCase &c = s.contents.mediationCase;
    QString html = header(CaseFileDocuments::title(CaseDocument::RightsNotice), s, anchor);
    html += QStringLiteral("<p>%1：</p>").arg(partiesLine(c));
    html += QStringLiteral(
        "<p>　　依照《中华人民共和国人民调解法》，人民调解委员会在当事人自愿、平等的基础上调解"
        "民间纠纷，不违背法律、法规和国家政策，尊重当事人的权利，不阻止当事人依法通过仲裁、"
        "行政、司法等途径维护自己的权利。人民调解委员会调解民间纠纷不收取任何费用。"
        "现将您在调解活动中的权利和义务告知如下。</p>"
        "<h2>一、当事人享有的权利</h2><ol>"
        "<li>选择或者接受人民调解员；</li>"
        "<li>接受调解、拒绝调解或者要求终止调解；</li>"
        "<li>要求调解公开进行或者不公开进行；</li>"
        "<li>自主表达意愿、自愿达成调解协议。</li></ol>"
        "<h2>二、当事人应当履行的义务</h2><ol>"
        "<li>如实陈述纠纷事实；</li>"
        "<li>遵守调解现场秩序，尊重人民调解员；</li>"
        "<li>尊重对方当事人行使权利。</li></ol>"
        "<p>　　经人民调解委员会调解达成的调解协议具有法律约束力，当事人应当按照约定履行。"
        "双方当事人可以自调解协议生效之日起三十日内共同向人民法院申请司法确认。</p>"
        "<p>　　以上内容本人已知悉。</p>");
    html += QStringLiteral("<table width='100%' cellpadding='8'>");
    for (const Party &p : c.parties)
        html +=
            QStringLiteral("<tr><td>%1（签名）：____________　%2</td><td>日期：%3</td></tr>")
                .arg(MediationDocuments::partyRole(p.side), esc(p.name), date(c.rightsNotifiedOn));
    html += QStringLiteral("</table><p align='right'>%1（印章）<br>告知日期：%2</p>")
                .arg(esc(MediationDocuments::committee(s.office)), date(c.rightsNotifiedOn));
    return html;
}

QString sessionRecord(const Source &s, const Session &session, const QString &anchor) {
    const MediationCase &c = s.contents.mediationCase;
    QString html = header(CaseFileDocuments::title(CaseDocument::SessionRecord), s, anchor);
    QStringList parties;
    for (const Party &p : c.parties) {
        if (session.parties.isEmpty() || session.parties.contains(p.id))
            parties << MediationDocuments::partyRole(p.side) + QStringLiteral("：") + esc(p.name);
    }
    QStringList others;
    for (const auto &[name, role] : session.others)
        others << (role.isEmpty() ? esc(name)
                                  : QStringLiteral("%1（%2）").arg(esc(name), esc(role)));
    const QString matter =
        session.purpose.isEmpty()
            ? MediationDocuments::caseType(c.type)
            : MediationDocuments::caseType(c.type) + QStringLiteral("：") + esc(session.purpose);
    html += kGrid;
    html += row(QStringLiteral("时间"), QStringLiteral("%1 %2至%3")
                                            .arg(date(session.start.date()),
                                                 session.start.toString(QStringLiteral("HH:mm")),
                                                 session.end.toString(QStringLiteral("HH:mm"))));
    html += row(QStringLiteral("地点"), esc(venueName(session.venue)));
    html += row(QStringLiteral("事由"), matter);
    html += row(QStringLiteral("调解员"),
                esc(mediatorsOf(s, session.mediators).join(QStringLiteral("、"))));
    html += row(QStringLiteral("当事人"), parties.join(QStringLiteral("；")));
    html += row(QStringLiteral("其他参加人"),
                others.isEmpty() ? QStringLiteral("无") : others.join(QStringLiteral("、")));
    html += QStringLiteral("</table><h2>调解经过</h2>");
    html += session.record.trimmed().isEmpty()
                ? QStringLiteral("<p>　</p><p>　</p><p>　</p><p>　</p><p>　</p><p>　</p>")
                : QStringLiteral("<p>%1</p>").arg(paragraphs(session.record));
    html += QStringLiteral("<h2>调解结果</h2><p>%1</p>")
                .arg(session.result.isEmpty() ? QStringLiteral("　") : paragraphs(session.result));
    html += QStringLiteral("<p>以上笔录已经当事人阅读（或向其宣读），确认无误。</p>"
                           "<table width='100%' cellpadding='8'>"
                           "<tr><td>当事人（签名）：____________</td>"
                           "<td>调解员（签名）：____________</td>"
                           "<td>记录人（签名）：____________</td></tr></table>");
    return html;
}

QString followUpRecord(const Source &s, const QString &anchor) {
    const MediationCase &c = s.contents.mediationCase;
    const bool agreed = CaseFile::agreementReached(s.contents);
    QString html = header(CaseFileDocuments::title(CaseDocument::FollowUpRecord), s, anchor);
    QList<CaseFollowUp> visits = s.contents.followUps;
    if (visits.isEmpty())
        visits.append(CaseFollowUp{}); // a blank form for the visit
    for (const CaseFollowUp &visit : std::as_const(visits)) {
        html += kGrid;
        html += row2(QStringLiteral("案件编号"), esc(c.number), QStringLiteral("协议书编号"),
                     agreed ? esc(c.number) : QStringLiteral("未达成协议"));
        html += row(QStringLiteral("回访对象"), partiesLine(c));
        html += row2(QStringLiteral("回访日期"), date(visit.visitedOn), QStringLiteral("回访人"),
                     esc(s.mediatorNames.value(c.leadMediator.value)));
        QString performance = QStringLiteral("　");
        if (visit.visitedOn.isValid())
            performance = !agreed            ? QStringLiteral("不适用（未达成协议）")
                          : visit.carriedOut ? QStringLiteral("协议已履行")
                                             : QStringLiteral("协议未履行或未完全履行");
        html += row(QStringLiteral("协议履行情况"), performance);
        html +=
            row(QStringLiteral("回访情况"),
                visit.notes.isEmpty() ? QStringLiteral("<br><br><br>") : paragraphs(visit.notes));
        html += QStringLiteral("</table><p>　</p>");
    }
    html +=
        QStringLiteral("<p>回访人（签名）：____________　　　　被回访人（签名）：____________</p>");
    return html;
}

QString closingReport(const Source &s, const QString &anchor) {
    const MediationCase &c = s.contents.mediationCase;
    QString html = header(CaseFileDocuments::title(CaseDocument::ClosingReport), s, anchor);
    QStringList held;
    for (const Session &session : s.contents.sessions) {
        if (session.cancelled || session.record.trimmed().isEmpty())
            continue;
        held << QStringLiteral("%1在%2调解%3")
                    .arg(date(session.start.date()), esc(venueName(session.venue)),
                         session.result.isEmpty() ? QString()
                                                  : QStringLiteral("，") + esc(session.result));
    }
    QString performance = QStringLiteral("无");
    if (!s.contents.followUps.isEmpty()) {
        const CaseFollowUp &last = s.contents.followUps.constLast();
        performance =
            QStringLiteral("%1回访：%2")
                .arg(date(last.visitedOn), !CaseFile::agreementReached(s.contents) ? esc(last.notes)
                                           : last.carriedOut ? QStringLiteral("协议已履行")
                                                             : QStringLiteral("协议未完全履行"));
    }
    html += kGrid;
    html += row2(QStringLiteral("纠纷类型"), MediationDocuments::caseType(c.type),
                 QStringLiteral("纠纷来源"), MediationDocuments::caseSource(c.source));
    html += row2(QStringLiteral("受理日期"), date(c.acceptedOn), QStringLiteral("结案日期"),
                 date(c.closedOn));
    html += row(QStringLiteral("当事人"), partiesLine(c));
    html += row(QStringLiteral("调解员"), esc(mediatorsOf(s, c.team).join(QStringLiteral("、"))));
    html += row(QStringLiteral("纠纷简要情况"), paragraphs(c.facts));
    html += row(QStringLiteral("调解经过"),
                held.isEmpty() ? QStringLiteral("无调解记录")
                               : QStringLiteral("共调解%1次：").arg(held.size()) +
                                     held.join(QStringLiteral("；")) + QStringLiteral("。"));
    html +=
        row(QStringLiteral("调解结果"),
            outcomeName(s.contents) +
                (c.outcome.isEmpty() ? QString() : QStringLiteral("。") + paragraphs(c.outcome)));
    html += row(QStringLiteral("履行情况"), performance);
    QStringList averted;
    for (const Averted what : kEveryAverted)
        if (c.averted(what))
            averted << MediationDocuments::avertedName(what);
    html += row(QStringLiteral("防止纠纷激化"),
                averted.isEmpty() ? QStringLiteral("无") : averted.join(QStringLiteral("、")));
    html +=
        row(QStringLiteral("调委会意见"), QStringLiteral("<br><br>%1（印章）　　____年__月__日")
                                              .arg(esc(MediationDocuments::committee(s.office))));
    html += QStringLiteral("</table><p>承办调解员（签名）：____________　　%1</p>")
                .arg(esc(s.mediatorNames.value(c.leadMediator.value)));
    return html;
}

QString body(const Source &s, const CaseFileItem &item, const QString &anchor) {
    switch (item.document) {
    case CaseDocument::AcceptanceRegister:
        return acceptanceRegister(s, anchor);
    case CaseDocument::RightsNotice:
        return rightsNotice(s, anchor);
    case CaseDocument::SessionRecord:
        for (const Session &session : s.contents.sessions) {
            if (session.id == item.session)
                return sessionRecord(s, session, anchor);
        }
        return sessionRecord(s, Session{}, anchor);
    case CaseDocument::Agreement: {
        const Agreement agreement = s.contents.agreement.value_or(Agreement{});
        QString html = MediationDocuments::agreementBody(
            s.contents.mediationCase, agreement, mediatorsOf(s, s.contents.mediationCase.team),
            s.office);
        if (!anchor.isEmpty())
            html.replace(QStringLiteral("<h1>人民调解协议书</h1>"),
                         QStringLiteral("<h1><a name='%1'>人民调解协议书</a></h1>").arg(anchor));
        return html;
    }
    case CaseDocument::FollowUpRecord:
        return followUpRecord(s, anchor);
    case CaseDocument::ClosingReport:
        return closingReport(s, anchor);
    }
    return {};
}

QString itemDate(const Source &s, const CaseFileItem &item) {
    const MediationCase &c = s.contents.mediationCase;
    switch (item.document) {
    case CaseDocument::AcceptanceRegister:
        return date(c.acceptedOn);
    case CaseDocument::RightsNotice:
        return c.rightsNotifiedOn.isValid() ? date(c.rightsNotifiedOn) : QString();
    case CaseDocument::SessionRecord:
        for (const Session &session : s.contents.sessions) {
            if (session.id == item.session)
                return date(session.start.date());
        }
        return {};
    case CaseDocument::Agreement:
        return s.contents.agreement ? date(s.contents.agreement->signedOn) : QString();
    case CaseDocument::FollowUpRecord:
        return s.contents.followUps.isEmpty() ? QString()
                                              : date(s.contents.followUps.constLast().visitedOn);
    case CaseDocument::ClosingReport:
        return c.closedOn.isValid() ? date(c.closedOn) : QString();
    }
    return {};
}

QString cover(const Source &s) {
    const MediationCase &c = s.contents.mediationCase;
    QString html = QStringLiteral("<p>　</p><p>　</p><p>　</p><h1 style='font-size:28pt'>"
                                  "人民调解卷宗</h1><p>　</p><p>　</p>");
    html += QStringLiteral("<table cellpadding='10' align='center' width='80%'>");
    auto line = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td width='30%'>%1</td><td>%2</td></tr>").arg(label, value);
    };
    html += line(QStringLiteral("调解委员会"), esc(MediationDocuments::committee(s.office)));
    html += line(QStringLiteral("案件编号"), esc(c.number));
    html += line(QStringLiteral("纠纷类型"), MediationDocuments::caseType(c.type));
    html += line(QStringLiteral("当事人"), partiesLine(c));
    html += line(QStringLiteral("受理日期"), date(c.acceptedOn));
    html += line(QStringLiteral("结案日期"), date(c.closedOn));
    html += line(QStringLiteral("承办调解员"), esc(s.mediatorNames.value(c.leadMediator.value)));
    html += QStringLiteral("</table>");
    return html;
}

// The index, with each paper's first page; "" before the pages are known.
QString index(const Source &s, const QList<CaseFileItem> &items, const QList<int> &pages) {
    QString html = QStringLiteral("<h1 style='page-break-before: always'>卷内目录</h1>") + kGrid +
                   QStringLiteral("<tr><th>序号</th><th>文件名称</th><th>日期</th><th>页号</th>"
                                  "<th>备注</th></tr>");
    int number = 0;
    int printed = 0;
    for (const CaseFileItem &item : items) {
        QString page;
        QString remark;
        if (item.ready) {
            page = printed < pages.size() ? QString::number(pages.at(printed)) : QString();
            ++printed;
        } else {
            remark = QStringLiteral("缺");
        }
        html += QStringLiteral("<tr><td align='center'>%1</td><td>%2</td><td>%3</td>"
                               "<td align='center'>%4</td><td align='center'>%5</td></tr>")
                    .arg(++number)
                    .arg(CaseFileDocuments::title(item.document), itemDate(s, item), page, remark);
    }
    html += QStringLiteral("</table><p class='foot'>本卷共收文件%1份。</p>").arg(printed);
    return html;
}

QString boundHtml(const Source &s, const QList<CaseFileItem> &items, const QList<int> &pages) {
    QString html = cover(s) + index(s, items, pages);
    int paper = 0;
    for (const CaseFileItem &item : items) {
        if (!item.ready)
            continue;
        html += QStringLiteral("<p style='page-break-before: always'></p>");
        html += body(s, item, QStringLiteral("paper%1").arg(paper++));
    }
    return html;
}

// The page each paper starts on, read from the laid-out document by its anchor.
QList<int> firstPages(QTextDocument &document, int papers) {
    QList<int> pages(papers, 0);
    const qreal pageHeight = document.pageSize().height();
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            for (const QString &name : it.fragment().charFormat().anchorNames()) {
                if (!name.startsWith(QLatin1String("paper")))
                    continue;
                const int paper = name.mid(5).toInt();
                if (paper >= 0 && paper < papers)
                    pages[paper] = int(layout->blockBoundingRect(block).top() / pageHeight) + 1;
            }
        }
    }
    return pages;
}

} // namespace

QString CaseFileDocuments::title(CaseDocument document) {
    switch (document) {
    case CaseDocument::AcceptanceRegister:
        return QStringLiteral("人民调解受理登记表");
    case CaseDocument::RightsNotice:
        return QStringLiteral("人民调解当事人权利义务告知书");
    case CaseDocument::SessionRecord:
        return QStringLiteral("人民调解笔录");
    case CaseDocument::Agreement:
        return QStringLiteral("人民调解协议书");
    case CaseDocument::FollowUpRecord:
        return QStringLiteral("人民调解回访记录");
    case CaseDocument::ClosingReport:
        return QStringLiteral("人民调解结案报告表");
    }
    return {};
}

Result<CaseFileDocuments::Source> CaseFileDocuments::load(const MediationService &service,
                                                          CaseId id, const OfficeIdentity &office) {
    const auto contents = service.caseFile(id);
    if (!contents)
        return contents.status();
    const auto mediators = service.repository().mediators();
    if (!mediators)
        return mediators.status();
    Source source{*contents, {}, office};
    for (const Mediator &m : *mediators) {
        if (m.id.isValid())
            source.mediatorNames.insert(m.id.value, m.name);
    }
    return source;
}

std::unique_ptr<QTextDocument> CaseFileDocuments::document(const Source &source,
                                                           const CaseFileItem &item) {
    return PrintedDocument::fromHtml(body(source, item, QString()));
}

std::unique_ptr<QTextDocument> CaseFileDocuments::bound(const Source &source,
                                                        const QDateTime &now) {
    const QList<CaseFileItem> items = CaseFile::items(source.contents, now);
    int papers = 0;
    for (const CaseFileItem &item : items)
        papers += item.ready ? 1 : 0;
    // Lay the file out once to learn where each paper begins, then write the index with those
    // pages; the index keeps its size, so the papers stay where they were.
    auto draft = PrintedDocument::fromHtml(boundHtml(source, items, QList<int>(papers, 999)));
    const QList<int> pages = firstPages(*draft, papers);
    return PrintedDocument::fromHtml(boundHtml(source, items, pages));
}

} // namespace linli
