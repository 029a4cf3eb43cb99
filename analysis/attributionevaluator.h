#pragma once

#include "goldcorpus.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Sourcelight {

/// Counts behind a precision/recall pair: gold items and how many of them were found; predicted items and how
/// many of them were right.
struct SpanScore
{
    int gold = 0;
    int found = 0;
    int predicted = 0;
    int correct = 0;

    double recall() const { return gold > 0 ? double(found) / gold : 0.0; }
    double precision() const { return predicted > 0 ? double(correct) / predicted : 0.0; }
    double f1() const;
};

/// A gold relation whose source the suggester did not find.
struct EvaluationMiss
{
    QString article;
    int relation = 0;
    QString cueClass;
    QString sourceKind;
    QString cue;
    QString source;
};

/// A source the suggester named where the gold has none.
struct EvaluationFalseAlarm
{
    QString article;
    QString source; ///< the words it took for a source
    QString kind;
    QString reason;
};

/// The scores of one split (dev, test) or of all articles.
struct EvaluationPart
{
    int articles = 0;
    /// Source mentions, matched by overlap: a gold source is found when a suggested source or conduit mention
    /// overlaps it; a suggested mention is correct when it overlaps a gold source.
    SpanScore sources;
    /// Sentences: gold = holds the content of a sourced relation; predicted = the suggester gives it a source
    /// (any scope but the article's own voice). The pane paints exactly this.
    SpanScore sentences;
    QMap<QString, SpanScore> byCueClass;   ///< gold and found only (a suggestion has no gold class)
    QMap<QString, SpanScore> bySourceKind; ///< gold/found by the gold kind, predicted/correct by the suggested one
    QList<EvaluationMiss> misses;
    QList<EvaluationFalseAlarm> falseAlarms;
};

/// Scores the attribution suggester on labelled articles (`sourcelight evaluate`). Each article is analysed as
/// import does (its language from the gold), then counted in its split and in "all".
class AttributionEvaluator final
{
public:
    static constexpr int FormatVersion = 1;

    void add(const GoldArticle &article);

    /// "all", then each split by name.
    const QMap<QString, EvaluationPart> &parts() const { return m_parts; }

    /// The public output (documented in README.md, `sourcelight evaluate`): one JSON object and a newline.
    QByteArray toJson() const;
    /// A summary for people: a table per split, the cue classes and source kinds, then the misses.
    QString toText() const;

private:
    QMap<QString, EvaluationPart> m_parts;
};

} // namespace Sourcelight
