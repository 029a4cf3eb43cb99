// Restoring a JSON backup with `sourcelight import`, run as a user runs it: the real binary, no display. A project
// with the whole range of an analyst's work goes `export --format json` → `import --project NEW backup.json` →
// `export --format json` and comes back byte for byte but for the export time. Into a project that holds
// documents, and from anything that is not a backup, the restore is refused and the target left as it was.
#include "../reports/reportfixture.h"
#include "../testfiles.h"

#include "cliprocess.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Sourcelight;

class RestoreCommandTest : public QObject
{
    Q_OBJECT

private:
    using Result = Sourcelight::Cli::Result;

    QTemporaryDir m_dir;
    QString m_original;
    QString m_backup;

    static Result run(const QStringList &arguments) { return Sourcelight::Cli::run(arguments); }

    /// `sourcelight export --format json` of the project, without the export time (the one thing that may differ).
    static QByteArray exported(const QString &project)
    {
        const Result result = run({QStringLiteral("export"), QStringLiteral("--project"), project,
            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), QStringLiteral("-")});
        if (result.exitCode != 0) {
            qWarning("export failed: %s", qPrintable(result.err));
            return {};
        }
        static const QRegularExpression exportedAt(QStringLiteral("\"exportedAt\":\"[^\"]*\","));
        const QString text = QString::fromUtf8(result.out);
        if (text.count(exportedAt) != 1) {
            qWarning("no single exportedAt in the export");
            return {};
        }
        return QString(text).remove(exportedAt).toUtf8();
    }

    static QJsonObject onlyLine(const QByteArray &out)
    {
        const QList<QByteArray> lines = out.trimmed().split('\n');
        return lines.size() == 1 ? QJsonDocument::fromJson(lines.first()).object() : QJsonObject {};
    }

    static QStringList restoreArgs(const QString &project, const QString &backup)
    {
        return {QStringLiteral("import"), QStringLiteral("--project"), project, backup};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Both projects are called "case" (in different folders): the export names its project by file name.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("original")));
        m_original = m_dir.filePath(QStringLiteral("original/case.sourcelight"));
        {
            // The fixture: sources with aliases and affiliations, a via chain confirmed and an attribution edited,
            // claims with tags, evidence, notes and verdicts (history for each), in English and Ukrainian.
            ProjectStore store;
            QVERIFY(ReportFixture::create(store, m_original));
            // An affiliation pointing to a later source.
            SourceRecord agency;
            agency.name = QStringLiteral("Later Agency");
            agency.kind = SourceKind::OfficialBody;
            agency.aliases = {QStringLiteral("LA"), QStringLiteral("the agency")};
            QVERIFY(store.sources().setParent(1, ReportFixture::must(store.sources().addSource(agency), store)));
        }
        // Articles through the command line, one of them re-imported in a new version (the old one superseded,
        // the analyst's work carried over), and the sample library.
        QStringList arguments = {QStringLiteral("import"), QStringLiteral("--project"), m_original,
            QStringLiteral(SOURCELIGHT_TEST_DATA "/import/article.md"),
            QStringLiteral(SOURCELIGHT_TEST_DATA "/import/article-v2.md")};
        const QDir samples(QStringLiteral(SOURCELIGHT_TEST_DATA "/../../resources/samples"));
        for (const QString &name : samples.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
            arguments.append(samples.filePath(name));
        }
        const Result imported = run(arguments);
        QVERIFY2(imported.exitCode == 0, imported.out.constData());
        QVERIFY(imported.out.contains("\"status\":\"updated\""));

        m_backup = m_dir.filePath(QStringLiteral("backup.json"));
        const Result backup = run({QStringLiteral("export"), QStringLiteral("--project"), m_original,
            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), m_backup});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    }

    void roundTripIsIdentical()
    {
        const QString restored = m_dir.filePath(QStringLiteral("restored/case.sourcelight"));
        const Result result = run(restoreArgs(restored, m_backup));
        QVERIFY2(result.exitCode == 0, result.out.constData());
        const QJsonObject line = onlyLine(result.out);
        QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("restored"));
        QCOMPARE(line.value(QStringLiteral("file")).toString(), m_backup);
        QCOMPARE(line.value(QStringLiteral("message")).toString(), QString());

        QFile file(m_backup);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject backup = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray documents = backup.value(QStringLiteral("documents")).toArray();
        qint64 sentences = 0;
        qint64 claims = 0;
        bool superseded = false;
        for (const QJsonValue &d : documents) {
            sentences += d.toObject().value(QStringLiteral("sentences")).toArray().size();
            claims += d.toObject().value(QStringLiteral("claims")).toArray().size();
            superseded = superseded || d.toObject().value(QStringLiteral("supersededBy")).isDouble();
        }
        QVERIFY(documents.size() >= 8);
        QVERIFY(superseded);
        QVERIFY(!backup.value(QStringLiteral("history")).toArray().isEmpty());
        QCOMPARE(line.value(QStringLiteral("documents")).toInteger(), documents.size());
        QCOMPARE(line.value(QStringLiteral("sentences")).toInteger(), sentences);
        QCOMPARE(line.value(QStringLiteral("claims")).toInteger(), claims);

        const QByteArray before = exported(m_original);
        QVERIFY(!before.isEmpty());
        const QByteArray after = exported(restored);
        if (after != before) {
            qsizetype at = 0;
            while (at < qMin(before.size(), after.size()) && before.at(at) == after.at(at)) {
                ++at;
            }
            qWarning("first difference at byte %lld:\n  before …%s\n  after  …%s", qlonglong(at),
                before.mid(qMax<qsizetype>(0, at - 80), 160).constData(),
                after.mid(qMax<qsizetype>(0, at - 80), 160).constData());
        }
        QVERIFY(after == before);
    }

    void refusesProjectWithDocuments()
    {
        const QByteArray before = exported(m_original);
        QVERIFY(!before.isEmpty());
        const Result result = run(restoreArgs(m_original, m_backup));
        QCOMPARE(result.exitCode, 1);
        const QJsonObject line = onlyLine(result.out);
        QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        const QString message = line.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("new project file")) && message.contains(QStringLiteral("Nothing")),
            qPrintable(message));
        QCOMPARE(line.value(QStringLiteral("documents")).toInteger(), 0);
        QCOMPARE(exported(m_original), before);
    }

    void refusesWhatIsNotABackup_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("messageContains");
        QFile file(m_backup);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray backup = file.readAll();
        QByteArray newer = backup;
        newer.replace("\"version\":1,", "\"version\":999,");
        QByteArray invalidUtf8 = backup;
        const qsizetype text = invalidUtf8.indexOf("\"text\":\"") + 8;
        invalidUtf8.insert(text, "\xff\xfe");
        QByteArray partial = backup;
        partial.replace("\"complete\":true", "\"complete\":false");

        QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("not a Sourcelight project export");
        QTest::newRow("array") << QByteArray("[{\"format\":\"sourcelight-project\"}]")
                               << QStringLiteral("not a Sourcelight JSON export");
        QTest::newRow("version 999") << newer << QStringLiteral("version 999");
        QTest::newRow("truncated") << backup.left(backup.size() / 2) << QStringLiteral("not a Sourcelight JSON");
        QTest::newRow("invalid UTF-8") << invalidUtf8 << QStringLiteral("not a Sourcelight JSON");
        QTest::newRow("partial export") << partial << QStringLiteral("only part of a project");
    }

    void refusesWhatIsNotABackup()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, messageContains);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString bad = m_dir.filePath(tag + QStringLiteral(".json"));
        QVERIFY(TestFiles::write(bad, content));

        // Into a new project: none is left behind.
        const QString fresh = m_dir.filePath(tag + QStringLiteral("/new.sourcelight"));
        const Result result = run(restoreArgs(fresh, bad));
        QCOMPARE(result.exitCode, 1);
        const QJsonObject line = onlyLine(result.out);
        QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        const QString message = line.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(messageContains), qPrintable(message));
        QVERIFY(!QFile::exists(fresh));

        // Into an existing project without documents: it stays as it was.
        const QString waiting = m_dir.filePath(tag + QStringLiteral("/waiting.sourcelight"));
        {
            ProjectStore store;
            QVERIFY(store.open(waiting, ProjectStore::OpenMode::CreateIfMissing));
            QVERIFY(store.setReviewer(QStringLiteral("Someone Else")));
            QVERIFY(store.codebook().addTag({0, QStringLiteral("later"), {}, {}, {}}));
        }
        const QByteArray before = exported(waiting);
        QVERIFY(!before.isEmpty());
        QCOMPARE(run(restoreArgs(waiting, bad)).exitCode, 1);
        QCOMPARE(exported(waiting), before);
    }

    void refusesMixingABackupWithOtherFiles_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::newRow("backup and article")
            << QStringList {QStringLiteral(SOURCELIGHT_TEST_DATA "/import/article.md"), QStringLiteral("backup.json")};
        QTest::newRow("two backups") << QStringList {QStringLiteral("backup.json"), QStringLiteral("other.JSON")};
    }

    void refusesMixingABackupWithOtherFiles()
    {
        QFETCH(QStringList, files);
        const QString project = m_dir.filePath(QStringLiteral("mixed.sourcelight"));
        const Result result = run(QStringList {QStringLiteral("import"), QStringLiteral("--project"), project} + files);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("restored on its own")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QVERIFY(!QFile::exists(project));
    }
};

QTEST_GUILESS_MAIN(RestoreCommandTest)
#include "restorecommand_test.moc"
