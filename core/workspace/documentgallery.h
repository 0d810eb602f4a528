#pragma once

#include "common/result.h"

#include <QString>

#include <memory>
#include <vector>

class QTextDocument;

namespace linli {

class Workspace;

/// One of each paper Linli prints, made from what a database holds, as the pages that print
/// them make it: the tour renders their pages to docs/screenshots/documents/, and a test reads
/// their text. Meant for a demo database: a kind with nothing to print from is left out.
class DocumentGallery final {
public:
    struct Paper {
        QString name;  ///< for the file: complaint-receipt, agreement, …
        QString title; ///< as the PDF's title
        std::unique_ptr<QTextDocument> document;
    };

    static Result<std::vector<Paper>> make(Workspace &workspace);
};

} // namespace linli
