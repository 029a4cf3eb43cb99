#include "subcommands.h"

#include "commandline.h"
#include "projectstats.h"
#include "projectstore.h"
#include "subcommandparser.h"

#include <QTextStream>

namespace Sourcelight {

void StatsCommand::declare(SubcommandParser &parser)
{
    parser.addRequiredOption(QStringLiteral("project"));
    parser.addChoice(QStringLiteral("format"), {QStringLiteral("text"), QStringLiteral("json")});
    parser.setNoPositionalArguments();
}

int StatsCommand::run(const SubcommandParser &parser, QTextStream &out, QTextStream & /*err*/)
{
    ProjectStore store;
    if (!store.open(parser.value(QStringLiteral("project")), ProjectStore::OpenMode::ReadOnly)) {
        return parser.failure(store.errorString());
    }
    const std::optional<ProjectStats> stats = ProjectStats::compute(store);
    if (!stats) {
        return parser.failure(store.errorString());
    }
    return parser.value(QStringLiteral("format")) == QLatin1String("json")
        ? CommandLine::printJson(out, stats->toJson())
        : CommandLine::printText(out, stats->toText());
}

} // namespace Sourcelight
