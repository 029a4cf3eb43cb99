#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Sourcelight {

/// `sourcelight agreement --ratings FILE.csv [--format text|json]`: inter-coder agreement on a table of nominal
/// codes (units × coders) — Krippendorff's α and, per pair of coders, percent agreement and Cohen's κ
/// (analysis/agreement.h). Needs no display.
class AgreementCommand final
{
    Q_DECLARE_TR_FUNCTIONS(AgreementCommand)

public:
    AgreementCommand() = delete;

    /// Runs the command; arguments follow the word "agreement". Returns a CommandLine::ExitCode.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();
    static QString summary();
};

} // namespace Sourcelight
