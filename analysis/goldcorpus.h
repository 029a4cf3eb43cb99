#pragma once

#include "attributiontypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Sourcelight {

/// A labelled span of a gold article, in UTF-16 offsets (the file counts code points; the reader converts).
/// A discontinuous span has its parts; a continuous one is its own single part.
struct GoldSpan
{
    TextSpan span;
    QList<TextSpan> parts;
    QString text;

    bool overlaps(const TextSpan &other) const;
};

/// One attribution relation: who (source, absent when the text names nobody), through which words (cue), says
/// what (content).
struct GoldRelation
{
    int id = 0;
    GoldSpan cue;
    std::optional<GoldSpan> source;
    GoldSpan content;
    QString cueClass;   ///< speech, belief, stance, evidence, noun, phrase, punct
    QString sourceKind; ///< person, outlet, official_body, anonymous, document, author, group; empty without source
};

struct GoldArticle
{
    QString id;
    QString language; ///< en, ru, uk
    QString style;
    QString split; ///< dev or test
    QString text;
    QList<GoldRelation> relations;
};

/// Reads the gold attribution format (docs/gold-format.md, `gold.jsonl`): one article per line. Pure parsing;
/// the caller reads the files.
class GoldCorpus final
{
public:
    /// Appends the articles of one JSONL document to @p articles. On a malformed line, returns false with a
    /// message naming @p name and the line.
    static bool parse(const QByteArray &jsonl, const QString &name, QList<GoldArticle> &articles, QString *error);
};

} // namespace Sourcelight
