#include "subcommands.h"

#include "commandline.h"
#include "projectstore.h"
#include "reportbuilder.h"
#include "reportexporter.h"
#include "reportfilterparser.h"
#include "settings.h"
#include "subcommandparser.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Sourcelight {

namespace {

std::optional<ReportFormat> formatIn(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--format") && i + 1 < arguments.size()) {
            return reportFormatFromName(arguments.at(i + 1));
        }
        if (arguments.at(i).startsWith(QLatin1String("--format="))) {
            return reportFormatFromName(arguments.at(i).mid(9));
        }
    }
    return std::nullopt;
}

bool paintsText(ReportFormat format)
{
    return format == ReportFormat::Html || format == ReportFormat::Pdf;
}

} // namespace

bool ExportCommand::needsGuiApplication(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("export"));
    if (at < 0) {
        return false;
    }
    const std::optional<ReportFormat> format = formatIn(arguments.mid(at + 1));
    return format && paintsText(*format);
}

struct ExportCommand::Arguments
{
    QString projectPath;
    QString formatName;
    ReportFormat format = ReportFormat::Html;
    QString output;
    QStringList filters;
    ReportRequest request;
    ReportOptions options;
    bool showProgress = false;
};

int ExportCommand::run(const SubcommandParser &parser, QTextStream &out, QTextStream &err)
{
    Arguments parsed;
    if (const std::optional<int> done = readArguments(parser, parsed)) {
        return *done;
    }
    // Before anything is read: `-o` naming the project itself would replace it with the export.
    if (const QString conflict = ReportExporter::outputConflict(parsed.projectPath, parsed.output);
        !conflict.isEmpty()) {
        return parser.failure(conflict);
    }
    ProjectStore store;
    if (!store.open(parsed.projectPath, ProjectStore::OpenMode::ReadOnly)) {
        return parser.failure(store.errorString());
    }
    if (const std::optional<int> done = applyFilters(parsed.filters, parsed.request, store, parser)) {
        return *done;
    }
    return writeExport(parsed, store, parser, out, err);
}

void ExportCommand::declare(SubcommandParser &p)
{
    p.addOption({QStringLiteral("project")}, tr("--project needs a file name"));
    p.setRequired(QStringLiteral("project"));
    p.addOption({QStringLiteral("format")}, tr("--format needs a format"));
    p.addOption({QStringLiteral("o"), QStringLiteral("output")}, tr("%1 needs a file name"));
    p.addOption({QStringLiteral("document")}, tr("--document needs a document id"));
    p.addOption({QStringLiteral("filter")}, tr("--filter needs a filter"));
    p.addOption({QStringLiteral("page-size")}, tr("--page-size needs a4 or letter"));
    p.addOption({QStringLiteral("title")}, tr("--title needs a text"));
    p.addOption({QStringLiteral("organisation")}, tr("--organisation needs a name"));
    p.addOption({QStringLiteral("organisation-url")}, tr("--organisation-url needs an address"));
    for (const char *flag : {"all-versions", "bom", "raw", "indent", "progress", "codings"}) {
        p.addFlag({QString::fromLatin1(flag)});
    }
    p.setNoPositionalArguments();
}

std::optional<int> ExportCommand::readArguments(const SubcommandParser &parser, Arguments &parsed)
{
    for (const QString &text : parser.values(QStringLiteral("document"))) {
        bool ok = false;
        const Id id = text.toLongLong(&ok);
        if (!ok || id <= 0) {
            return parser.usageError(tr("--document needs a document id"));
        }
        parsed.request.scope.documentIds.append(id);
    }
    parsed.filters = parser.values(QStringLiteral("filter"));
    parsed.request.scope.includeSuperseded = parser.isSet(QStringLiteral("all-versions"));
    parsed.request.codings = parser.isSet(QStringLiteral("codings"));
    parsed.showProgress = parser.isSet(QStringLiteral("progress"));
    readReportOptions(parser, parsed.options);

    parsed.projectPath = parser.value(QStringLiteral("project"));
    parsed.formatName = parser.value(QStringLiteral("format"));
    const std::optional<ReportFormat> format = reportFormatFromName(parsed.formatName);
    if (!format) {
        return parser.usageError(parsed.formatName.isEmpty() ? tr("--format is required")
                                                             : tr("unknown format '%1'").arg(parsed.formatName));
    }
    parsed.format = *format;
    parsed.output = parser.value(QStringLiteral("output"));
    if (parsed.output.isEmpty()) {
        return parser.usageError(tr("-o is required ('-' for standard output)"));
    }
    if (parsed.output == QLatin1String("-") && !isTextReportFormat(*format)) {
        return parser.usageError(tr("a %1 export is binary; give a file name to -o").arg(parsed.formatName));
    }
    const QString pageSize
        = parser.isSet(QStringLiteral("page-size")) ? parser.value(QStringLiteral("page-size")) : QStringLiteral("a4");
    if (pageSize.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0) {
        parsed.options.pageSize = QPageSize::Letter;
    } else if (pageSize.compare(QLatin1String("a4"), Qt::CaseInsensitive) != 0) {
        return parser.usageError(tr("unknown page size '%1' (a4 or letter)").arg(pageSize));
    }
    if (*format == ReportFormat::Json && parsed.request.scope.documentIds.isEmpty()) {
        parsed.request.scope.includeSuperseded = true; // a whole-project JSON export is a complete backup
    }
    if (paintsText(*format) && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return parser.failure(tr("the %1 format needs the font system; run it through the sourcelight executable")
                .arg(parsed.formatName));
    }
    return std::nullopt;
}

