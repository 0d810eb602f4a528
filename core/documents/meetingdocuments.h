#pragma once

#include "cogovernance/meeting.h"

#include <memory>

class QTextDocument;

namespace linli {

/// The papers of a building meeting, in Chinese on A4: the sign-in sheet to tick on paper
/// (签到表), the minutes (会议纪要), and the public notice of its decisions (公示) with the day
/// posted and the end of the objection period.
class MeetingDocuments final {
public:
    static std::unique_ptr<QTextDocument> attendanceSheet(const MeetingSheet &sheet);
    static std::unique_ptr<QTextDocument> minutes(const MeetingSheet &sheet);
    static std::unique_ptr<QTextDocument> notice(const MeetingSheet &sheet);
    /// 赞成12户、反对3户、弃权1户；到会16户，全楼28户，超过半数，通过
    static QString result(const Decision &decision, const Tally &tally);
};

} // namespace linli
