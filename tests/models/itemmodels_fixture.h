#pragma once

// An opened Project over a temporary file (or a database on the test server, tests/testprojects.h) with n fixture
// articles, the fixture article shown in a project of a test's own, and a tester on a model.
#include "../projectfixture.h"
#include "../testprojects.h"
#include "project.h"

#include <QAbstractItemModelTester>
#include <QTest>

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
        if (!dir.isValid()
            || !project.open(TestProjects::newProject(dir, QStringLiteral("models.sourcelight")), true)) {
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

/// The project at path opened again (another reviewer's window), showing document; null (with a warning) when it
/// cannot be opened.
inline std::unique_ptr<Project> openShowing(const QString &path, Id document)
{
    auto project = std::make_unique<Project>();
    if (!project->open(path) || !project->openDocument(document)) {
        qWarning() << "cannot open" << path << project->errorString();
        return nullptr;
    }
    return project;
}

/// The base of the tests that edit the fixture article in a Project of their own and read the file back: init() calls
/// createProject(), which gives each test function a new project file holding the article, shown.
class ShownArticleTest : public QObject
{
protected:
    /// Creates the project for the test function that runs; false (with a warning) when it cannot.
    bool createProject()
    {
        if (!m_dir.isValid()) {
            qWarning() << "no temporary folder:" << m_dir.errorString();
            return false;
        }
        QString name = QString::fromLatin1(QTest::currentTestFunction());
        if (QTest::currentDataTag()) {
            name += QLatin1Char('-') + QString::fromUtf8(QTest::currentDataTag()); // a project for each row
        }
        m_path = TestProjects::newProject(m_dir, name + QStringLiteral(".sourcelight"));
        m_project = createShowingArticle(m_path, &m_document, &m_sentences);
        return m_project != nullptr;
    }

    /// The project shown again as login (with password) sees it, on a connection of its own (a team project).
    std::unique_ptr<Project> openAs(const QString &login, const QString &password) const
    {
        return openShowing(TestProjects::asLogin(m_path, login, password), m_document);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
    Id m_document = 0;
    QList<Id> m_sentences;
};

inline void attachTester(QAbstractItemModel *model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

/// The rows of a test of an edit refused because someone else changed the value meanwhile (Project::editConflict):
/// the analyst saves theirs over it (saveMine true), or keeps theirs.
inline void saveMineOrKeepTheirs()
{
    QTest::addColumn<bool>("saveMine");
    QTest::newRow("save mine") << true;
    QTest::newRow("keep theirs") << false;
}

} // namespace Sourcelight::Fixture
