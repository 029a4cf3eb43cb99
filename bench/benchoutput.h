#pragma once

// What the benchmarks share around their figures: one JSON line a figure on standard output, and the pick from a
// fixed-seed generator their generated articles are made of.

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>

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

} // namespace Sourcelight::Bench
