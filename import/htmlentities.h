#pragma once

#include <QString>
#include <QStringView>

namespace Sourcelight {

/// HTML character references (&amp; &#8217; &#x1F600; and the named ones articles use), decoded the way the place
/// they appear in asks for.
class HtmlEntities final
{
public:
    enum class Context {
        Strict,    ///< only complete references ending in ';' (what CommonMark accepts)
        Text,      ///< HTML text: also the legacy names and numbers browsers accept without ';' ("&copy 2026")
        Attribute, ///< HTML attribute value: legacy names only when not followed by '=' or a letter or digit
    };

    static QString decode(QStringView text, Context context);
};

} // namespace Sourcelight
