#pragma once

// What the store tests share.

#include "projectqueries.h"
#include "projectstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace Sourcelight::StoreTest {

/// The claims the Claims dock lists for filter, in document order (as ProjectQueries gives them to the product).
inline std::optional<QList<Id>> findClaims(ProjectStore &store, const ClaimFilter &filter)
{
    ClaimQuery query;
    query.filter = filter;
    const std::optional<QList<ClaimRow>> rows = ProjectQueries::claimRows(store, query, 0, 1000);
    if (!rows) {
        return std::nullopt;
    }
    QList<Id> ids;
    for (const ClaimRow &row : *rows) {
        ids.append(row.claimId);
    }
    return ids;
}

/// A new project for the test function that runs, in dir; null (and a warning) when it cannot be created.
inline std::unique_ptr<ProjectStore> createForTestFunction(const QTemporaryDir &dir)
{
    auto store = std::make_unique<ProjectStore>();
    const QString name = QStringLiteral("%1.sourcelight").arg(QString::fromLatin1(QTest::currentTestFunction()));
    if (!store->open(dir.filePath(name), ProjectStore::OpenMode::CreateIfMissing)) {
        qWarning() << "cannot create" << name << store->errorString();
        return nullptr;
    }
    return store;
}

} // namespace Sourcelight::StoreTest
