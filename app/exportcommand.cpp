#include "exportcommand.h"

#include "commandline.h"
#include "projectstore.h"
#include "reportbuilder.h"
#include "reportexporter.h"
#include "sourcetable.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
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

bool ExportCommand::needsGuiApplication(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("export"));
    if (at < 0) {
        return false;
    }
    const std::optional<ReportFormat> format = formatIn(arguments.mid(at + 1));
    return format && paintsText(*format);
}

int ExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto usageError = [&err](const QString &message) {
        err << tr("sourcelight export: %1").arg(message) << "\n\n" << usage();
        err.flush();
        return int(CommandLine::UsageError);
    };
    const auto failure = [&err](const QString &message) {
        err << tr("sourcelight export: %1").arg(message) << '\n';
        err.flush();
        return int(CommandLine::Failure);
    };

    QString projectPath, formatName, output, pageSize = QStringLiteral("a4");
    QStringList filters;
    ReportRequest request;
    ReportOptions options;
    const QSettings settings;
    options.organisation = settings.value(QStringLiteral("Review/organisation")).toString();
    options.organisationUrl = settings.value(QStringLiteral("Review/organisationUrl")).toString();
    bool showProgress = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        QString inlineValue;
        bool hasInlineValue = false;
        if (argument.startsWith(QLatin1String("--")) && argument.contains(QLatin1Char('='))) {
            inlineValue = argument.section(QLatin1Char('='), 1);
            argument = argument.section(QLatin1Char('='), 0, 0);
            hasInlineValue = true;
        }
        const auto value = [&](QString *target) {
            if (hasInlineValue) {
                *target = inlineValue;
                return true;
            }
            if (i + 1 >= arguments.size()) {
                return false;
            }
            *target = arguments.at(++i);
            return true;
        };
        QString text;
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            out << usage();
            out.flush();
            return CommandLine::Success;
        } else if (argument == QLatin1String("--project")) {
            if (!value(&projectPath)) {
                return usageError(tr("--project needs a file name"));
            }
        } else if (argument == QLatin1String("--format")) {
            if (!value(&formatName)) {
                return usageError(tr("--format needs a format"));
            }
        } else if (argument == QLatin1String("-o") || argument == QLatin1String("--output")) {
            if (!value(&output)) {
                return usageError(tr("%1 needs a file name").arg(argument));
            }
        } else if (argument == QLatin1String("--document")) {
            bool ok = false;
            const Id id = value(&text) ? text.toLongLong(&ok) : 0;
            if (!ok || id <= 0) {
                return usageError(tr("--document needs a document id"));
            }
            request.scope.documentIds.append(id);
        } else if (argument == QLatin1String("--filter")) {
            if (!value(&text)) {
                return usageError(tr("--filter needs a filter"));
            }
            filters.append(text);
        } else if (argument == QLatin1String("--page-size")) {
            if (!value(&pageSize)) {
                return usageError(tr("--page-size needs a4 or letter"));
            }
        } else if (argument == QLatin1String("--title")) {
            if (!value(&options.title)) {
                return usageError(tr("--title needs a text"));
            }
        } else if (argument == QLatin1String("--organisation")) {
            if (!value(&options.organisation)) {
                return usageError(tr("--organisation needs a name"));
            }
        } else if (argument == QLatin1String("--organisation-url")) {
            if (!value(&options.organisationUrl)) {
                return usageError(tr("--organisation-url needs an address"));
            }
        } else if (argument == QLatin1String("--all-versions")) {
            request.scope.includeSuperseded = true;
        } else if (argument == QLatin1String("--bom")) {
            options.csvByteOrderMark = true;
        } else if (argument == QLatin1String("--raw")) {
            options.csvRaw = true;
        } else if (argument == QLatin1String("--indent")) {
            options.indentJson = true;
        } else if (argument == QLatin1String("--progress")) {
            showProgress = true;
        } else {
            return usageError(tr("unknown option '%1'").arg(arguments.at(i)));
        }
    }
    if (projectPath.isEmpty()) {
        return usageError(tr("--project is required"));
    }
    const std::optional<ReportFormat> format = reportFormatFromName(formatName);
    if (!format) {
        return usageError(
            formatName.isEmpty() ? tr("--format is required") : tr("unknown format '%1'").arg(formatName));
    }
    if (output.isEmpty()) {
        return usageError(tr("-o is required ('-' for standard output)"));
    }
    if (output == QLatin1String("-") && !isTextReportFormat(*format)) {
        return usageError(tr("a %1 export is binary; give a file name to -o").arg(formatName));
    }
    if (pageSize.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0) {
        options.pageSize = QPageSize::Letter;
    } else if (pageSize.compare(QLatin1String("a4"), Qt::CaseInsensitive) != 0) {
        return usageError(tr("unknown page size '%1' (a4 or letter)").arg(pageSize));
    }
    if (*format == ReportFormat::Json && request.scope.documentIds.isEmpty()) {
        request.scope.includeSuperseded = true; // a whole-project JSON export is a complete backup
    }
    if (paintsText(*format) && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return failure(
            tr("the %1 format needs the font system; run it through the sourcelight executable").arg(formatName));
    }

    // Before anything is read: `-o` naming the project itself would replace it with the export.
    if (const QString conflict = ReportExporter::outputConflict(projectPath, output); !conflict.isEmpty()) {
        return failure(conflict);
    }
    ProjectStore store;
    if (!store.open(projectPath, ProjectStore::OpenMode::ReadOnly)) {
        return failure(store.errorString());
    }
    for (const QString &filter : std::as_const(filters)) {
        const QString key = filter.section(QLatin1Char('='), 0, 0).trimmed().toLower();
        const QString value = filter.section(QLatin1Char('='), 1).trimmed();
        if (key == QLatin1String("verified") && !filter.contains(QLatin1Char('='))) {
            request.filter.onlyVerified = true;
        } else if (key == QLatin1String("anonymous") && !filter.contains(QLatin1Char('='))) {
            request.filter.onlyAnonymous = true;
        } else if (key == QLatin1String("verdict") && verdictFromString(value)) {
            request.filter.verdict = verdictFromString(value);
        } else if ((key == QLatin1String("type") || key == QLatin1String("claim-type")) && claimTypeFromString(value)) {
            request.filter.claimType = claimTypeFromString(value);
        } else if (key == QLatin1String("source") && !value.isEmpty()) {
            bool isNumber = false;
            const Id id = value.toLongLong(&isNumber);
            const std::optional<QList<SourceRecord>> sources = store.sources().sources();
            if (!sources) {
                return failure(store.errorString());
            }
            for (const SourceRecord &s : *sources) {
                const bool named
                    = s.name.compare(value, Qt::CaseInsensitive) == 0 || s.aliases.contains(value, Qt::CaseInsensitive);
                if ((isNumber && s.id == id) || (!isNumber && named)) {
                    request.filter.sourceId = s.id;
                }
            }
            if (!request.filter.sourceId) {
                return failure(
                    tr("there is no source '%1' in the project", "source: who a claim comes from").arg(value));
            }
        } else {
            return usageError(tr("unknown filter '%1'").arg(filter));
        }
    }

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
        if (!ReportExporter::write(*format, *data, options, buffer, writeProgress, &error)) {
            return failure(error);
        }
        out << QString::fromUtf8(bytes);
        out.flush();
        return CommandLine::Success;
    }
    if (!ReportExporter::writeFile(projectPath, *format, *data, options, output, writeProgress, &error)) {
        return failure(error);
    }
    out << QJsonDocument(
        QJsonObject {{QStringLiteral("format"), reportFormatName(*format)}, {QStringLiteral("output"), output},
            {QStringLiteral("documents"), qint64(data->documents.size())},
            {QStringLiteral("claims"), qint64(data->claimCount())}})
               .toJson(QJsonDocument::Compact)
        << '\n';
    out.flush();
    return CommandLine::Success;
}

} // namespace Sourcelight
