#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

class QWidget;

namespace linli {

/// Asks which month a monthly paper is for, proposing ReportMonth's default; the first day of
/// the month chosen, or nothing when the user cancels.
class MonthChooser final {
    Q_DECLARE_TR_FUNCTIONS(linli::MonthChooser)
public:
    static std::optional<QDate> ask(QWidget *parent, const QString &title, QDate today);
};

} // namespace linli
