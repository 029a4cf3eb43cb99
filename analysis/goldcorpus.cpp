#include "goldcorpus.h"

#include "codepointmap.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Sourcelight {

namespace {

bool overlap(const TextSpan &a, const TextSpan &b)
{
    return a.isValid() && b.isValid() && a.start < b.end && b.start < a.end;
}

/// A {start,end,text} object (code points) with its optional parts, converted to UTF-16 and checked against the
/// article text.
std::optional<GoldSpan> readSpan(
    const QJsonValue &value, const QJsonValue &parts, const QString &text, const CodePointMap &map)
{
    const auto one = [&](const QJsonObject &o) -> std::optional<TextSpan> {
        const qint64 start = o.value(QLatin1String("start")).toInteger(-1);
        const qint64 end = o.value(QLatin1String("end")).toInteger(-1);
        if (start < 0 || end < start || end > map.codePointLength()) {
            return std::nullopt;
        }
        const TextSpan span {map.toUtf16(start), map.toUtf16(end)};
        if (o.contains(QLatin1String("text"))
            && text.mid(span.start, span.length()) != o.value(QLatin1String("text")).toString()) {
            return std::nullopt;
        }
        return span;
    };
    if (!value.isObject()) {
        return std::nullopt;
    }
    GoldSpan span;
    const std::optional<TextSpan> whole = one(value.toObject());
    if (!whole) {
        return std::nullopt;
    }
    span.span = *whole;
    span.text = text.mid(whole->start, whole->length());
    const QJsonArray partList = parts.toArray();
    for (const QJsonValue part : partList) {
        const std::optional<TextSpan> p = one(part.toObject());
        if (!p) {
            return std::nullopt;
        }
        span.parts.append(*p);
    }
    if (span.parts.isEmpty()) {
        span.parts.append(*whole);
    }
    return span;
}

std::optional<GoldRelation> readRelation(const QJsonObject &o, const QString &text, const CodePointMap &map)
{
    GoldRelation relation;
    relation.id = o.value(QLatin1String("id")).toInt();
    const std::optional<GoldSpan> cue
        = readSpan(o.value(QLatin1String("cue")), o.value(QLatin1String("cueParts")), text, map);
    const std::optional<GoldSpan> content
        = readSpan(o.value(QLatin1String("content")), o.value(QLatin1String("contentParts")), text, map);
    if (!cue || !content) {
        return std::nullopt;
    }
    relation.cue = *cue;
    relation.content = *content;
    if (!o.value(QLatin1String("source")).isNull()) {
        relation.source = readSpan(o.value(QLatin1String("source")), o.value(QLatin1String("sourceParts")), text, map);
        if (!relation.source) {
            return std::nullopt;
        }
        relation.sourceKind = o.value(QLatin1String("sourceKind")).toString();
    }
    relation.cueClass = o.value(QLatin1String("cueClass")).toString();
    return relation;
}

} // namespace

bool GoldSpan::overlaps(const TextSpan &other) const
{
    return std::any_of(parts.cbegin(), parts.cend(), [&other](const TextSpan &p) { return overlap(p, other); });
}

bool GoldCorpus::parse(const QByteArray &jsonl, const QString &name, QList<GoldArticle> &articles, QString *error)
{
    const auto fail = [&](int line, const QString &what) {
        if (error) {
            *error = QCoreApplication::translate("GoldCorpus", "%1, line %2: %3").arg(name).arg(line).arg(what);
        }
        return false;
    };
    int lineNumber = 0;
    for (const QByteArray &line : jsonl.split('\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty()) {
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (!document.isObject()) {
            return fail(lineNumber,
                parseError.error != QJsonParseError::NoError
                    ? parseError.errorString()
                    : QCoreApplication::translate("GoldCorpus", "not a JSON object (one article per line)"));
        }
        const QJsonObject o = document.object();
        GoldArticle article;
        article.id = o.value(QLatin1String("id")).toString();
        article.language = o.value(QLatin1String("language")).toString();
        article.style = o.value(QLatin1String("style")).toString();
        article.split = o.value(QLatin1String("split")).toString();
        article.text = o.value(QLatin1String("text")).toString();
        if (article.id.isEmpty() || !o.value(QLatin1String("relations")).isArray()) {
            return fail(lineNumber, QCoreApplication::translate("GoldCorpus", "an article needs an id and relations"));
        }
        const CodePointMap map(article.text);
        const QJsonArray relations = o.value(QLatin1String("relations")).toArray();
        for (const QJsonValue r : relations) {
            const std::optional<GoldRelation> relation = readRelation(r.toObject(), article.text, map);
            if (!relation) {
                return fail(lineNumber,
                    QCoreApplication::translate("GoldCorpus",
                        "relation %1 of %2 has a span outside the text or "
                        "whose text does not match")
                        .arg(r.toObject().value(QLatin1String("id")).toInt())
                        .arg(article.id));
            }
            article.relations.append(*relation);
        }
        articles.append(article);
    }
    return true;
}

} // namespace Sourcelight
