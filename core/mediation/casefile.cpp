#include "mediation/casefile.h"

#include "mediation/casestatemachine.h"

#include <QLocale>

#include <algorithm>

namespace linli {

namespace {

bool reached(const CaseFile::Contents &contents, CaseState state) {
    if (contents.mediationCase.state == state)
        return true;
    return std::any_of(contents.events.cbegin(), contents.events.cend(),
                       [state](const CaseEvent &event) { return event.to == state; });
}

bool isHeld(const Session &session, const QDateTime &now) {
    return !session.cancelled && session.end <= now;
}

} // namespace

bool CaseFile::agreementReached(const Contents &contents) {
    return reached(contents, CaseState::AgreementReached);
}

QList<CaseFileItem> CaseFile::items(const Contents &contents, const QDateTime &now) {
    const MediationCase &c = contents.mediationCase;
    QList<CaseFileItem> items;
    items.append({CaseDocument::AcceptanceRegister, {}, true, {}});
    items.append({CaseDocument::RightsNotice,
                  {},
                  c.rightsNotifiedOn.isValid(),
                  c.rightsNotifiedOn.isValid()
                      ? QString()
                      : tr("The parties have not been recorded as told their rights and "
                           "duties.")});
    bool anyRecord = false;
    for (const Session &session : contents.sessions) {
        if (!isHeld(session, now))
            continue;
        const bool written = !session.record.trimmed().isEmpty();
        anyRecord = anyRecord || written;
        items.append({CaseDocument::SessionRecord, session.id, written,
                      written ? QString()
                              : tr("The record of the session of %1 is not written.")
                                    .arg(QLocale().toString(session.start, QLocale::ShortFormat))});
    }
    if (!anyRecord && reached(contents, CaseState::Mediating))
        items.append({CaseDocument::SessionRecord,
                      {},
                      false,
                      tr("The case was mediated, but no session with its record is on file.")});
    if (agreementReached(contents)) {
        const bool ready = contents.agreement && !contents.agreement->terms.isEmpty();
        items.append({CaseDocument::Agreement,
                      {},
                      ready,
                      ready ? QString() : tr("The agreement and its terms are not written.")});
    }
    if (!CaseStateMachine::isOpen(c.state)) {
        const bool visited = !contents.followUps.isEmpty();
        items.append({CaseDocument::FollowUpRecord,
                      {},
                      visited,
                      visited ? QString() : tr("The follow-up visit is not recorded.")});
    }
    QString closing;
    if (c.state != CaseState::FollowedUp && c.state != CaseState::Closed)
        closing = tr("The case has not been concluded and followed up.");
    else if (c.outcome.trimmed().isEmpty())
        closing = tr("The outcome of the case is not written.");
    items.append({CaseDocument::ClosingReport, {}, closing.isEmpty(), closing});
    return items;
}

QStringList CaseFile::missing(const Contents &contents, const QDateTime &now) {
    QStringList lacking;
    for (const CaseFileItem &item : items(contents, now)) {
        if (!item.ready)
            lacking << tr("%1: %2").arg(documentName(item.document), item.missing);
    }
    return lacking;
}

QString CaseFile::documentName(CaseDocument document) {
    switch (document) {
    case CaseDocument::AcceptanceRegister:
        return tr("Acceptance register");
    case CaseDocument::RightsNotice:
        return tr("Notice of the parties' rights and duties");
    case CaseDocument::SessionRecord:
        return tr("Record of a session");
    case CaseDocument::Agreement:
        return tr("Mediation agreement");
    case CaseDocument::FollowUpRecord:
        return tr("Follow-up record");
    case CaseDocument::ClosingReport:
        return tr("Closing report");
    }
    return {};
}

} // namespace linli
