#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QTextStream;

namespace Sourcelight {

class ProjectStore;
class SubcommandParser;
struct ReportOptions;
struct ReportRequest;

/// `sourcelight export --project P --format html|pdf|md|csv|json|w3c|claimreview|qdpx [--document ID]…
/// [--filter F]… -o OUT`: writes a report or an export of the project without a display. `-o -` writes text formats
/// to standard output; a file is replaced only when the export succeeded. The work is done by models/
/// (ReportBuilder) and reports/ (the writers); this only parses arguments and prints.
class ExportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    ExportCommand() = delete;

    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();
    static QString summary();

    /// Whether these command-line arguments (the program's, from argv) ask for an export that paints text (HTML
    /// charts, PDF): those need fonts, so main() creates a QGuiApplication on the offscreen platform for them
    /// instead of a QCoreApplication. No display is needed either way.
    static bool needsGuiApplication(const QStringList &arguments);

private:
    struct Arguments;

    // The steps of run(); each returns the exit code when the command ends there.
    static void declareOptions(SubcommandParser &parser);
    static std::optional<int> parseArguments(const QStringList &arguments, SubcommandParser &parser, Arguments &parsed);
    static void readReportOptions(const SubcommandParser &parser, ReportOptions &options);
    static std::optional<int> applyFilters(
        const QStringList &filters, ReportRequest &request, ProjectStore &store, const SubcommandParser &parser);
    static int writeExport(const Arguments &parsed, ProjectStore &store, const SubcommandParser &parser,
        QTextStream &out, QTextStream &err);
};

} // namespace Sourcelight
