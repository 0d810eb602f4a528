#pragma once

#include <QString>

namespace linli {

/// The typefaces printed documents are set in: Noto Serif and Sans CJK SC as derived at build
/// time (resources/fonts/derive-cjk-font.py), whose character map leaves out the radicals and
/// variants that share an ideograph's glyph, so that a PDF's text reads 人民 as printed rather
/// than ⼈⺠. Loaded once from Linli's own folder (installed, or the build's), named explicitly
/// so fontconfig never picks the Japanese forms.
class DocumentFonts final {
public:
    static QString serif();
    static QString sans();
    /// The folder the fonts were loaded from; empty when they were not found and the system's
    /// Noto CJK stands in (whose PDFs' text holds those radicals).
    static QString folder();
};

} // namespace linli
