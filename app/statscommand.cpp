#include "statscommand.h"

#include "commandline.h"
#include "projectstats.h"
#include "projectstore.h"

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
    QString projectPath;
    QString format = QStringLiteral("text");
    const auto usageError = [&err](const QString &message) {
        err << tr("sourcelight stats: %1").arg(message) << "\n\n" << usage();
        err.flush();
        return int(CommandLine::UsageError);
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            out << usage();
            out.flush();
            return CommandLine::Success;
        }
        if (argument == QLatin1String("--project") || argument == QLatin1String("--format")) {
            if (i + 1 >= arguments.size()) {
                return usageError(tr("%1 needs a value").arg(argument));
            }
            (argument == QLatin1String("--project") ? projectPath : format) = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--project="))) {
            projectPath = argument.mid(10);
        } else if (argument.startsWith(QLatin1String("--format="))) {
            format = argument.mid(9);
        } else {
            return usageError(tr("unknown argument '%1'").arg(argument));
        }
    }
    if (projectPath.isEmpty()) {
        return usageError(tr("--project is required"));
    }
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        return usageError(tr("unknown format '%1' (use text or json)").arg(format));
    }
    ProjectStore store;
    if (!store.open(projectPath, ProjectStore::OpenMode::ReadOnly)) {
        err << tr("sourcelight stats: %1").arg(store.errorString()) << '\n';
        err.flush();
        return CommandLine::Failure;
    }
    const std::optional<ProjectStats> stats = ProjectStats::compute(store);
    if (!stats) {
        err << tr("sourcelight stats: %1").arg(store.errorString()) << '\n';
        err.flush();
        return CommandLine::Failure;
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
