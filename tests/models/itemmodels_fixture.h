#pragma once

// An opened Project over a temporary file with n fixture articles, and a tester on a model.
#include "../projectfixture.h"
#include "project.h"

#include <QAbstractItemModelTester>

namespace Sourcelight::Fixture {

struct OpenProject
{
    QTemporaryDir dir;
    Project project;
    QList<Id> documents;
    QList<QList<Id>> sentences;

    bool open(int articles)
    {
        if (!dir.isValid() || !project.open(dir.filePath(QStringLiteral("models.sourcelight")), true)) {
            return false;
        }
        for (int i = 0; i < articles; ++i) {
            QList<Id> ids;
            const Id id = addArticle(project.store(), QStringLiteral("Article %1").arg(i + 1), &ids);
            if (id == 0) {
                return false;
            }
            documents.append(id);
            sentences.append(ids);
        }
        return true;
    }
};

inline void attachTester(QAbstractItemModel *model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

} // namespace Sourcelight::Fixture
