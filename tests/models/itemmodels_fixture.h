#pragma once

// An opened Project over a temporary file with n fixture articles, and a tester on a model.
#include "../projectfixture.h"
#include "project.h"

#include <QAbstractItemModelTester>

#include <memory>

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

/// A new Project at path holding the fixture article ("Convoy"), shown, its ids in document and sentences (either
/// may be null); null (with a warning) when that cannot be done.
inline std::unique_ptr<Project> createShowingArticle(const QString &path, Id *document, QList<Id> *sentences)
{
    auto project = std::make_unique<Project>();
    if (!project->open(path, true)) {
        qWarning() << "cannot create" << path << project->errorString();
        return nullptr;
    }
    const Id id = addArticle(project->store(), QStringLiteral("Convoy"), sentences);
    if (id == 0 || !project->openDocument(id)) {
        qWarning() << "cannot show the fixture article in" << path;
        return nullptr;
    }
    if (document) {
        *document = id;
    }
    return project;
}

inline void attachTester(QAbstractItemModel *model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

} // namespace Sourcelight::Fixture
