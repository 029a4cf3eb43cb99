#include "htmlentities.h"

#include <QHash>

#include <iterator>
#include <utility>

namespace Sourcelight {

namespace {

struct Entity
{
    char32_t code = 0;
    bool legacy = false; // one of the old names browsers still accept without ';'
};

// Latin-1 from U+00A0 on, in code order: every one of them is a legacy name.
constexpr const char *latin1Names[]
    = {"nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo", "not",
        "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot", "cedil", "sup1",
        "ordm", "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring",
        "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde",
        "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
        "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave", "eacute",
        "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde",
        "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml"};
static_assert(std::size(latin1Names) == 0x100 - 0xA0);

const QHash<QString, Entity> &entities()
{
    static const QHash<QString, Entity> table = [] {
        QHash<QString, Entity> t;
        for (char32_t code = 0xA0; code <= 0xFF; ++code) {
            t.insert(QString::fromLatin1(latin1Names[code - 0xA0]), {code, true});
        }
        const std::pair<const char *, char32_t> legacy[] = {{"amp", U'&'}, {"lt", U'<'}, {"gt", U'>'}, {"quot", U'"'},
            {"AMP", U'&'}, {"LT", U'<'}, {"GT", U'>'}, {"QUOT", U'"'}, {"COPY", U'\u00A9'}, {"REG", U'\u00AE'}};
        for (const auto &[name, code] : legacy) {
            t.insert(QString::fromLatin1(name), {code, true});
        }
        const std::pair<const char *, char32_t> named[] = {{"apos", U'\''}, {"ndash", U'\u2013'}, {"mdash", U'\u2014'},
            {"hellip", U'\u2026'}, {"lsquo", U'\u2018'}, {"rsquo", U'\u2019'}, {"sbquo", U'\u201A'},
            {"ldquo", U'\u201C'}, {"rdquo", U'\u201D'}, {"bdquo", U'\u201E'}, {"lsaquo", U'\u2039'},
            {"rsaquo", U'\u203A'}, {"bull", U'\u2022'}, {"trade", U'\u2122'}, {"euro", U'\u20AC'}, {"minus", U'\u2212'},
            {"thinsp", U'\u2009'}, {"ensp", U'\u2002'}, {"emsp", U'\u2003'}, {"zwnj", U'\u200C'}, {"zwj", U'\u200D'},
            {"lrm", U'\u200E'}, {"rlm", U'\u200F'}, {"OElig", U'\u0152'}, {"oelig", U'\u0153'}, {"Scaron", U'\u0160'},
            {"scaron", U'\u0161'}, {"Yuml", U'\u0178'}, {"fnof", U'\u0192'}, {"circ", U'\u02C6'}, {"tilde", U'\u02DC'},
            {"dagger", U'\u2020'}, {"Dagger", U'\u2021'}, {"permil", U'\u2030'}, {"prime", U'\u2032'},
            {"Prime", U'\u2033'}, {"frasl", U'\u2044'}, {"larr", U'\u2190'}, {"uarr", U'\u2191'}, {"rarr", U'\u2192'},
            {"darr", U'\u2193'}, {"harr", U'\u2194'}};
        for (const auto &[name, code] : named) {
            t.insert(QString::fromLatin1(name), {code, false});
        }
        return t;
    }();
    return table;
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

int digitValue(QChar c, bool hex)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return u - u'0';
    }
    if (hex && u >= u'a' && u <= u'f') {
        return u - u'a' + 10;
    }
    if (hex && u >= u'A' && u <= u'F') {
        return u - u'A' + 10;
    }
    return -1;
}

// What an HTML parser makes of a numeric reference: nothing invalid survives, and the C1 range means what the
// windows-1252 pages that wrote "&#147;" meant by it.
char32_t checkedCode(char32_t code, HtmlEntities::Context context)
{
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        return 0xFFFD;
    }
    if (context != HtmlEntities::Context::Strict && code >= 0x80 && code <= 0x9F) {
        static constexpr char32_t windows1252[32] = {0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
            0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
            0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178};
        return windows1252[code - 0x80];
    }
    return code;
}

// The reference starting at text[amp] == '&': its code point, and the index of its last character; -1 if none.
qsizetype reference(QStringView text, qsizetype amp, HtmlEntities::Context context, char32_t *code)
{
    const qsizetype n = text.size();
    qsizetype j = amp + 1;
    if (j < n && text[j] == u'#') {
        ++j;
        const bool hex = j < n && (text[j] == u'x' || text[j] == u'X');
        j += hex ? 1 : 0;
        const qsizetype start = j;
        char32_t value = 0;
        while (j < n) {
            const int digit = digitValue(text[j], hex);
            if (digit < 0) {
                break;
            }
            value = qMin<char32_t>(value * (hex ? 16 : 10) + char32_t(digit), 0x110000); // saturates: no overflow
            ++j;
        }
        const bool semicolon = j < n && text[j] == u';';
        const qsizetype digits = j - start;
        if (digits == 0 || (context == HtmlEntities::Context::Strict && (!semicolon || digits > (hex ? 6 : 7)))) {
            return -1;
        }
        *code = checkedCode(value, context);
        return semicolon ? j : j - 1;
    }
    while (j < n && isAsciiAlnum(text[j])) {
        ++j;
    }
    const QStringView name = text.sliced(amp + 1, j - amp - 1);
    if (name.isEmpty()) {
        return -1;
    }
    if (j < n && text[j] == u';') {
        if (const auto found = entities().constFind(name.toString()); found != entities().cend()) {
            *code = found->code;
            return j;
        }
    }
    if (context == HtmlEntities::Context::Strict) {
        return -1;
    }
    for (qsizetype length = qMin<qsizetype>(name.size(), 6); length >= 2; --length) {
        const auto found = entities().constFind(name.first(length).toString());
        if (found == entities().cend() || !found->legacy) {
            continue;
        }
        const qsizetype next = amp + 1 + length;
        // In an attribute "?a=1&copy=2" is a query string, not a copyright sign.
        if (context == HtmlEntities::Context::Attribute && next < n
            && (text[next] == u'=' || isAsciiAlnum(text[next]))) {
            return -1;
        }
        *code = found->code;
        return next - 1;
    }
    return -1;
}

} // namespace

QString HtmlEntities::decode(QStringView text, Context context)
{
    if (!text.contains(u'&')) {
        return text.toString();
    }
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t code = 0;
        const qsizetype last = text[i] == u'&' ? reference(text, i, context, &code) : -1;
        if (last < 0) {
            out.append(text[i]);
            continue;
        }
        out.append(QString::fromUcs4(&code, 1));
        i = last;
    }
    return out;
}

} // namespace Sourcelight
