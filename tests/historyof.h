#pragma once

// The edit history as the product reads it (the report read model: ReportData::history, what the JSON export and the
// reports list), for tests that check what an edit recorded.

#include "projectstore.h"
#include "reportbuilder.h"

#include <QTest>

#include <algorithm>

namespace Sourcelight::TestSupport {

/// Every line of the project's history, oldest first (a whole-project report, superseded documents included).
inline QList<HistoryEntry> history(ProjectStore &store)
{
    ReportRequest request;
    request.scope.includeSuperseded = true;
    ReportBuilder builder(store);
    const std::optional<ReportData> data = builder.build(request);
    if (!data) {
        qFatal("history: %s", qPrintable(builder.errorString()));
    }
    return data->history;
}

/// The lines about one row (entity: its table, "claims"), oldest first.
inline QList<HistoryEntry> historyOf(const QList<HistoryEntry> &all, const QString &entity, Id entityId)
{
    QList<HistoryEntry> lines;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(lines),
        [&](const HistoryEntry &h) { return h.entity == entity && h.entityId == entityId; });
    return lines;
}

inline QList<HistoryEntry> historyOf(ProjectStore &store, const QString &entity, Id entityId)
{
    return historyOf(history(store), entity, entityId);
}

} // namespace Sourcelight::TestSupport
