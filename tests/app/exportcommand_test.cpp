// `sourcelight export`, run as a user runs it: the real binary, no display, on a project made with
// `sourcelight import` from the sample articles.
#include "../testfiles.h"
#include "cliprocess.h"

#include "../testprojects.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

class ExportCommandTest : public QObject
{
    Q_OBJECT

private:
    using Result = Sourcelight::Cli::Result;

    QTemporaryDir m_dir;
    QString m_project;

    static Result run(const QStringList &arguments) { return Sourcelight::Cli::run(arguments); }

    QStringList exportArgs(const QString &format, const QString &output) const
    {
        return {QStringLiteral("export"), QStringLiteral("--project"), m_project, QStringLiteral("--format"), format,
            QStringLiteral("-o"), output};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = Sourcelight::TestProjects::newProject(m_dir, QStringLiteral("samples.sourcelight"));
        const QDir samples(QStringLiteral(SOURCELIGHT_TEST_DATA "/../../resources/samples"));
        QStringList arguments = {QStringLiteral("import"), QStringLiteral("--project"), m_project};
        for (const QString &name : samples.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
            arguments.append(samples.filePath(name));
        }
        QVERIFY(arguments.size() > 4);
        const Result result = run(arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }

    void writesEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("html") << QStringLiteral("html") << QByteArray("<!DOCTYPE html>");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF-");
        QTest::newRow("md") << QStringLiteral("md") << QByteArray("# ");
        QTest::newRow("csv") << QStringLiteral("csv") << QByteArray("claim_id,");
        QTest::newRow("json") << QStringLiteral("json") << QByteArray("{");
        QTest::newRow("w3c") << QStringLiteral("w3c") << QByteArray("{");
        QTest::newRow("claimreview") << QStringLiteral("claimreview") << QByteArray("[");
        QTest::newRow("qdpx") << QStringLiteral("qdpx") << QByteArray("PK\x03\x04");
    }

