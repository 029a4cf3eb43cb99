#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Sourcelight {

/// `sourcelight stats --project P [--format text|json]`: documents, sentences, attributed share, share of claims
/// resting on anonymous sources, counts per source and per verdict (models/ProjectStats).
class StatsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)

public:
    StatsCommand() = delete;

    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();
    static QString summary();
};

} // namespace Sourcelight
