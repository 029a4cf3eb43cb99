#pragma once

#include "reportwriter.h"

#include <QUuid>

namespace Sourcelight {

/// A REFI-QDA project (.qdpx, the exchange format of QualCoder, MAXQDA, ATLAS.ti and NVivo): a zip (KF6 Archive)
/// holding project.qde and the articles as UTF-8 text sources. Sources, verdicts, claim types and tags become codes;
/// claims and attributed sentences become coded text selections (positions in Unicode code points, as REFI-QDA
/// counts characters); claim notes become memos. GUIDs are derived from the project and ids, so exporting the same
/// project twice gives the same GUIDs.
class QdpxWriter final : public ReportWriter
{
    // Its own context, as lupdate files its strings (ReportWriter's would leave them untranslated).
    Q_DECLARE_TR_FUNCTIONS(Sourcelight::QdpxWriter)

public:
    /// device must be seekable (a file or a buffer): the zip directory is written last.
    bool write(const ReportData &data, const ReportOptions &options, QIODevice &device) override;

    /// project.qde.
    QByteArray projectXml(const ReportData &data, const ReportOptions &options);
    /// The GUID of an object ("source", 12) in this report.
    static QUuid guid(const QString &base, const QString &kind, qint64 id);
    /// The file name of a document's text inside the archive ("sources/<guid>.txt").
    static QString textPath(const QString &base, Id documentId);
};

} // namespace Sourcelight
