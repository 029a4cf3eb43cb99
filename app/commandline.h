#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QTextStream;

namespace Sourcelight {

/// The display-free side of the executable: --version, --help and the subcommands
/// (analyze, import, export, stats). Output goes to the streams it is given, so tests can read it.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// Exit codes, stable for scripts.
    enum ExitCode {
        Success = 0,
        Failure = 1,    ///< the request was understood but did not succeed (a file failed to import, …)
        UsageError = 2, ///< unknown subcommand or option, missing argument
    };

    CommandLine(QTextStream &out, QTextStream &err);

    /// Runs the request; arguments start with the program name, as QCoreApplication::arguments() does.
    int run(const QStringList &arguments);

    /// The general usage text, listing every subcommand.
    static QString usage();

    /// Whether word names a subcommand.
    static bool isSubcommand(const QString &word);

    using Handler = std::function<int(const QStringList &arguments, QTextStream &out, QTextStream &err)>;
    struct Subcommand
    {
        QString name;
        QString summary;
        Handler handler;
    };
    /// Every subcommand this build provides.
    static const QList<Subcommand> &subcommands();

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Sourcelight
