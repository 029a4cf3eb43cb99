#pragma once

#include "reportdata.h"
#include "reportformat.h"
#include "reportoptions.h"

#include <QString>

#include <functional>

namespace Sourcelight {

/// What the export dialog shows before writing: the text of a report for a format, scope and filters, cut to a
/// few documents so it stays quick on large projects. HTML and PDF preview as HTML without charts (a preview pane
/// loads nothing), REFI-QDA as its project.qde.
class ReportPreview final
{
public:
    using Function = std::function<QString(ReportFormat, const ReportRequest &, const ReportOptions &)>;

    ReportPreview() = delete;

    /// A preview function over the project file at path. Each call opens its own store, so it may run on any
    /// thread (the dialog runs it on a worker).
    static Function forProject(const QString &projectPath, int maxDocuments = 3);
    /// The preview text of data.
    static QString text(ReportFormat format, const ReportData &data, const ReportOptions &options);
};

} // namespace Sourcelight
