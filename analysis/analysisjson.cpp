#include "analysisjson.h"

#include "attributiontypes.h"
#include "codepointmap.h"
#include "documentanalyzer.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace Sourcelight {

namespace {

/// JSON's two-character escapes; any other control character, and U+2028/U+2029 (which end a line in JavaScript),
/// is written as \uXXXX.
constexpr std::array<std::pair<char16_t, QLatin1StringView>, 7> ShortEscapes {{
    {u'"', QLatin1StringView("\\\"")},
    {u'\\', QLatin1StringView("\\\\")},
    {u'\n', QLatin1StringView("\\n")},
    {u'\r', QLatin1StringView("\\r")},
    {u'\t', QLatin1StringView("\\t")},
    {u'\b', QLatin1StringView("\\b")},
    {u'\f', QLatin1StringView("\\f")},
}};

void appendString(QString &out, QStringView value)
{
    out += QLatin1Char('"');
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u != u'"' && u != u'\\' && u != 0x2028 && u != 0x2029) {
            out += c; // nearly every character: no table lookup
            continue;
        }
        const auto *escape = std::find_if(
            ShortEscapes.cbegin(), ShortEscapes.cend(), [u](const auto &entry) { return entry.first == u; });
        if (escape != ShortEscapes.cend()) {
            out += escape->second;
        } else {
            out += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
        }
    }
    out += QLatin1Char('"');
}

void appendSpan(QString &out, const CodePointMap &map, const TextSpan &span)
{
    if (!span.isValid()) {
        out += QLatin1String("null");
        return;
    }
    out += QLatin1Char('[') + QString::number(map.toCodePoint(span.start)) + QLatin1Char(',')
        + QString::number(map.toCodePoint(span.end)) + QLatin1Char(']');
}

QString number(double value)
{
    return QString::number(qRound(value * 100.0) / 100.0);
}

void appendMention(QString &out, const CodePointMap &map, const SourceMention &source, bool full)
{
    out += QLatin1String("{\"name\":");
    appendString(out, source.name);
    out += QLatin1String(",\"kind\":");
    appendString(out, toString(source.kind));
    out += QLatin1String(",\"mention\":");
    appendSpan(out, map, source.mention);
    if (full) {
        out += QLatin1String(",\"anonymous\":") + QLatin1String(source.anonymous ? "true" : "false");
        out += QLatin1String(",\"count\":");
        appendString(out, toString(source.count));
        out += QLatin1String(",\"title\":");
        if (source.title.isEmpty()) {
            out += QLatin1String("null");
        } else {
            appendString(out, source.title);
        }
    }
    out += QLatin1Char('}');
}

QString tsvField(QString value)
{
    for (QChar &c : value) {
        if (c == u'\t' || c == u'\n' || c == u'\r' || c == u'\u2028' || c == u'\u2029') {
            c = u' ';
        }
    }
    return value;
}

} // namespace

QByteArray AnalysisJson::toJson(const QString &text, const DocumentAnalysis &analysis)
{
    const CodePointMap map(text);
    QString out;
    out.reserve(text.size() * 2 + 64);
    out += QLatin1String("{\"version\":") + QString::number(FormatVersion) + QLatin1String(",\"language\":");
    appendString(out, languageCode(analysis.language));
    out += QLatin1String(",\"sentences\":[");
    for (qsizetype i = 0; i < analysis.sentences.size(); ++i) {
        const SentenceSpan &sentence = analysis.sentences[i];
        if (i > 0) {
            out += QLatin1Char(',');
        }
        out += QLatin1String("{\"index\":") + QString::number(i) + QLatin1String(",\"start\":")
            + QString::number(map.toCodePoint(sentence.start)) + QLatin1String(",\"end\":")
            + QString::number(map.toCodePoint(sentence.end)) + QLatin1String(",\"text\":");
        appendString(out, QStringView(text).sliced(sentence.start, sentence.end - sentence.start));
        out += QLatin1String(",\"attribution\":");
        if (i >= analysis.suggestions.size()) {
            out += QLatin1String("null}");
            continue;
        }
        const AttributionSuggestion &s = analysis.suggestions[i];
        out += QLatin1String("{\"source\":");
        if (s.source) {
            appendMention(out, map, *s.source, true);
        } else {
            out += QLatin1String("null");
        }
        out += QLatin1String(",\"via\":[");
        for (qsizetype v = 0; v < s.via.size(); ++v) {
            if (v > 0) {
                out += QLatin1Char(',');
            }
            appendMention(out, map, s.via[v], false);
        }
        out += QLatin1String("],\"cue\":");
        if (s.cue.isValid() && !s.cueText.isEmpty()) {
            out += QLatin1String("{\"text\":");
            appendString(out, s.cueText);
            out += QLatin1String(",\"span\":");
            appendSpan(out, map, s.cue);
            out += QLatin1Char('}');
        } else {
            out += QLatin1String("null");
        }
        out += QLatin1String(",\"quote\":");
        appendString(out, toString(s.quote));
        out += QLatin1String(",\"scope\":");
        appendString(out, toString(s.scope));
        out += QLatin1String(",\"confidence\":") + number(s.confidence) + QLatin1String(",\"reason\":");
        appendString(out, s.reason);
        out += QLatin1String("}}");
    }
    out += QLatin1String("]}\n");
    return out.toUtf8();
}

QByteArray AnalysisJson::toTsv(const QString &text, const DocumentAnalysis &analysis)
{
    const CodePointMap map(text);
    QString out
        = QStringLiteral("index\tstart\tend\tsource\tkind\tanonymous\tcount\ttitle\tvia\tcue\tcue_start\tcue_end\t"
                         "quote\tscope\tconfidence\treason\ttext\n");
    for (qsizetype i = 0; i < analysis.sentences.size(); ++i) {
        const SentenceSpan &sentence = analysis.sentences[i];
        const AttributionSuggestion s
            = i < analysis.suggestions.size() ? analysis.suggestions[i] : AttributionSuggestion {};
        QStringList via;
        for (const SourceMention &v : s.via) {
            via.append(v.name);
        }
        const bool cue = s.cue.isValid() && !s.cueText.isEmpty();
        const QStringList fields = {
            QString::number(i),
            QString::number(map.toCodePoint(sentence.start)),
            QString::number(map.toCodePoint(sentence.end)),
            s.source ? s.source->name : QString(),
            s.source ? toString(s.source->kind) : QString(),
            s.source ? QLatin1String(s.source->anonymous ? "true" : "false") : QString(),
            s.source ? toString(s.source->count) : QString(),
            s.source ? s.source->title : QString(),
            via.join(QStringLiteral("; ")),
            cue ? s.cueText : QString(),
            cue ? QString::number(map.toCodePoint(s.cue.start)) : QString(),
            cue ? QString::number(map.toCodePoint(s.cue.end)) : QString(),
            toString(s.quote),
            toString(s.scope),
            number(s.confidence),
            s.reason,
            QStringView(text).sliced(sentence.start, sentence.end - sentence.start).toString(),
        };
        QStringList clean;
        clean.reserve(fields.size());
        for (const QString &field : fields) {
            clean.append(tsvField(field));
        }
        out += clean.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace Sourcelight
