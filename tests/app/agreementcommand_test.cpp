// `sourcelight agreement` run as a user runs it: a separate process, no display, a ratings table from a file or
// standard input; the figures, both output formats and the messages for bad input.
#include "cliprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class AgreementCommandTest : public QObject
{
    Q_OBJECT

private:
    using Result = Sourcelight::Cli::Result;

    static inline const Sourcelight::Cli::Subcommand run {QStringLiteral("agreement")};

    /// Three reviewers' verdicts on six claims; Cy skipped one.
    static QByteArray verdicts()
    {
        return "claim,Ana,Bo,Cy\n"
               "c1,false,false,false\n"
               "c2,supported,supported,supported\n"
               "c3,misleading,false,misleading\n"
               "c4,supported,supported,\n"
               "c5,disputed,disputed,disputed\n"
               "c6,false,false,misleading\n";
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void textSummary()
    {
        const Result result = run(
            {QStringLiteral("--ratings"), Sourcelight::Cli::writeFile(m_dir, QStringLiteral("v.csv"), verdicts())});
        QCOMPARE(result.exitCode, 0);
        const QString text = QString::fromUtf8(result.out);
        QVERIFY2(text.contains(QLatin1String("Units: 6 (6 coded by two coders or more)")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Coders: 3; values: 17")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Krippendorff's alpha (nominal): 0.695\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Ana – Bo")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("83.3%")), qPrintable(text)); // Ana and Bo differ on c3 only
    }

    void jsonFromStandardInput()
    {
        const Result result = run(
            {QStringLiteral("--ratings"), QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("json")},
            verdicts());
        QCOMPARE(result.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(result.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QLatin1String("units")).toInt(), 6);
        QCOMPARE(root.value(QLatin1String("coders")).toInt(), 3);
        QCOMPARE(root.value(QLatin1String("pairableValues")).toInt(), 17);
        // 17 pairable values in 4 categories; c3 and c6 hold the only disagreements: α = 1 − 16·4/(289 − 79).
        QCOMPARE(root.value(QLatin1String("alpha")).toDouble(), 0.6952);
        const QJsonArray pairs = root.value(QLatin1String("pairs")).toArray();
        QCOMPARE(pairs.size(), 3);
        const QJsonObject anaCy = pairs.at(1).toObject();
        QCOMPARE(
            anaCy.value(QLatin1String("coders")).toArray(), (QJsonArray {QStringLiteral("Ana"), QStringLiteral("Cy")}));
        QCOMPARE(anaCy.value(QLatin1String("units")).toInt(), 5);
        QCOMPARE(anaCy.value(QLatin1String("percentAgreement")).toDouble(), 0.8);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");

        QTest::newRow("no ratings") << QStringList() << QByteArray() << 2
                                    << QStringLiteral("give either --ratings FILE.csv or --project P");
        QTest::newRow("ratings and a project")
            << QStringList {QStringLiteral("--ratings"), QStringLiteral("-"), QStringLiteral("--project"),
                   QStringLiteral("p.sourcelight")}
            << QByteArray() << 2 << QStringLiteral("give either --ratings FILE.csv or --project P");
        QTest::newRow("a document of a table") << QStringList {QStringLiteral("--ratings"), QStringLiteral("-"),
            QStringLiteral("--document"), QStringLiteral("3")}
                                               << QByteArray() << 2 << QStringLiteral("--document goes with --project");
        QTest::newRow("a document that is no id")
            << QStringList {QStringLiteral("--project"), QStringLiteral("p.sourcelight"), QStringLiteral("--document"),
                   QStringLiteral("three")}
            << QByteArray() << 2 << QStringLiteral("--document needs a document id, not 'three'");
        QTest::newRow("no such project") << QStringList {QStringLiteral("--project"),
            QStringLiteral("/nonexistent/p.sourcelight")}
                                         << QByteArray() << 1 << QStringLiteral("/nonexistent/p.sourcelight");
        QTest::newRow("unknown format") << QStringList {QStringLiteral("--ratings"), QStringLiteral("-"),
            QStringLiteral("--format"), QStringLiteral("xml")}
                                        << QByteArray() << 2
                                        << QStringLiteral("unknown format 'xml' (use text or json)");
        QTest::newRow("stray argument") << QStringList {QStringLiteral("--ratings"), QStringLiteral("-"),
            QStringLiteral("extra.csv")} << QByteArray()
                                        << 2 << QStringLiteral("unknown argument 'extra.csv'");
        QTest::newRow("missing file") << QStringList {QStringLiteral("--ratings"), QStringLiteral("/nonexistent/r.csv")}
                                      << QByteArray() << 1 << QStringLiteral("cannot open '/nonexistent/r.csv'");
        QTest::newRow("invalid UTF-8") << QStringList {QStringLiteral("--ratings"), QStringLiteral("-")}
                                       << QByteArray("unit,A,B\n1,caf\xe9,x\n") << 1
                                       << QStringLiteral("standard input is not valid UTF-8 text");
        QTest::newRow("malformed table") << QStringList {QStringLiteral("--ratings"), QStringLiteral("-")}
                                         << QByteArray("unit,A\n1,x,y\n") << 1
                                         << QStringLiteral("-: line 2: 2 values, but the first row names 1 coder");
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Result result = run(arguments, input);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.startsWith(QLatin1String("sourcelight agreement: ")), qPrintable(result.err));
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    /// A project file is reviewed in shared mode: there are no independent codings to compare, and it says so.
    void aProjectWithoutIndependentCodings()
    {
        const QString project = m_dir.filePath(QStringLiteral("shared.sourcelight"));
        const QString article = Sourcelight::Cli::writeFile(m_dir, QStringLiteral("a.txt"),
            "The council met on Monday. Its chair said the budget would hold until spring.\n");
        QCOMPARE(
            Sourcelight::Cli::run({QStringLiteral("import"), QStringLiteral("--project"), project, article}).exitCode,
            0);
        Result result = run({QStringLiteral("--project"), project});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(QString::fromUtf8(result.out).startsWith(QLatin1String("No reviewer of ")), result.out.constData());
        result = run({QStringLiteral("--project"), project, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(root.value(QLatin1String("fields")).toArray().size(), 0);
        QCOMPARE(root.value(QLatin1String("document")).toInt(), 0);
    }

    void listedInTheHelp()
    {
        const Result result = Sourcelight::Cli::run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QString::fromUtf8(result.out).contains(QLatin1String("agreement  measure how far coders agree")));
    }
};

QTEST_GUILESS_MAIN(AgreementCommandTest)
#include "agreementcommand_test.moc"
