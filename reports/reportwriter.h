#pragma once

#include "reportdata.h"
#include "reportformat.h"
#include "reportoptions.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;
class QJsonDocument;

namespace Sourcelight {

/// Writes a ReportData in one format. One subclass per format; create() picks it. A writer may be used from
/// any thread (one writer per thread).
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    /// Called as the writer goes, with (units done, units in all); returning false cancels.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    virtual ~ReportWriter();

    static std::unique_ptr<ReportWriter> create(ReportFormat format);

    /// Writes the report to device (open for writing); false with errorString() on failure or cancellation.
    virtual bool write(const ReportData &data, const ReportOptions &options, QIODevice &device) = 0;

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    bool wasCancelled() const { return m_cancelled; }
    QString errorString() const { return m_errorString; }

protected:
    ReportWriter() = default;
    Q_DISABLE_COPY_MOVE(ReportWriter)

    /// Reports progress; false (with the error set) when the user cancelled.
    bool progress(qsizetype done, qsizetype total);
    bool fail(const QString &message);
    /// Writes all of bytes or fails with the device's error.
    bool writeAll(QIODevice &device, const QByteArray &bytes);
    /// What a writer that builds its whole text first does last: false when the user cancelled while it was built,
    /// else writeAll() of the text as UTF-8.
    bool writeText(QIODevice &device, const QString &text);
    /// The same for a JSON document, indented or compact as options say.
    bool writeJson(QIODevice &device, const QJsonDocument &json, const ReportOptions &options);

private:
    Progress m_progress;
    bool m_cancelled = false;
    QString m_errorString;
};

} // namespace Sourcelight
