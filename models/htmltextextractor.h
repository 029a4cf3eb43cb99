#pragma once

#include "storetypes.h"

#include <QByteArray>
#include <QString>

namespace Sourcelight {

/// Plain text and metadata from an HTML article, for import.
///
/// A small, tolerant tokenizer of our own: nothing is ever fetched (no images, styles or scripts are loaded, no
/// QTextDocument is involved), scripts, styles, comments and page chrome (nav, aside, forms) are dropped, block
/// elements become paragraphs (separated by a blank line), entities are decoded. Metadata comes from <title>,
/// <meta> og:title / og:site_name / author / article:published_time / og:url, <link rel=canonical>, <html lang>.
class HtmlTextExtractor final
{
public:
    struct Result
    {
        QString text;
        DocumentMetadata metadata;
    };

    static Result extract(const QString &html);

    /// The charset an HTML file declares in its first bytes (<meta charset> or http-equiv), lower-case; empty if none.
    static QByteArray declaredCharset(const QByteArray &bytes);

    /// Decodes HTML character references (&amp; &#8217; &#x1F600; and the common named ones).
    static QString decodeEntities(QStringView text);
};

} // namespace Sourcelight
