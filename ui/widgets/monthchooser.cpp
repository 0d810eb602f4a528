#include "widgets/monthchooser.h"

#include "common/reportmonth.h"
#include "widgets/formdialog.h"

#include <QDateEdit>

namespace linli {

std::optional<QDate> MonthChooser::ask(QWidget *parent, const QString &title, QDate today) {
    auto *month = new QDateEdit(ReportMonth::defaultFor(today));
    month->setObjectName(QStringLiteral("reportMonth"));
    month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    month->setMaximumDate(today);
    QDate chosen;
    const bool accepted = FormDialog::run(parent, title, {{tr("&Month:"), month}}, [&] {
        chosen = QDate(month->date().year(), month->date().month(), 1);
        return Status::success();
    });
    if (!accepted)
        return std::nullopt;
    return chosen;
}

} // namespace linli
