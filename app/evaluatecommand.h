#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Sourcelight {

/// `sourcelight evaluate --gold FILE|DIR [--split all|dev|test] [--format json|text]`: runs the attribution
/// suggester on labelled articles (docs/gold-format.md) and prints how well it found their sources
/// (AttributionEvaluator). A directory means every *.jsonl file in it. Needs no display.
class EvaluateCommand final
{
    Q_DECLARE_TR_FUNCTIONS(EvaluateCommand)

public:
    EvaluateCommand() = delete;

    /// Runs the command; arguments follow the word "evaluate". Returns a CommandLine::ExitCode.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();
    static QString summary();
};

} // namespace Sourcelight
