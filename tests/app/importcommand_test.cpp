// `sourcelight import` and `sourcelight stats`, run as a user runs them: the real binary, no display.
#include "../testfiles.h"
#include "cliprocess.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class ImportCommandTest : public QObject
{
    Q_OBJECT

private:
    using Result = Sourcelight::Cli::TextResult;

    QTemporaryDir m_dir;

    static Result run(const QStringList &arguments) { return Sourcelight::Cli::runText(arguments); }

    static QString fixture(const char *name) { return Sourcelight::TestFiles::importData(QString::fromLatin1(name)); }

private Q_SLOTS:
    void importsAndReportsEachFile()
    {
        const QString project = m_dir.filePath(QStringLiteral("sub/new.sourcelight")); // created with its folder
        const Result result
            = run({QStringLiteral("import"), QStringLiteral("--project"), project, fixture("article.md"),
                fixture("article.md"), fixture("russian-cp1251.txt"), fixture("binary.txt"), fixture("article-v2.md")});
        QCOMPARE(result.exitCode, 1); // one file failed
        const QList<QJsonObject> lines = Sourcelight::Cli::jsonLines(result.out);
        QCOMPARE(lines.size(), 5);
        const QStringList statuses = {QStringLiteral("imported"), QStringLiteral("duplicate"),
            QStringLiteral("imported"), QStringLiteral("error"), QStringLiteral("updated")};
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QCOMPARE(lines.at(i).value(QStringLiteral("status")).toString(), statuses.at(i));
            QVERIFY(lines.at(i).contains(QStringLiteral("file")));
            QVERIFY(lines.at(i).contains(QStringLiteral("document")));
            QVERIFY(lines.at(i).contains(QStringLiteral("sentences")));
            QVERIFY(lines.at(i).contains(QStringLiteral("message")));
        }
        QCOMPARE(lines.at(0).value(QStringLiteral("file")).toString(), fixture("article.md"));
        QVERIFY(lines.at(0).value(QStringLiteral("document")).toInteger() > 0);
        QVERIFY(lines.at(0).value(QStringLiteral("sentences")).toInteger() > 2);
        QCOMPARE(lines.at(1).value(QStringLiteral("document")), lines.at(0).value(QStringLiteral("document")));
        QCOMPARE(lines.at(2).value(QStringLiteral("encoding")).toString(), QStringLiteral("windows-1251"));
        QVERIFY(lines.at(2).value(QStringLiteral("message")).toString().contains(QStringLiteral("windows-1251")));
        QVERIFY(lines.at(3).value(QStringLiteral("document")).isNull());
        QVERIFY(lines.at(3).value(QStringLiteral("message")).toString().contains(QStringLiteral("binary")));
        QCOMPARE(lines.at(4).value(QStringLiteral("previous")), lines.at(0).value(QStringLiteral("document")));

        const Result again
            = run({QStringLiteral("import"), QStringLiteral("--project"), project, fixture("article-utf8.txt")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(Sourcelight::Cli::jsonLines(again.out).value(0).value(QStringLiteral("status")).toString(),
            QStringLiteral("imported"));

        const Result stats = run({QStringLiteral("stats"), QStringLiteral("--project"), project,
            QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(stats.exitCode, 0);
        const QJsonObject figures = Sourcelight::Cli::jsonLines(stats.out).value(0);
        QCOMPARE(figures.value(QStringLiteral("documents")).toInteger(), 3); // the old version is superseded
        QVERIFY(figures.value(QStringLiteral("sentences")).toInteger() > 6);
        const double share = figures.value(QStringLiteral("attributed_share")).toDouble();
        QVERIFY(share > 0.0 && share <= 1.0);
        QVERIFY(figures.value(QStringLiteral("sources")).isArray());
        QCOMPARE(figures.value(QStringLiteral("verdicts")).toObject().size(), 6);

        const Result table = run({QStringLiteral("stats"), QStringLiteral("--project"), project});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(QStringLiteral("Attributed sentences")));
        QVERIFY(table.out.contains(QStringLiteral("anonymous")));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrContains");

        const QString missing = QDir::temp().filePath(QStringLiteral("no-such-dir-sourcelight/x.sourcelight"));
        QTest::newRow("import without project") << QStringList {QStringLiteral("import"), fixture("article.md")} << 2
                                                << QStringLiteral("--project is required");
        QTest::newRow("import without files")
            << QStringList {QStringLiteral("import"), QStringLiteral("--project"), QStringLiteral("x.sourcelight")} << 2
            << QStringLiteral("no files");
        QTest::newRow("import into a text file") << QStringList {QStringLiteral("import"), QStringLiteral("--project"),
            fixture("article-utf8.txt"), fixture("article.md")}
                                                 << 1 << QStringLiteral("not an SQLite database");
        QTest::newRow("stats of a missing project")
            << QStringList {QStringLiteral("stats"), QStringLiteral("--project"), missing} << 1
            << QStringLiteral("does not exist");
        QTest::newRow("stats bad format") << QStringList {QStringLiteral("stats"), QStringLiteral("--project"), missing,
            QStringLiteral("--format"), QStringLiteral("xml")}
                                          << 2 << QStringLiteral("unknown format");
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrContains);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(stderrContains), qPrintable(result.err));
    }

    void helpListsTheCommands()
    {
        const Result result = run({QStringLiteral("--help")});
        QVERIFY(result.out.contains(QStringLiteral("import")));
        QVERIFY(result.out.contains(QStringLiteral("stats")));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--help")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(ImportCommandTest)
#include "importcommand_test.moc"
