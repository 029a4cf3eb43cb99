// The command line's help: every subcommand's line in `sourcelight --help` (summary()) and its own --help text
// (usage()), kept together so that they read alike.
#include "subcommands.h"

namespace Sourcelight {

QString AgreementCommand::summary()
{
    return tr("measure how far coders agree: Krippendorff's alpha, Cohen's kappa, percent agreement");
}

QString AgreementCommand::usage()
{
    return tr("Usage: sourcelight agreement --ratings FILE.csv [--format text|json]\n"
              "       sourcelight agreement --project P [--document ID] [--format text|json]\n\n"
              "Measures how far coders agree on nominal codes (a verdict, a source, a tag): Krippendorff's alpha\n"
              "over all coders, missing values allowed, and for every pair of coders the percent agreement and\n"
              "Cohen's kappa on the units both coded. The ratings table has a row per unit: the unit's name, then\n"
              "one value per coder. Its first row names the coders (after a heading for the unit column); an empty\n"
              "cell is a missing value. Comma- or tab-separated, UTF-8; '-' reads standard input.\n\n"
              "With --project, the data are the reviewers' independent codings of a team project (review mode\n"
              "independent), one table per field: source, anonymity, quoteType, verdict, claimType and tag:NAME;\n"
              "the units are sentences. The JSON is {\"project\", \"document\", \"fields\": [the object above plus\n"
              "\"field\"]}.\n\n"
              "  --ratings FILE   the ratings table\n"
              "  --project P      a project (file or postgresql:// address) instead of a table\n"
              "  --document ID    with --project: only this document\n"
              "  --format FORMAT  text (default: a summary for people) or json (one JSON object)\n"
              "  -h, --help       show this help\n");
}

QString AnalyzeCommand::summary()
{
    return tr("print the sentences and suggested attributions of an article (JSON or TSV)");
}

QString AnalyzeCommand::usage()
{
    return tr("Usage: sourcelight analyze [--lang en|ru|uk|auto] [--format json|tsv] FILE|-\n\n"
              "Splits a UTF-8 article into sentences and suggests for each who its source is, through whom and on\n"
              "what evidence. '-' reads standard input. Offsets count Unicode code points.\n\n"
              "  --lang LANG      language of the article (default: auto, detected from the text)\n"
              "  --format FORMAT  json (default: one JSON object) or tsv (one line per sentence)\n"
              "  -h, --help       show this help\n");
}

QString EvaluateCommand::summary()
{
    return tr("score the suggested attributions against labelled articles (JSON or text)");
}

QString EvaluateCommand::usage()
{
    return tr("Usage: sourcelight evaluate --gold FILE|DIR [--split all|dev|test] [--format json|text]\n\n"
              "Runs the attribution suggester on every labelled article of a gold file (JSONL, see\n"
              "docs/gold-format.md) and prints source precision, recall and F1 by split, cue class and source\n"
              "kind, with the missed sources. A directory means every *.jsonl file in it.\n\n"
              "  --gold PATH      gold JSONL file, or a directory of them (required)\n"
              "  --split SPLIT    only the articles of this split: all (default), dev or test\n"
              "  --format FORMAT  json (default: one JSON object) or text (a summary for people)\n"
              "  -h, --help       show this help\n");
}

QString ExportCommand::summary()
{
    return tr("write a report or export (HTML, PDF, Markdown, CSV, JSON, W3C, ClaimReview, REFI-QDA)");
}

QString ExportCommand::usage()
{
    return tr("Usage: sourcelight export --project FILE.sourcelight --format FORMAT [OPTIONS…] -o OUT\n\n"
              "Writes the project, or the documents given, as FORMAT:\n"
              "  html         annotated report, one self-contained file\n"
              "  pdf          the same report, paged (A4 or Letter)\n"
              "  md           the same report in Markdown\n"
              "  csv          one row per claim (RFC 4180, UTF-8)\n"
              "  json         lossless, versioned export that re-imports into an empty project\n"
              "  w3c          W3C Web Annotation collection (JSON-LD)\n"
              "  claimreview  schema.org ClaimReview (JSON-LD) for each claim with a verdict\n"
              "  qdpx         REFI-QDA project for QualCoder, MAXQDA, ATLAS.ti, NVivo\n\n"
              "  --project FILE         the project to export\n"
              "  --format FORMAT        one of the formats above\n"
              "  -o, --output OUT       the file to write; '-' writes text formats to standard output\n"
              "  --document ID          only this document (repeat for several); default: the whole project\n"
              "  --all-versions         include superseded versions of re-imported articles (json always does)\n"
              "  --filter F             only some claims (repeatable): verified, anonymous, source=ID or NAME,\n"
              "                         verdict=NAME, type=NAME\n"
              "  --page-size a4|letter  PDF page size (default a4)\n"
              "  --bom                  start a CSV with a UTF-8 byte order mark\n"
              "  --raw                  write CSV cells that begin with =, +, - or @ as they are (by default they\n"
              "                         get a leading apostrophe, so spreadsheets do not run them as formulas)\n"
              "  --title TEXT           the report's title\n"
              "  --organisation NAME    the reviewing organisation (ClaimReview author; default from settings)\n"
              "  --organisation-url URL its web address\n"
              "  --indent               indent JSON output (the default is compact, and much faster)\n"
              "  --progress             print progress to standard error\n"
              "  -h, --help             show this help\n");
}

QString ImportCommand::summary()
{
    return tr("import articles (.txt, .md, .html) or restore a JSON backup into a project, one JSON line per file");
}

QString ImportCommand::usage()
{
    return tr("Usage: sourcelight import --project FILE.sourcelight FILE|URL…\n"
              "       sourcelight import --project NEW.sourcelight BACKUP.json\n\n"
              "Imports each article into the project (created when it does not exist): its text, metadata,\n"
              "sentences and suggested attributions. Prints one JSON line per file with its status: imported,\n"
              "duplicate (the same text is already there), updated (a new version of an article already there;\n"
              "the analyst's annotations are carried over) or error. Exits with 1 if any file failed.\n\n"
              "An http:// or https:// address is fetched (that page only, nothing it refers to; at most 5\n"
              "redirects and 20 MB) and imported with the address as its URL; importing the same address again\n"
              "gives a new version when the page changed.\n\n"
              "A .json file is a backup (a complete 'sourcelight export --format json'): it is restored whole,\n"
              "with every id, claim and history line, into a new project or one without documents, and must be\n"
              "the only file given. A project that holds documents is refused and left unchanged. One JSON line\n"
              "with status restored or error.\n\n"
              "  --project FILE     the project to import into\n"
              "  --timeout SECONDS  how long to wait for a web page (default 30)\n"
              "  -h, --help         show this help\n");
}

QString PublishCommand::summary()
{
    return tr("upload a project file to a PostgreSQL server for team review");
}

QString PublishCommand::usage()
{
    return tr("Usage: sourcelight publish --project FILE.sourcelight --to postgresql://USER@HOST/DATABASE\n\n"
              "Copies a project file, whole (every document and version, sources, claims, tags, history), into an\n"
              "empty database on a PostgreSQL server, where the team then opens it by its address. The database\n"
              "must exist and hold no project with documents; the file is only read. Prints one JSON line.\n\n"
              "  --project FILE   the project file to publish\n"
              "  --to ADDRESS     the server project (the password from ~/.pgpass or PGPASSWORD)\n"
              "  -h, --help       show this help\n");
}

QString StatsCommand::summary()
{
    return tr("print a project's figures: attributed share, anonymous sources, per source and per verdict");
}

QString StatsCommand::usage()
{
    return tr("Usage: sourcelight stats --project FILE.sourcelight [--format text|json]\n\n"
              "Prints the number of documents and sentences, the share of sentences attributed to a source, the\n"
              "share of claims resting on anonymous sources, and counts per source and per verdict.\n\n"
              "  --project FILE   the project (opened read-only)\n"
              "  --format FORMAT  text (default: a table) or json (one JSON object)\n"
              "  -h, --help       show this help\n");
}

QString TeamCommand::summary()
{
    return tr("show a team project's reviewers and review mode; give a login a part, change the mode");
}

QString TeamCommand::usage()
{
    return tr("Usage: sourcelight team --project P [--add LOGIN [--role ROLE] [--name NAME]]\n"
              "                        [--mode shared|independent] [--format text|json]\n\n"
              "Lists the people of a team project (their name, database login and part) and its review mode. An\n"
              "admin may give a login a part and change the mode; the server refuses anyone else. The login must\n"
              "exist on the server (CREATE ROLE … LOGIN). A reviewer decides under their own name; a curator also\n"
              "writes the final decisions and reshapes sentences; an admin also imports documents and manages the\n"
              "codebook, the team and the mode. In independent mode each reviewer's decisions are their own and\n"
              "hidden from the others until they mark the document done.\n\n"
              "  --project P      the project: a .sourcelight file or a postgresql:// address (required)\n"
              "  --add LOGIN      give this database login a part (again: change it)\n"
              "  --role ROLE      reviewer (default), curator or admin\n"
              "  --name NAME      the name their decisions go under (default: the login)\n"
              "  --mode MODE      shared or independent (independent needs a server)\n"
              "  --format FORMAT  text (default) or json: {\"mode\", \"members\": [{\"id\", \"name\", \"login\",\n"
              "                   \"role\"}]}\n"
              "  -h, --help       show this help\n");
}

} // namespace Sourcelight
