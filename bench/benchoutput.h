#pragma once

// What the benchmarks share around their figures: one JSON line a figure on standard output, and the pick from a
// fixed-seed generator and the paragraphs their generated articles are made of.

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>
#include <functional>

namespace Sourcelight::Bench {

/// Prints line as one compact JSON line and flushes it, so a figure is out even if a later step fails.
inline void print(const QJsonObject &line)
{
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

/// One item of list, chosen by random.
inline QString pick(QRandomGenerator &random, const QStringList &list)
{
    return list.at(random.bounded(int(list.size())));
}

/// Appends wire-style prose to text until it holds bytes: each sentence from next, given the topic picked for it, a
/// value from 1 to 899 and its number; a paragraph every four sentences, as in a long report.
inline void appendProse(QString &text, qsizetype bytes, QRandomGenerator &random, const QStringList &topics,
    const std::function<QString(const QString &topic, int value, int sentence)> &next)
{
    int sentence = 0;
    while (text.size() < bytes) {
        const QString topic = pick(random, topics);
        const int value = random.bounded(1, 900);
        text += next(topic, value, sentence);
        if (++sentence % 4 == 0) {
            text += QStringLiteral("\n\n");
        }
    }
}

} // namespace Sourcelight::Bench
