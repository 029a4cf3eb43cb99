#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QTextStream;

// The command-line subcommands. Each is a class of static functions — usage() is its --help text, summary() its
// line in `sourcelight --help`, declare() names its options, run() does the work once CommandLine has parsed the
// arguments and returns a CommandLine::ExitCode — and a translation context of its own. None needs a display.
// CommandLine (commandline.h) lists them; the work is done by the layers below, the commands only parse arguments and
// print.

namespace Sourcelight {

class ArticleFetcher;
class ProjectImporter;
class ProjectStore;
class SubcommandParser;
struct ImportResult;
struct ReportOptions;
struct ReportRequest;

/// `sourcelight agreement --ratings FILE.csv | --project P [--document ID] [--format text|json]`: inter-coder
/// agreement on a table of nominal codes (units × coders), or on the reviewers' independent codings of a team
/// project field by field (store/projectcodings.h) — Krippendorff's α and, per pair of coders, percent agreement and
/// Cohen's κ (analysis/agreement.h).
class AgreementCommand final
{
    Q_DECLARE_TR_FUNCTIONS(AgreementCommand)

public:
    AgreementCommand() = delete;
    static QString usage();
    static QString summary();
    static void declare(SubcommandParser &parser);
    static int run(const SubcommandParser &parser, QTextStream &out, QTextStream &err);
};

/// `sourcelight analyze [--lang en|ru|uk|auto] [--format json|tsv] FILE|-`: segments an article, suggests an
/// attribution for every sentence and prints the result in the public format (analysis/analysisjson.h).
class AnalyzeCommand final
{
    Q_DECLARE_TR_FUNCTIONS(AnalyzeCommand)

public:
    AnalyzeCommand() = delete;
    static QString usage();
    static QString summary();
    static void declare(SubcommandParser &parser);
    static int run(const SubcommandParser &parser, QTextStream &out, QTextStream &err);
};

/// `sourcelight evaluate --gold FILE|DIR [--split all|dev|test] [--format json|text]`: runs the attribution
/// suggester on labelled articles (docs/gold-format.md) and prints how well it found their sources
/// (AttributionEvaluator). A directory means every *.jsonl file in it.
class EvaluateCommand final
{
    Q_DECLARE_TR_FUNCTIONS(EvaluateCommand)

public:
    EvaluateCommand() = delete;
    static QString usage();
    static QString summary();
    static void declare(SubcommandParser &parser);
    static int run(const SubcommandParser &parser, QTextStream &out, QTextStream &err);
};

/// `sourcelight export --project P --format html|pdf|md|csv|json|w3c|claimreview|qdpx [--document ID]…
/// [--filter F]… -o OUT`: writes a report or an export of the project. `-o -` writes text formats to standard
/// output; a file is replaced only when the export succeeded. The work is done by store/ (ReportBuilder) and
/// reports/ (the writers).
class ExportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    ExportCommand() = delete;
    static QString usage();
    static QString summary();
    static void declare(SubcommandParser &parser);
    static int run(const SubcommandParser &parser, QTextStream &out, QTextStream &err);

    /// Whether these command-line arguments (the program's, from argv) ask for an export that paints text (HTML
    /// charts, PDF): those need fonts, so main() creates a QGuiApplication on the offscreen platform for them
    /// instead of a QCoreApplication. No display is needed either way.
    static bool needsGuiApplication(const QStringList &arguments);

private:
    struct Arguments;

    // The steps of run(); each returns the exit code when the command ends there.
    static std::optional<int> readArguments(const SubcommandParser &parser, Arguments &parsed);
    static void readReportOptions(const SubcommandParser &parser, ReportOptions &options);
    static std::optional<int> applyFilters(
        const QStringList &filters, ReportRequest &request, ProjectStore &store, const SubcommandParser &parser);
    static int writeExport(const Arguments &parsed, ProjectStore &store, const SubcommandParser &parser,
        QTextStream &out, QTextStream &err);
};

/// `sourcelight import --project P.sourcelight FILE|URL…`: creates the project if needed, imports each file and
/// prints one JSON line per file ({"file", "document", "sentences", "status", "encoding", "message"}). Exit code 1
/// when any file failed. An http(s) address is fetched (ArticleFetcher) and imported like a file. A single .json
/// file is a backup, restored whole ({"file", "status": "restored" or "error", "documents", "sentences", "claims",
/// "message"}). The work is done by ingest/ (ProjectImporter, ArticleFetcher, ProjectRestorer).
class ImportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    ImportCommand() = delete;
    static QString usage();
    static QString summary();
    static void declare(SubcommandParser &parser);
    static int run(const SubcommandParser &parser, QTextStream &out, QTextStream &err);

private:
    /// Fetches the page and imports it; an Error result says why not.
    static ImportResult importAddress(ProjectImporter &importer, ArticleFetcher &fetcher, const QString &address);
    static int restore(const QString &projectPath, const QString &backup, QTextStream &out);
};

/// `sourcelight publish --project P.sourcelight --to postgresql://…`: uploads a project file into an empty database on
/// a PostgreSQL server, where the team then reviews it (a complete JSON backup of the file, restored into the server
/// project in one transaction: ProjectRestorer).
class PublishCommand final
{
    Q_DECLARE_TR_FUNCTIONS(PublishCommand)

public:
    PublishCommand() = delete;
    static QString usage();
    static QString summary();
    static void declare(SubcommandParser &parser);
    static int run(const SubcommandParser &parser, QTextStream &out, QTextStream &err);
};

/// `sourcelight stats --project P [--format text|json]`: documents, sentences, attributed share, share of claims
/// resting on anonymous sources, counts per source and per verdict (store/ProjectStats).
class StatsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)

public:
    StatsCommand() = delete;
    static QString usage();
    static QString summary();
    static void declare(SubcommandParser &parser);
    static int run(const SubcommandParser &parser, QTextStream &out, QTextStream &err);
};

/// `sourcelight team --project P [--add LOGIN [--role reviewer|curator|admin] [--name NAME]]
/// [--mode shared|independent] [--format text|json]`: shows a team project's people and review mode, and lets an
/// admin give a database login a part or change the mode (store/reviewteam.h). The server enforces the parts.
class TeamCommand final
{
    Q_DECLARE_TR_FUNCTIONS(TeamCommand)

public:
    TeamCommand() = delete;
    static QString usage();
    static QString summary();
    static void declare(SubcommandParser &parser);
    static int run(const SubcommandParser &parser, QTextStream &out, QTextStream &err);
};

} // namespace Sourcelight
