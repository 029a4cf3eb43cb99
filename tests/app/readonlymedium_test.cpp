// A project on a read-only medium (a mounted archive, a write-protected stick, a read-only network share): the
// window's project, `stats` and `export` all open it for reading, say so, and show everything it holds — the last
// commits still waiting in its write-ahead log included. Nothing is created or changed beside it.
// The medium is a read-only bind mount in a private mount namespace of this process (children share it): root
// ignores file permissions, but not a read-only mount. Needs root; skipped with a message elsewhere.

#include "../projectfixture.h"
#include "../testmounts.h"
#include "documenttable.h"
#include "project.h"
#include "projectstore.h"
#include "storemaintenance.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Sourcelight;

class ReadOnlyMediumTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QVERIFY(m_medium.isValid());
        // "closed": written and closed, its log copied into the file. "pending": copied while its writer was
        // still open, so its third article is only in the log.
        const QString closed = m_medium.filePath(QStringLiteral("closed.sourcelight"));
        {
            ProjectStore store;
            QVERIFY(store.open(closed, ProjectStore::OpenMode::CreateIfMissing));
            QVERIFY(Fixture::addArticle(store, QStringLiteral("Bridge closure")) > 0);
        }
        const QString live = m_work.filePath(QStringLiteral("pending.sourcelight"));
        ProjectStore writer;
        QVERIFY(writer.open(live, ProjectStore::OpenMode::CreateIfMissing));
        QVERIFY(writer.setAutoCheckpoint(0));
        QVERIFY(Fixture::addArticle(writer, QStringLiteral("Grain prices")) > 0);
        QVERIFY(StoreMaintenance::checkpoint(writer, StoreMaintenance::CheckpointMode::Truncate));
        QVERIFY(Fixture::addArticle(writer, QStringLiteral("Port strike")) > 0);
        QVERIFY(Fixture::addArticle(writer, QStringLiteral("Ferry timetable")) > 0);
        const QString pending = m_medium.filePath(QStringLiteral("pending.sourcelight"));
        QVERIFY(QFile::copy(live, pending));
        QVERIFY(QFile::copy(live + QStringLiteral("-wal"), pending + QStringLiteral("-wal")));
        QVERIFY(QFileInfo(pending + QStringLiteral("-wal")).size() > 0);
        writer.close();

        if (const QString why = m_readOnly.bindReadOnly(m_medium.path()); !why.isEmpty()) {
            QSKIP(qPrintable(why + QStringLiteral(": this test needs root")));
        }
        QFile probe(m_medium.filePath(QStringLiteral("probe")));
        QVERIFY2(!probe.open(QIODevice::WriteOnly), "the medium is still writable");
        m_before = listing();
    }

    void projectOpensForReading_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("log copied into the file")
            << QStringLiteral("closed.sourcelight") << QStringList {QStringLiteral("Bridge closure")};
        QTest::newRow("commits waiting in the log")
            << QStringLiteral("pending.sourcelight")
            << QStringList {
                   QStringLiteral("Grain prices"), QStringLiteral("Port strike"), QStringLiteral("Ferry timetable")};
    }

    // As the window opens it (Project, the undoable-edit facade): open, read-only, the reason given.
    void projectOpensForReading()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, titles);
        Project project;
        QVERIFY2(project.open(m_medium.filePath(name), false), qPrintable(project.errorString()));
        QVERIFY(project.store().isReadOnly());
        QVERIFY2(project.store().readOnlyReason().contains(QLatin1String("reading only")),
            qPrintable(project.store().readOnlyReason()));
        const std::optional<QList<DocumentSummary>> documents = project.store().documents().summaries();
        QVERIFY2(documents, qPrintable(project.store().errorString()));
        QStringList seen;
        for (const DocumentSummary &d : *documents) {
            seen.append(d.metadata.title);
        }
        seen.sort();
        titles.sort();
        QCOMPARE(seen, titles);
        project.close();
        QCOMPARE(listing(), m_before);
    }

    // The command line: stats answers with every article, and an export of the project is written elsewhere.
    void commandLineReads_data() { projectOpensForReading_data(); }

    void commandLineReads()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, titles);
        const QString path = m_medium.filePath(name);
        QProcess stats;
        stats.start(QStringLiteral(SOURCELIGHT_BINARY_DIR "/bin/sourcelight"),
            {QStringLiteral("stats"), QStringLiteral("--project"), path, QStringLiteral("--format=json")});
        QVERIFY(stats.waitForFinished(60000));
        QVERIFY2(stats.exitCode() == 0, stats.readAllStandardError().constData());
        const QJsonObject figures = QJsonDocument::fromJson(stats.readAllStandardOutput()).object();
        QCOMPARE(figures.value(QLatin1String("documents")).toInt(), titles.size());

        const QString out = m_work.filePath(name + QStringLiteral(".md"));
        QProcess exporter;
        exporter.start(QStringLiteral(SOURCELIGHT_BINARY_DIR "/bin/sourcelight"),
            {QStringLiteral("export"), QStringLiteral("--project"), path, QStringLiteral("--format"),
                QStringLiteral("md"), QStringLiteral("-o"), out});
        QVERIFY(exporter.waitForFinished(60000));
        QVERIFY2(exporter.exitCode() == 0, exporter.readAllStandardError().constData());
        QFile report(out);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(report.readAll());
        for (const QString &title : titles) {
            QVERIFY2(text.contains(title), qPrintable(title));
        }
        QCOMPARE(listing(), m_before);
    }

private:
    QStringList listing() const
    {
        return QDir(m_medium.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

    QTemporaryDir m_work;
    QTemporaryDir m_medium;
    TestMounts::Mount m_readOnly; ///< m_medium, once it holds the projects
    QStringList m_before;
};

QTEST_MAIN(ReadOnlyMediumTest)
#include "readonlymedium_test.moc"
