#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Sourcelight {

/// `sourcelight analyze [--lang en|ru|uk|auto] [--format json|tsv] FILE|-`: segments an article, suggests an
/// attribution for every sentence and prints the result in the public format (analysis/analysisjson.h).
/// Needs no display.
class AnalyzeCommand final
{
    Q_DECLARE_TR_FUNCTIONS(AnalyzeCommand)

public:
    AnalyzeCommand() = delete;

    /// Runs the command; arguments follow the word "analyze". Returns a CommandLine::ExitCode.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();
    static QString summary();
};

} // namespace Sourcelight
