// File → Import with a JSON backup, offscreen, as a user does it: Ctrl+I, the backup chosen (the test answers the
// file dialog), the documents appear in the Library. Into a project that already holds documents the backup
// becomes a new project file, which the window opens, and the first project is left as it was.
#include "documenttable.h"
#include "jsonreportwriter.h"
#include "mainwindow.h"
#include "project.h"
#include "projectimporter.h"
#include "projectstore.h"
#include "reportbuilder.h"
#include "sourcemodel.h"
#include "windowtest.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Sourcelight;

class RestoreWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_backup;
    QStringList m_titles; ///< the backup's documents, sorted

    /// The titles the Library shows, sorted.
    static QStringList libraryTitles(MainWindow &window)
    {
        const auto *view = window.findChild<QTreeView *>(QStringLiteral("libraryView"));
        const QAbstractItemModel *model = view ? view->model() : nullptr;
        QStringList titles;
        for (int row = 0; model && row < model->rowCount(); ++row) {
            titles << model->index(row, 0).data().toString();
        }
        titles.sort();
        return titles;
    }

    /// Answers the window's file dialogs: the backup for Import, path (or nothing) for a new project.
    static MainWindow::FileDialogs answer(const QString &backup, const QString &newProject, int *saveAsked)
    {
        MainWindow::FileDialogs dialogs;
        dialogs.openFiles = [backup](QWidget *, const QString &, const QString &filter) {
            return filter.contains(QStringLiteral("*.json")) ? QStringList {backup} : QStringList {};
        };
        dialogs.saveFile = [newProject, saveAsked](QWidget *, const QString &, const QString &) {
            ++*saveAsked;
            return newProject;
        };
        return dialogs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        WindowTest::isolateSettings();
        QVERIFY(m_dir.isValid());
        // The backup: the sample library, exported whole.
        ProjectStore store;
        QVERIFY(
            store.open(m_dir.filePath(QStringLiteral("source.sourcelight")), ProjectStore::OpenMode::CreateIfMissing));
        const QDir samples(QStringLiteral(SOURCELIGHT_TEST_DATA "/../../resources/samples"));
        ProjectImporter importer(store);
        for (const QString &name : samples.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
            const ImportResult result = importer.importFile(samples.filePath(name));
            QVERIFY2(result.status == ImportStatus::Imported, qPrintable(result.message));
        }
        ReportRequest request;
        request.scope.includeSuperseded = true;
        ReportBuilder builder(store);
        const std::optional<ReportData> data = builder.build(request);
        QVERIFY(data);
        m_titles.clear();
        for (const ReportDocument &document : data->documents) {
            m_titles << document.record.metadata.title;
        }
        m_titles.sort();
        QVERIFY(m_titles.size() >= 3);
        m_backup = m_dir.filePath(QStringLiteral("backup.json"));
        QFile file(m_backup);
        QVERIFY(file.open(QIODevice::WriteOnly));
        JsonReportWriter writer;
        QVERIFY(writer.write(*data, {}, file));
    }

    void restoresIntoTheOpenEmptyProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.sourcelight"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openProject(path, true)); // writes the reviewer and the default codebook
        QVERIFY(libraryTitles(window).isEmpty());
        int saveAsked = 0;
        window.setFileDialogs(answer(m_backup, QString(), &saveAsked));

        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_I));
        QTRY_COMPARE_WITH_TIMEOUT(libraryTitles(window), m_titles, 30000);
        QCOMPARE(saveAsked, 0);
        QCOMPARE(window.project()->path(), path);
        QVERIFY(window.project()->currentDocument() != 0); // the first article is open
        QVERIFY(window.project()->sources()->rowCount() > 0);
    }

    void restoresNextToAProjectWithDocuments()
    {
        const QString busy = m_dir.filePath(QStringLiteral("busy.sourcelight"));
        {
            ProjectStore store;
            QVERIFY(store.open(busy, ProjectStore::OpenMode::CreateIfMissing));
            ProjectImporter importer(store);
            const ImportResult result = importer.importFile(QStringLiteral(SOURCELIGHT_TEST_DATA "/import/article.md"));
            QVERIFY2(result.status == ImportStatus::Imported, qPrintable(result.message));
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openProject(busy));
        const QStringList busyTitles = libraryTitles(window);
        QCOMPARE(busyTitles.size(), 1);
        int saveAsked = 0;
        window.setFileDialogs(answer(m_backup, m_dir.filePath(QStringLiteral("from-backup")), &saveAsked));

        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_I));
        QTRY_COMPARE_WITH_TIMEOUT(libraryTitles(window), m_titles, 30000);
        QCOMPARE(saveAsked, 1);
        QCOMPARE(window.project()->path(), m_dir.filePath(QStringLiteral("from-backup.sourcelight")));

        ProjectStore untouched;
        QVERIFY(untouched.open(busy, ProjectStore::OpenMode::ReadOnly));
        QCOMPARE(untouched.documents().count(true).value_or(-1), 1);
    }
};

QTEST_MAIN(RestoreWindowTest)
#include "restorewindow_test.moc"
