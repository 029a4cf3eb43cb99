#pragma once

#include "language.h"

#include <QString>

namespace Sourcelight {

/// What an article says about itself (front matter, HTML meta tags, or typed in by the analyst).
struct DocumentMetadata
{
    QString title;
    QString outlet;
    QString author;
    QString url;
    QString published; ///< as given, ideally ISO 8601
    Language language = Language::Unknown;

    friend bool operator==(const DocumentMetadata &, const DocumentMetadata &) = default;
};

/// An article's plain text and what it says about itself, as an extractor (HTML, Markdown) finds them.
struct ExtractedArticle
{
    QString text;
    DocumentMetadata metadata;
};

} // namespace Sourcelight
