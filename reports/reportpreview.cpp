#include "reportpreview.h"

#include "htmlreportwriter.h"
#include "projectstore.h"
#include "qdpxwriter.h"
#include "reportbuilder.h"
#include "reportexporter.h"

#include <QBuffer>

namespace Sourcelight {

QString ReportPreview::text(ReportFormat format, const ReportData &data, const ReportOptions &options)
{
    switch (format) {
    case ReportFormat::Html:
    case ReportFormat::Pdf: {
        HtmlReportWriter writer;
        return writer.html(data, options, HtmlReportWriter::Target::Print);
    }
    case ReportFormat::Qdpx: {
        QdpxWriter writer;
        return QString::fromUtf8(writer.projectXml(data, options));
    }
    default: {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!ReportExporter::write(format, data, options, buffer, {}, &error)) {
            return error;
        }
        return QString::fromUtf8(bytes);
    }
    }
}

ReportPreview::Function ReportPreview::forProject(const QString &projectPath, int maxDocuments)
{
    return
        [projectPath, maxDocuments](ReportFormat format, const ReportRequest &request, const ReportOptions &options) {
            ProjectStore store;
            if (!store.open(projectPath, ProjectStore::OpenMode::ReadOnly)) {
                return store.errorString();
            }
            // A few documents only: a preview of 10,000 articles would take as long as the export.
            ReportRequest limited = request;
            limited.scope.limit = maxDocuments;
            limited.agreement = showsAgreement(format);
            ReportBuilder builder(store);
            const std::optional<ReportData> data = builder.build(limited);
            return data ? text(format, *data, options) : builder.errorString();
        };
}

} // namespace Sourcelight
