#include "subcommands.h"

#include "commandline.h"
#include "projectstore.h"
#include "reviewteam.h"
#include "subcommandparser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace Sourcelight {

void TeamCommand::declare(SubcommandParser &parser)
{
    parser.addRequiredOption(QStringLiteral("project"));
    parser.addOption({QStringLiteral("add")});
    parser.addChoice(
        QStringLiteral("role"), {QStringLiteral("reviewer"), QStringLiteral("curator"), QStringLiteral("admin")});
    parser.addOption({QStringLiteral("name")});
    parser.addOption({QStringLiteral("mode")});
    parser.addChoice(QStringLiteral("format"), {QStringLiteral("text"), QStringLiteral("json")});
    parser.setNoPositionalArguments();
}

int TeamCommand::run(const SubcommandParser &parser, QTextStream &out, QTextStream & /*err*/)
{
    if ((parser.isSet(QStringLiteral("role")) || parser.isSet(QStringLiteral("name")))
        && !parser.isSet(QStringLiteral("add"))) {
        return parser.usageError(tr("--role and --name go with --add LOGIN."));
    }
    const std::optional<ReviewTeam::Mode> newMode = ReviewTeam::modeFromString(parser.value(QStringLiteral("mode")));
    if (parser.isSet(QStringLiteral("mode")) && !newMode) {
        return parser.usageError(
            tr("unknown mode '%1' (use shared or independent)").arg(parser.value(QStringLiteral("mode"))));
    }
    // Setting up a team on an empty database makes the project in it.
    const bool changes = parser.isSet(QStringLiteral("add")) || newMode;
    ProjectStore store;
    if (!store.open(parser.value(QStringLiteral("project")),
            changes ? ProjectStore::OpenMode::CreateIfMissing : ProjectStore::OpenMode::OpenExisting)) {
        return parser.failure(store.errorString());
    }
    if (parser.isSet(QStringLiteral("add"))) {
        const ReviewTeam::Role role
            = ReviewTeam::roleFromString(parser.value(QStringLiteral("role"))).value_or(ReviewTeam::Role::Reviewer);
        if (!ReviewTeam::setMember(
                store, parser.value(QStringLiteral("add")), parser.value(QStringLiteral("name")), role)) {
            return parser.failure(store.errorString());
        }
    }
    if (newMode && !ReviewTeam::setMode(store, *newMode)) {
        return parser.failure(store.errorString());
    }
    const std::optional<QList<ReviewTeam::Member>> team = ReviewTeam::members(store);
    const std::optional<ReviewTeam::Mode> mode = ReviewTeam::mode(store);
    if (!team || !mode) {
        return parser.failure(store.errorString());
    }
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray members;
        for (const ReviewTeam::Member &member : *team) {
            members.append(QJsonObject {{QStringLiteral("id"), member.reviewerId},
                {QStringLiteral("name"), member.name}, {QStringLiteral("login"), member.login},
                {QStringLiteral("role"), ReviewTeam::toString(member.role)}});
        }
        return CommandLine::printJson(out,
            QJsonObject {{QStringLiteral("mode"), ReviewTeam::toString(*mode)}, {QStringLiteral("members"), members}});
    }
    QString text = tr("Review mode: %1\n").arg(ReviewTeam::toString(*mode));
    for (const ReviewTeam::Member &member : *team) {
        text += QStringLiteral("  %1  %2  %3\n")
                    .arg(member.name, -24)
                    .arg(member.login.isEmpty() ? QStringLiteral("-") : member.login, -16)
                    .arg(ReviewTeam::toString(member.role));
    }
    return CommandLine::printText(out, text);
}

} // namespace Sourcelight
