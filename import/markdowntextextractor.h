#pragma once

#include "documentmetadata.h"

#include <QString>

namespace Sourcelight {

/// Plain text and metadata from a Markdown article, for import.
///
/// Front matter (a leading block between "---" lines of "key: value") gives title, outlet, author, url, published
/// and language. The Markdown becomes plain text that keeps its paragraphs (separated by a blank line): headings,
/// list items and quotes become paragraphs of their own, emphasis and code marks go, links keep their text, images
/// their alt text, raw HTML tags are dropped.
class MarkdownTextExtractor final
{
public:
    using Result = ExtractedArticle;

    static Result extract(const QString &markdown);

    /// Inline Markdown to plain text: [text](url) → text, ![alt](src) → alt, *em*/**strong**/`code` → their text.
    static QString stripInline(const QString &line);
};

} // namespace Sourcelight
