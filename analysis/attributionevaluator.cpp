#include "attributionevaluator.h"

#include "documentanalyzer.h"
#include "language.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace Sourcelight {

namespace {

/// A source or conduit the suggester names, where the text names it.
struct Predicted
{
    TextSpan span;
    SourceKind kind = SourceKind::Person;
    QString reason;
};

QList<Predicted> predictedMentions(const DocumentAnalysis &analysis)
{
    QList<Predicted> out;
    const auto add = [&out](const SourceMention &m, const QString &reason) {
        if (m.mention.isValid()
            && std::none_of(out.cbegin(), out.cend(), [&m](const Predicted &p) { return p.span == m.mention; })) {
            out.append({m.mention, m.kind, reason});
        }
    };
    for (const AttributionSuggestion &s : analysis.suggestions) {
        if (s.source) {
            add(*s.source, s.reason);
        }
        for (const SourceMention &via : s.via) {
            add(via, s.reason);
        }
    }
    return out;
}

void scoreSources(const GoldArticle &article, const QList<Predicted> &predicted, EvaluationPart &part)
{
    for (const GoldRelation &r : article.relations) {
        if (!r.source) {
            continue;
        }
        const bool found = std::any_of(
            predicted.cbegin(), predicted.cend(), [&r](const Predicted &p) { return r.source->overlaps(p.span); });
        ++part.sources.gold;
        ++part.byCueClass[r.cueClass].gold;
        ++part.bySourceKind[r.sourceKind].gold;
        if (found) {
            ++part.sources.found;
            ++part.byCueClass[r.cueClass].found;
            ++part.bySourceKind[r.sourceKind].found;
        } else {
            part.misses.append({article.id, r.id, r.cueClass, r.sourceKind, r.cue.text, r.source->text});
        }
    }
    for (const Predicted &p : predicted) {
        const bool correct = std::any_of(article.relations.cbegin(), article.relations.cend(),
            [&p](const GoldRelation &r) { return r.source && r.source->overlaps(p.span); });
        SpanScore &kind = part.bySourceKind[toString(p.kind)];
        ++part.sources.predicted;
        ++kind.predicted;
        if (correct) {
            ++part.sources.correct;
            ++kind.correct;
        } else {
            part.falseAlarms.append(
                {article.id, article.text.mid(p.span.start, p.span.length()), toString(p.kind), p.reason});
        }
    }
}

void scoreSentences(const GoldArticle &article, const DocumentAnalysis &analysis, EvaluationPart &part)
{
    for (qsizetype i = 0; i < analysis.sentences.size(); ++i) {
        const TextSpan sentence {analysis.sentences.at(i).start, analysis.sentences.at(i).end};
        const bool gold = std::any_of(article.relations.cbegin(), article.relations.cend(),
            [&sentence](const GoldRelation &r) { return r.source && r.content.overlaps(sentence); });
        const AttributionSuggestion &s = analysis.suggestions.at(i);
        const bool predicted = s.scope != AttributionScope::Author && (s.source || !s.via.isEmpty());
        part.sentences.gold += gold;
        part.sentences.found += gold && predicted;
        part.sentences.predicted += predicted;
        part.sentences.correct += gold && predicted;
    }
}

void addScore(SpanScore &into, const SpanScore &from)
{
    into.gold += from.gold;
    into.found += from.found;
    into.predicted += from.predicted;
    into.correct += from.correct;
}

void merge(EvaluationPart &into, const EvaluationPart &from)
{
    into.articles += from.articles;
    addScore(into.sources, from.sources);
    addScore(into.sentences, from.sentences);
    for (auto it = from.byCueClass.cbegin(); it != from.byCueClass.cend(); ++it) {
        addScore(into.byCueClass[it.key()], it.value());
    }
    for (auto it = from.bySourceKind.cbegin(); it != from.bySourceKind.cend(); ++it) {
        addScore(into.bySourceKind[it.key()], it.value());
    }
    into.misses += from.misses;
    into.falseAlarms += from.falseAlarms;
}

double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

QJsonObject scoreJson(const SpanScore &s, bool withPrecision)
{
    QJsonObject o {{QStringLiteral("gold"), s.gold}, {QStringLiteral("found"), s.found},
        {QStringLiteral("recall"), rounded(s.recall())}};
    if (withPrecision) {
        o.insert(QStringLiteral("predicted"), s.predicted);
        o.insert(QStringLiteral("correct"), s.correct);
        o.insert(QStringLiteral("precision"), rounded(s.precision()));
        o.insert(QStringLiteral("f1"), rounded(s.f1()));
    }
    return o;
}

QJsonObject partJson(const EvaluationPart &part)
{
    QJsonObject classes;
    for (auto it = part.byCueClass.cbegin(); it != part.byCueClass.cend(); ++it) {
        classes.insert(it.key(), scoreJson(it.value(), false));
    }
    QJsonObject kinds;
    for (auto it = part.bySourceKind.cbegin(); it != part.bySourceKind.cend(); ++it) {
        kinds.insert(it.key(), scoreJson(it.value(), true));
    }
    QJsonArray misses;
    for (const EvaluationMiss &m : part.misses) {
        misses.append(QJsonObject {{QStringLiteral("article"), m.article}, {QStringLiteral("relation"), m.relation},
            {QStringLiteral("cueClass"), m.cueClass}, {QStringLiteral("sourceKind"), m.sourceKind},
            {QStringLiteral("cue"), m.cue}, {QStringLiteral("source"), m.source}});
    }
    QJsonArray falseAlarms;
    for (const EvaluationFalseAlarm &f : part.falseAlarms) {
        falseAlarms.append(QJsonObject {{QStringLiteral("article"), f.article}, {QStringLiteral("source"), f.source},
            {QStringLiteral("kind"), f.kind}, {QStringLiteral("reason"), f.reason}});
    }
    return {{QStringLiteral("articles"), part.articles}, {QStringLiteral("sources"), scoreJson(part.sources, true)},
        {QStringLiteral("sentences"), scoreJson(part.sentences, true)}, {QStringLiteral("byCueClass"), classes},
        {QStringLiteral("bySourceKind"), kinds}, {QStringLiteral("misses"), misses},
        {QStringLiteral("falseAlarms"), falseAlarms}};
}

QString percent(double value)
{
    return QString::number(value * 100.0, 'f', 1);
}

} // namespace

