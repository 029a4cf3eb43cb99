#include "htmlelements.h"

namespace Sourcelight::HtmlElements {

QSet<QString> nameSet(std::initializer_list<const char *> names)
{
    QSet<QString> set;
    for (const char *name : names) {
        set.insert(QString::fromLatin1(name));
    }
    return set;
}

bool isBlock(const QString &name)
{
    static const QSet<QString> names = nameSet({"address", "article", "aside", "blockquote", "caption", "center", "dd",
        "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "listing", "main", "menu", "nav", "ol", "p",
        "plaintext", "pre", "search", "section", "summary", "table", "ul", "xmp"});
    return names.contains(name);
}

bool closesParagraph(const QString &name)
{
    static const QSet<QString> names = nameSet({"address", "article", "aside", "blockquote", "center", "details",
        "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu",
        "nav", "ol", "p", "search", "section", "summary", "ul"});
    return names.contains(name);
}

bool isBlockEndTag(const QString &name)
{
    static const QSet<QString> names = nameSet({"address", "article", "aside", "blockquote", "button", "center",
        "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup",
        "listing", "main", "menu", "nav", "ol", "pre", "search", "section", "summary", "ul"});
    return names.contains(name);
}

bool isHeading(const QString &name)
{
    return name.size() == 2 && name[0] == u'h' && name[1] >= u'1' && name[1] <= u'6';
}

bool isVoid(const QString &name)
{
    static const QSet<QString> names = nameSet({"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame",
        "hr", "image", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"});
    return names.contains(name);
}

bool isChrome(const QString &name)
{
    static const QSet<QString> names
        = nameSet({"nav", "aside", "button", "select", "datalist", "object", "canvas", "template"});
    return names.contains(name);
}

bool isHiddenContent(const QString &name)
{
    static const QSet<QString> names
        = nameSet({"script", "style", "noscript", "iframe", "noembed", "noframes", "textarea", "title", "rp"});
    return names.contains(name);
}

bool isSpecial(const QString &name)
{
    static const QSet<QString> names
        = nameSet({"address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body",
            "br", "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed",
            "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
            "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link", "listing",
            "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param",
            "plaintext", "pre", "script", "search", "section", "select", "source", "style", "summary", "table", "tbody",
            "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp"});
    return names.contains(name);
}

bool breaksOutOfForeignContent(const HtmlTokenizer::Token &tag)
{
    static const QSet<QString> names = nameSet(
        {"b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2",
            "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre",
            "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var"});
    return names.contains(tag.name)
        || (tag.name == QLatin1StringView("font")
            && (tag.hasAttribute(QLatin1StringView("color")) || tag.hasAttribute(QLatin1StringView("face"))
                || tag.hasAttribute(QLatin1StringView("size"))));
}

} // namespace Sourcelight::HtmlElements
