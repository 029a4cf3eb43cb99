// Export throughput on a generated project (DESIGN.md budget: JSON export of 10,000 documents / 500,000 sentences
// in < 5 s). Prints one JSON line per figure. The size can be lowered for a quick run:
//   export_bench [documents] [sentences-per-document]
#include "benchoutput.h"
#include "generatedproject.h"
#include "projectstore.h"
#include "reportbuilder.h"
#include "reportexporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace Sourcelight;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int documents = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int perDocument = args.size() > 2 ? args.at(2).toInt() : 50;

    QTemporaryDir dir;
    // SOURCELIGHT_BENCH_PROJECT names a file to keep the generated project in (made once, reused by later runs).
    const QString kept = qEnvironmentVariable("SOURCELIGHT_BENCH_PROJECT");
    const QString path = kept.isEmpty() ? dir.filePath(QStringLiteral("bench.sourcelight")) : kept;
    QElapsedTimer timer;
    timer.start();
    if (kept.isEmpty() || !QFileInfo::exists(kept)) {
        Bench::ProjectShape shape;
        shape.documents = documents;
        shape.perDocument = perDocument;
        // Each document's sentences cite a report numbered as the document.
        shape.sentence = [](int d, int s) { return Bench::sentence(d, s, QString::number(d)); };
        // A source in every other sentence, official and anonymous by turns.
        shape.source = [](int, int s, const QString &text) -> std::optional<SourceMention> {
            if (s % 2 != 0) {
                return std::nullopt;
            }
            SourceMention source;
            source.name = text.section(QStringLiteral(" said"), 0, 0);
            source.kind = s % 4 == 0 ? SourceKind::OfficialBody : SourceKind::Anonymous;
            source.anonymous = source.kind == SourceKind::Anonymous;
            return source;
        };
        shape.url = [](int d) { return QStringLiteral("https://bench.example.org/%1").arg(d); };
        shape.claims = [](int, const QList<Id> &sentences) {
            QList<ClaimRecord> claims;
            for (int c = 0; c < 3 && c < sentences.size(); ++c) {
                ClaimRecord claim;
                claim.sentenceId = sentences.at(c * 2);
                claim.note = QStringLiteral("Checked against the ministry's table.");
                claims.append(claim);
            }
            return claims;
        };
        if (!Bench::generateProject(path, shape)) {
            return 1;
        }
    }
    Bench::print(
        {{QStringLiteral("bench"), QStringLiteral("export_generate_project")}, {QStringLiteral("documents"), documents},
            {QStringLiteral("sentences"), qint64(documents) * perDocument}, {QStringLiteral("ms"), timer.elapsed()}});

    for (const ReportFormat format : {ReportFormat::Json, ReportFormat::Csv, ReportFormat::WebAnnotation}) {
        ProjectStore store;
        if (!store.open(path, ProjectStore::OpenMode::ReadOnly)) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        timer.restart();
        ReportRequest request;
        request.scope.includeSuperseded = format == ReportFormat::Json;
        ReportBuilder builder(store);
        const std::optional<ReportData> data = builder.build(request);
        if (!data) {
            std::fprintf(stderr, "%s\n", qPrintable(builder.errorString()));
            return 1;
        }
        const qint64 buildMs = timer.elapsed();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        ReportOptions options;
        options.indentJson = false;
        int progressCalls = 0;
        if (!ReportExporter::write(
                format, *data, options, buffer, [&progressCalls](int) { return ++progressCalls > 0; })) {
            return 1;
        }
        const qint64 totalMs = timer.elapsed();
        Bench::print({{QStringLiteral("bench"), QString(QStringLiteral("export_") + reportFormatName(format))},
            {QStringLiteral("documents"), documents}, {QStringLiteral("sentences"), qint64(documents) * perDocument},
            {QStringLiteral("build_ms"), buildMs}, {QStringLiteral("write_ms"), totalMs - buildMs},
            {QStringLiteral("total_ms"), totalMs}, {QStringLiteral("bytes"), qint64(bytes.size())},
            {QStringLiteral("progress_updates"), progressCalls}, {QStringLiteral("budget_ms"), 5000}});
    }
    return 0;
}