void ExportCommand::readReportOptions(const SubcommandParser &parser, ReportOptions &options)
{
    const Settings settings;
    options.organisation = settings.organisation();
    options.organisationUrl = settings.organisationUrl();
    const auto setIfGiven = [&parser](const QString &name, QString *target) {
        if (parser.isSet(name)) {
            *target = parser.value(name);
        }
    };
    setIfGiven(QStringLiteral("title"), &options.title);
    setIfGiven(QStringLiteral("organisation"), &options.organisation);
    setIfGiven(QStringLiteral("organisation-url"), &options.organisationUrl);
    options.csvByteOrderMark = parser.isSet(QStringLiteral("bom"));
    options.csvRaw = parser.isSet(QStringLiteral("raw"));
    options.indentJson = parser.isSet(QStringLiteral("indent"));
}

// The --filter language. Kept as it was written in run(); its parsing and the source lookup move below app/.
std::optional<int> ExportCommand::applyFilters(
    const QStringList &filters, ReportRequest &request, ProjectStore &store, const SubcommandParser &parser)
{
    ReportFilterParser filterParser(store);
    const std::optional<ClaimFilter> parsedFilter = filterParser.parse(filters);
    if (!parsedFilter) {
        return filterParser.error() == ReportFilterParser::Error::UnknownFilter
            ? parser.usageError(filterParser.errorString())
            : parser.failure(filterParser.errorString());
    }
    request.filter = *parsedFilter;
    return std::nullopt;
}

int ExportCommand::writeExport(
    const Arguments &parsed, ProjectStore &store, const SubcommandParser &parser, QTextStream &out, QTextStream &err)
{
    const ReportFormat format = parsed.format;
    ReportRequest request = parsed.request;
    request.agreement = showsAgreement(format);
    const ReportOptions &options = parsed.options;
    const QString &output = parsed.output;
    const QString &projectPath = parsed.projectPath;
    const auto failure = [&parser](const QString &message) { return parser.failure(message); };
    const bool showProgress = parsed.showProgress;
    auto progress = [&err, showProgress, last = -1](int percent) mutable {
        if (showProgress && percent / 10 != last / 10) {
            err << tr("export: %1%").arg(percent) << '\n';
            err.flush();
            last = percent;
        }
        return true;
    };
    ReportBuilder builder(store);
    const std::optional<ReportData> data = builder.build(request,
        [&progress](qsizetype done, qsizetype total) { return progress(total > 0 ? int(50 * done / total) : 50); });
    if (!data) {
        return failure(builder.errorString());
    }
    const ReportExporter::Progress writeProgress = [&progress](int percent) { return progress(50 + percent / 2); };
    QString error;
    if (output == QLatin1String("-")) {
        // Through the command line's own stream, so nothing it buffered comes out after the export.
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!ReportExporter::write(format, *data, options, buffer, writeProgress, &error)) {
            return failure(error);
        }
        out << QString::fromUtf8(bytes);
        out.flush();
        return CommandLine::Success;
    }
    if (!ReportExporter::writeFile(projectPath, format, *data, options, output, writeProgress, &error)) {
        return failure(error);
    }
    out << QJsonDocument(
        QJsonObject {{QStringLiteral("format"), reportFormatName(format)}, {QStringLiteral("output"), output},
            {QStringLiteral("documents"), qint64(data->documents.size())},
            {QStringLiteral("claims"), qint64(data->claimCount())}})
               .toJson(QJsonDocument::Compact)
        << '\n';
    out.flush();
    return CommandLine::Success;
}

} // namespace Sourcelight
