#include "complaints/complaintfigures.h"

#include "complaints/complaintrepository.h"

#include <algorithm>

namespace linli {

namespace {

double median(QList<double> values) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double hoursBetween(const QDateTime &from, const QDateTime &to) {
    return double(from.secsTo(to)) / 3600.0;
}

} // namespace

Result<ComplaintFigures> ComplaintFigures::compute(const ComplaintRepository &repository,
                                                   QDate from, QDate to, const QDateTime &now) {
    const auto complaints = repository.receivedBetween(QDateTime(from, QTime(0, 0)),
                                                       QDateTime(to.addDays(1), QTime(0, 0)));
    if (!complaints)
        return complaints.status();
    ComplaintFigures figures;
    QList<double> toFirstResponse;
    QList<double> toResolution;
    for (const Complaint &c : *complaints) {
        ++figures.received;
        if (c.isOverdue(now))
            ++figures.overdue;
        if (c.firstResponseAt.isValid())
            toFirstResponse << hoursBetween(c.receivedAt, c.firstResponseAt);
        if (c.resolvedAt.isValid() && c.level) {
            ++figures.resolved;
            ++figures.settledAt[*c.level];
            toResolution << hoursBetween(c.receivedAt, c.resolvedAt);
        }
    }
    if (figures.resolved > 0)
        figures.buildingShare = double(figures.settledAt.value(Level::Building)) / figures.resolved;
    figures.medianHoursToFirstResponse = median(toFirstResponse);
    figures.medianHoursToResolution = median(toResolution);
    return figures;
}

} // namespace linli