double SpanScore::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r > 0.0 ? 2.0 * p * r / (p + r) : 0.0;
}

void AttributionEvaluator::add(const GoldArticle &article)
{
    const DocumentAnalysis analysis = analyzeDocument(article.text, languageFromCode(article.language));
    EvaluationPart part;
    part.articles = 1;
    scoreSources(article, predictedMentions(analysis), part);
    scoreSentences(article, analysis, part);
    merge(m_parts[QStringLiteral("all")], part);
    if (!article.split.isEmpty()) {
        merge(m_parts[article.split], part);
    }
}

QByteArray AttributionEvaluator::toJson() const
{
    QJsonObject splits;
    for (auto it = m_parts.cbegin(); it != m_parts.cend(); ++it) {
        splits.insert(it.key(), partJson(it.value()));
    }
    const QJsonObject root {{QStringLiteral("version"), FormatVersion}, {QStringLiteral("splits"), splits}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
}

QString AttributionEvaluator::toText() const
{
    QString out;
    const auto line = [&out](const QString &label, const SpanScore &s, bool withPrecision) {
        out += QStringLiteral("  %1 %2/%3 found (recall %4 %)")
                   .arg(label, -22)
                   .arg(s.found)
                   .arg(s.gold)
                   .arg(percent(s.recall()));
        if (withPrecision && s.predicted == 0) {
            // Precision is undefined, not 0 %: the gold's "group" kind, for one, has no suggested counterpart.
            out += QStringLiteral(", no suggestion of this kind");
        } else if (withPrecision) {
            out += QStringLiteral(", %1/%2 right (precision %3 %), F1 %4 %")
                       .arg(s.correct)
                       .arg(s.predicted)
                       .arg(percent(s.precision()))
                       .arg(percent(s.f1()));
        }
        out += QLatin1Char('\n');
    };
    for (auto it = m_parts.cbegin(); it != m_parts.cend(); ++it) {
        const EvaluationPart &part = it.value();
        out += QCoreApplication::translate("AttributionEvaluator", "%1: %n article(s)", nullptr, part.articles)
                   .arg(it.key())
            + QLatin1Char('\n');
        line(QCoreApplication::translate("AttributionEvaluator", "sources"), part.sources, true);
        line(QCoreApplication::translate("AttributionEvaluator", "attributed sentences"), part.sentences, true);
        for (auto c = part.byCueClass.cbegin(); c != part.byCueClass.cend(); ++c) {
            line(QCoreApplication::translate("AttributionEvaluator", "cue class %1").arg(c.key()), c.value(), false);
        }
        for (auto k = part.bySourceKind.cbegin(); k != part.bySourceKind.cend(); ++k) {
            line(QCoreApplication::translate("AttributionEvaluator", "source kind %1").arg(k.key()), k.value(), true);
        }
    }
    const EvaluationPart all = m_parts.value(QStringLiteral("all"));
    if (!all.misses.isEmpty()) {
        out += QCoreApplication::translate("AttributionEvaluator", "missed sources:") + QLatin1Char('\n');
        for (const EvaluationMiss &m : all.misses) {
            out += QStringLiteral("  %1#%2 [%3, %4] %5 — %6\n")
                       .arg(m.article)
                       .arg(m.relation)
                       .arg(m.cueClass, m.sourceKind, m.source, m.cue);
        }
    }
    if (!all.falseAlarms.isEmpty()) {
        out += QCoreApplication::translate("AttributionEvaluator", "sources named where the gold has none:")
            + QLatin1Char('\n');
        for (const EvaluationFalseAlarm &f : all.falseAlarms) {
            out += QStringLiteral("  %1 [%2] %3 — %4\n").arg(f.article, f.kind, f.source, f.reason);
        }
    }
    return out;
}

} // namespace Sourcelight
