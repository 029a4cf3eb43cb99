#pragma once

#include "documentmetadata.h"

#include <QByteArray>
#include <QString>

namespace Sourcelight {

/// Plain text and metadata from an HTML article, for import: the text a reader sees when a browser shows the page.
///
/// Our own HTML5 tokenizer and the parts of HTML's tree construction that decide what is text: implied end tags
/// (</head> at the first content, </p> before a block, </li>, </td>, </tr>…), scopes, stray end tags ignored, raw-text
/// elements that end only at their own end tag, SVG and MathML. Nothing is ever fetched (no images, styles or scripts
/// are loaded, no QTextDocument is involved). Scripts, styles, comments, templates, what HTML hides (hidden, <title>
/// in the body, a closed <dialog>) and page chrome (nav, aside, buttons, selects) are dropped; blocks become
/// paragraphs (separated by a blank line), <br> a line break and <br><br> a paragraph break, table cells are
/// separated by a tab and rows by a line break; entities are decoded. Metadata comes from <title>, <meta> og:title /
/// og:site_name / author / article:published_time / og:url, <link rel=canonical>, <html lang>.
class HtmlTextExtractor final
{
public:
    using Result = ExtractedArticle;

    static Result extract(const QString &html);

    /// The charset an HTML file declares in its first bytes (<meta charset> or http-equiv), lower-case; empty if none.
    static QByteArray declaredCharset(const QByteArray &bytes);

    /// Decodes complete HTML character references (&amp; &#8217; &#x1F600; and the common named ones), as CommonMark
    /// does: a reference without its ';' stays as written.
    static QString decodeEntities(QStringView text);
};

} // namespace Sourcelight