    void writesEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, magic);
        const QString output = m_dir.filePath(QStringLiteral("out.") + format);
        const Result result = run(exportArgs(format, output));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject line = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(line.value(QStringLiteral("format")).toString(), format);
        QCOMPARE(line.value(QStringLiteral("output")).toString(), output);
        QVERIFY(line.value(QStringLiteral("documents")).toInt() >= 3);
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(magic.size()), magic);
    }

    void writesTextToStandardOutput()
    {
        const Result result = run(exportArgs(QStringLiteral("json"), QStringLiteral("-"))
            << QStringLiteral("--document") << QStringLiteral("1"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("sourcelight-project"));
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("documents")).toArray().size(), 1);
    }

    void filters()
    {
        const Result all = run(exportArgs(QStringLiteral("csv"), QStringLiteral("-")));
        const Result anonymous = run(exportArgs(QStringLiteral("csv"), QStringLiteral("-"))
            << QStringLiteral("--filter") << QStringLiteral("anonymous"));
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(anonymous.exitCode, 0);
        QVERIFY(anonymous.out.startsWith("claim_id,"));
        QVERIFY(anonymous.out.size() <= all.out.size());
    }

    void refusesBadRequests_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("binary to stdout") << QStringList() << QStringLiteral("pdf") << QStringLiteral("-") << 2;
        QTest::newRow("unknown format") << QStringList() << QStringLiteral("docx") << QStringLiteral("x.docx") << 2;
        QTest::newRow("unknown filter") << QStringList {QStringLiteral("--filter"), QStringLiteral("verdict=bogus")}
                                        << QStringLiteral("csv") << QStringLiteral("-") << 2;
        QTest::newRow("unknown document") << QStringList {QStringLiteral("--document"), QStringLiteral("999")}
                                          << QStringLiteral("csv") << QStringLiteral("-") << 1;
        QTest::newRow("unknown source") << QStringList {QStringLiteral("--filter"),
            QStringLiteral("source=Nobody At All")}
                                        << QStringLiteral("csv") << QStringLiteral("-") << 1;
        QTest::newRow("stray argument") << QStringList {QStringLiteral("stray")} << QStringLiteral("csv")
                                        << QStringLiteral("-") << 2;
    }

    void refusesBadRequests()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, format);
        QFETCH(QString, output);
        QFETCH(int, exitCode);
        const Result result = run(exportArgs(format, output) + extra);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(result.out.isEmpty());
        QVERIFY(!result.err.isEmpty());
    }

    void saysWhatIsMissingOrStray()
    {
        const Result noProject = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("-o"), QStringLiteral("-")});
        QCOMPARE(noProject.exitCode, 2);
        QVERIFY2(noProject.err.contains(QStringLiteral("--project is required")), qPrintable(noProject.err));
        const Result stray = run(exportArgs(QStringLiteral("csv"), QStringLiteral("-")) << QStringLiteral("stray"));
        QCOMPARE(stray.exitCode, 2);
        QVERIFY2(stray.err.contains(QStringLiteral("unknown argument 'stray'")), qPrintable(stray.err));
    }

    // `-o` naming the project (under any name) must never replace it with the export: refused before anything
    // is written, exit 1, and the project is byte for byte what it was.
    void refusesToOverwriteTheProject_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("format");
        QTest::newRow("the project itself, json") << QStringLiteral("itself") << QStringLiteral("json");
        QTest::newRow("the project itself, pdf") << QStringLiteral("itself") << QStringLiteral("pdf");
        QTest::newRow("another spelling") << QStringLiteral("dotted") << QStringLiteral("csv");
        QTest::newRow("its write-ahead log") << QStringLiteral("-wal") << QStringLiteral("md");
        QTest::newRow("its shared memory") << QStringLiteral("-shm") << QStringLiteral("html");
        QTest::newRow("a symbolic link to it") << QStringLiteral("symlink") << QStringLiteral("json");
        QTest::newRow("a link to its log, dangling") << QStringLiteral("symlink-wal") << QStringLiteral("json");
        QTest::newRow("a hard link to it") << QStringLiteral("hardlink") << QStringLiteral("w3c");
        QTest::newRow("through a linked folder") << QStringLiteral("folderlink") << QStringLiteral("json");
    }

    void refusesToOverwriteTheProject()
    {
        if (Sourcelight::TestProjects::onServer()) {
            QSKIP("a project on a server has no file an export could overwrite");
        }
        QFETCH(QString, how);
        QFETCH(QString, format);
        const auto hash = [this] { return Sourcelight::TestFiles::sha256(m_project); };
        const QByteArray before = hash();
        QVERIFY(!before.isEmpty());
        const QFileInfo project(m_project);
        QString output;
        if (how == QLatin1String("itself")) {
            output = m_project;
        } else if (how == QLatin1String("dotted")) {
            output = project.absolutePath() + QStringLiteral("/./") + project.fileName();
        } else if (how.startsWith(QLatin1Char('-'))) {
            output = m_project + how;
        } else if (how == QLatin1String("symlink")) {
            output = m_dir.filePath(QStringLiteral("report.json"));
            QFile::remove(output);
            QVERIFY(QFile::link(m_project, output));
        } else if (how == QLatin1String("symlink-wal")) {
            output = m_dir.filePath(QStringLiteral("log-link.json"));
            QFile::remove(output);
            QVERIFY(QFile::link(m_project + QStringLiteral("-wal"), output));
        } else if (how == QLatin1String("hardlink")) {
            output = m_dir.filePath(QStringLiteral("hard.jsonld"));
            QFile::remove(output);
            QCOMPARE(::link(QFile::encodeName(m_project).constData(), QFile::encodeName(output).constData()), 0);
        } else if (how == QLatin1String("folderlink")) {
            const QString folder = m_dir.filePath(QStringLiteral("alias"));
            QVERIFY(QFileInfo::exists(folder) || QFile::link(project.absolutePath(), folder));
            output = folder + QLatin1Char('/') + project.fileName();
        }
        const Result result = run(exportArgs(format, output));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("would destroy the project")), qPrintable(result.err));
        QVERIFY2(result.out.isEmpty(), result.out.constData());
        QCOMPARE(hash(), before);
        if (how == QLatin1String("hardlink")) {
            QFile::remove(output);
        }
        // And the project still opens and answers.
        const Result stats
            = run({QStringLiteral("stats"), QStringLiteral("--project"), m_project, QStringLiteral("--format=json")});
        QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
    }

    // With --raw, formula-like cells stay as they are; the option is documented in --help.
    void rawOptionIsKnown()
    {
        const Result help = run({QStringLiteral("export"), QStringLiteral("--help")});
        QVERIFY(help.out.contains("--raw"));
        const Result result = run(exportArgs(QStringLiteral("csv"), QStringLiteral("-")) << QStringLiteral("--raw"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.startsWith("claim_id,"));
    }

    // An export replaces files, never devices: `-o /dev/null` must not swap the device for a regular file. A new
    // file gets the permissions any new file gets (0666 less the umask), not the temporary file's 0600.
    void writesOnlyRegularFiles()
    {
        const Result result = run(exportArgs(QStringLiteral("md"), QStringLiteral("/dev/null")));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("not a regular file")), qPrintable(result.err));
        QVERIFY(!QFileInfo(QStringLiteral("/dev/null")).isFile());

        const QString fresh = m_dir.filePath(QStringLiteral("fresh.md"));
        QFile::remove(fresh);
        const mode_t mask = ::umask(022);
        ::umask(mask);
        QCOMPARE(run(exportArgs(QStringLiteral("md"), fresh)).exitCode, 0);
        struct stat status = {};
        QCOMPARE(::stat(QFile::encodeName(fresh).constData(), &status), 0);
        QCOMPARE(status.st_mode & 0777, 0666 & ~mask);
    }

    void missingProjectFails()
    {
        const QString output = m_dir.filePath(QStringLiteral("never.md"));
        const Result result = run({QStringLiteral("export"), QStringLiteral("--project"),
            m_dir.filePath(QStringLiteral("missing.sourcelight")), QStringLiteral("--format"), QStringLiteral("md"),
            QStringLiteral("-o"), output});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!QFile::exists(output));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.sourcelight")))); // not created either
    }
};

QTEST_GUILESS_MAIN(ExportCommandTest)
#include "exportcommand_test.moc"
