#include "statscommand.h"

#include "commandline.h"
#include "projectstats.h"
#include "projectstore.h"
#include "subcommandparser.h"

#include <QJsonDocument>
#include <QTextStream>

namespace Sourcelight {

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

int StatsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandParser parser(QStringLiteral("stats"), usage(), out, err);
    parser.addOption({QStringLiteral("project")}, tr("%1 needs a value").arg(QStringLiteral("--project")));
    parser.addChoice(QStringLiteral("format"), {QStringLiteral("text"), QStringLiteral("json")});
    parser.setRequired(QStringLiteral("project"));
    parser.setNoPositionalArguments();
    parser.setUnknownOptionMessage(tr("unknown argument '%1'"));
    if (const std::optional<int> done = parser.parse(arguments)) {
        return *done;
    }
    const QString projectPath = parser.value(QStringLiteral("project"));
    const QString format = parser.value(QStringLiteral("format"));
    ProjectStore store;
    if (!store.open(projectPath, ProjectStore::OpenMode::ReadOnly)) {
        return parser.failure(store.errorString());
    }
    const std::optional<ProjectStats> stats = ProjectStats::compute(store);
    if (!stats) {
        return parser.failure(store.errorString());
    }
    if (format == QLatin1String("json")) {
        out << QString::fromUtf8(QJsonDocument(stats->toJson()).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        out << stats->toText();
    }
    out.flush();
    return CommandLine::Success;
}

} // namespace Sourcelight
