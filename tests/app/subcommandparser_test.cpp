// SubcommandParser: the option syntax and error conventions every subcommand shares.
#include "commandline.h"
#include "subcommandparser.h"

#include <QTest>
#include <QTextStream>

using namespace Sourcelight;

namespace {

const auto Usage = QStringLiteral("Usage: sourcelight demo [OPTIONS…] FILE…\n");

/// A parser for "demo" with --project, -o/--output (value options), --indent (a flag), writing to strings.
struct Demo
{
    QString out;
    QString err;
    QTextStream outStream {&out};
    QTextStream errStream {&err};
    SubcommandParser parser {QStringLiteral("demo"), Usage, outStream, errStream};

    Demo()
    {
        parser.addOption({QStringLiteral("project")}, QStringLiteral("--project needs a file name"));
        parser.addOption({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("%1 needs a file name"));
        parser.addFlag({QStringLiteral("indent")});
    }
};

} // namespace

class SubcommandParserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("output");
        QTest::addColumn<bool>("indent");
        QTest::addColumn<QStringList>("positional");

        QTest::newRow("separate values") << QStringList {QStringLiteral("--project"), QStringLiteral("p.sl"),
            QStringLiteral("-o"), QStringLiteral("out.md")}
                                         << QStringLiteral("p.sl") << QStringLiteral("out.md") << false
                                         << QStringList();
        QTest::newRow("inline values") << QStringList {QStringLiteral("--project=p.sl"),
            QStringLiteral("--output=out.md"), QStringLiteral("--indent")}
                                       << QStringLiteral("p.sl") << QStringLiteral("out.md") << true << QStringList();
        QTest::newRow("dash is a file") << QStringList {QStringLiteral("-")} << QString() << QString() << false
                                        << QStringList {QStringLiteral("-")};
        QTest::newRow("-o takes a dash") << QStringList {QStringLiteral("-o"), QStringLiteral("-")} << QString()
                                         << QStringLiteral("-") << false << QStringList();
        QTest::newRow("double dash ends options") << QStringList {QStringLiteral("--project"), QStringLiteral("p.sl"),
            QStringLiteral("--"), QStringLiteral("--indent"), QStringLiteral("a.txt")}
                                                  << QStringLiteral("p.sl") << QString() << false
                                                  << QStringList {QStringLiteral("--indent"), QStringLiteral("a.txt")};
        QTest::newRow("last value wins") << QStringList {QStringLiteral("--project=a"), QStringLiteral("--project=b")}
                                         << QStringLiteral("b") << QString() << false << QStringList();
    }

    void accepted()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, project);
        QFETCH(QString, output);
        QFETCH(bool, indent);
        QFETCH(QStringList, positional);
        Demo demo;
        QVERIFY(!demo.parser.parse(arguments).has_value());
        QCOMPARE(demo.parser.value(QStringLiteral("project")), project);
        QCOMPARE(demo.parser.value(QStringLiteral("output")), output);
        QCOMPARE(demo.parser.isSet(QStringLiteral("indent")), indent);
        QCOMPARE(demo.parser.positionalArguments(), positional);
        QVERIFY(demo.err.isEmpty());
    }

    void rejected_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");

        QTest::newRow("unknown option as written")
            << QStringList {QStringLiteral("--frobnicate=3")} << QStringLiteral("unknown option '--frobnicate=3'");
        QTest::newRow("single-dash word is one option")
            << QStringList {QStringLiteral("-xyz")} << QStringLiteral("unknown option '-xyz'");
        QTest::newRow("missing value") << QStringList {QStringLiteral("a.txt"), QStringLiteral("--project")}
                                       << QStringLiteral("--project needs a file name");
        QTest::newRow("missing value names the spelling used")
            << QStringList {QStringLiteral("--output")} << QStringLiteral("--output needs a file name");
        QTest::newRow("missing value, short spelling")
            << QStringList {QStringLiteral("-o")} << QStringLiteral("-o needs a file name");
    }

    void rejected()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        Demo demo;
        QCOMPARE(demo.parser.parse(arguments).value_or(-1), int(CommandLine::UsageError));
        QCOMPARE(demo.err, QStringLiteral("sourcelight demo: ") + message + QStringLiteral("\n\n") + Usage);
        QVERIFY(demo.out.isEmpty());
    }

    void helpGoesToStandardOutput()
    {
        for (const QString &help : {QStringLiteral("-h"), QStringLiteral("--help")}) {
            Demo demo;
            QCOMPARE(
                demo.parser.parse({QStringLiteral("--project=p.sl"), help}).value_or(-1), int(CommandLine::Success));
            QCOMPARE(demo.out, Usage);
            QVERIFY(demo.err.isEmpty());
        }
    }

    void failureHasNoUsage()
    {
        Demo demo;
        QCOMPARE(demo.parser.failure(QStringLiteral("cannot open 'x'")), int(CommandLine::Failure));
        QCOMPARE(demo.err, QStringLiteral("sourcelight demo: cannot open 'x'\n"));
    }

    void unknownOptionMessageCanBeChanged()
    {
        Demo demo;
        demo.parser.setUnknownOptionMessage(QStringLiteral("unknown argument '%1'"));
        QCOMPARE(demo.parser.parse({QStringLiteral("--bogus")}).value_or(-1), int(CommandLine::UsageError));
        QVERIFY(demo.err.startsWith(QStringLiteral("sourcelight demo: unknown argument '--bogus'\n")));
    }

    void declaredRules_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message"); // empty: accepted
        QTest::addColumn<QString>("format");

        QTest::newRow("defaults") << QStringList {QStringLiteral("--project=p")} << QString() << QStringLiteral("text");
        QTest::newRow("a choice") << QStringList {QStringLiteral("--project=p"), QStringLiteral("--format=csv")}
                                  << QString() << QStringLiteral("csv");
        QTest::newRow("unknown choice") << QStringList {QStringLiteral("--project=p"), QStringLiteral("--format"),
            QStringLiteral("xml")} << QStringLiteral("unknown format 'xml' (use text, json or csv)")
                                        << QString();
        QTest::newRow("choice without value") << QStringList {QStringLiteral("--project=p"), QStringLiteral("--format")}
                                              << QStringLiteral("--format needs a value") << QString();
        QTest::newRow("required missing") << QStringList() << QStringLiteral("--project is required") << QString();
        QTest::newRow("required empty") << QStringList {QStringLiteral("--project=")}
                                        << QStringLiteral("--project is required") << QString();
        // A command that takes no positional arguments calls anything extra an unknown argument.
        QTest::newRow("positional refused") << QStringList {QStringLiteral("--project=p"), QStringLiteral("extra")}
                                            << QStringLiteral("unknown argument 'extra'") << QString();
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--project=p"), QStringLiteral("--bogus")}
                                        << QStringLiteral("unknown argument '--bogus'") << QString();
        // The rules are checked in order: positional arguments, then choices, then required options.
        QTest::newRow("first rule wins") << QStringList {QStringLiteral("--format=xml"), QStringLiteral("extra")}
                                         << QStringLiteral("unknown argument 'extra'") << QString();
    }

    void requiredOptionWithTheUsualMessages_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QStringList {} << QStringLiteral("--ratings is required");
        QTest::newRow("no value") << QStringList {QStringLiteral("--ratings")}
                                  << QStringLiteral("--ratings needs a value");
        QTest::newRow("given") << QStringList {QStringLiteral("--ratings"), QStringLiteral("r.csv")} << QString();
    }

    void requiredOptionWithTheUsualMessages()
    {
        // addRequiredOption() alone gives the value's and the requirement's messages, as the commands print them.
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        SubcommandParser parser(QStringLiteral("demo"), Usage, outStream, errStream);
        parser.addRequiredOption(QStringLiteral("ratings"));
        const std::optional<int> done = parser.parse(arguments);
        if (message.isEmpty()) {
            QVERIFY2(!done, qPrintable(err));
            QCOMPARE(parser.value(QStringLiteral("ratings")), QStringLiteral("r.csv"));
        } else {
            QCOMPARE(done.value_or(-1), int(CommandLine::UsageError));
            QCOMPARE(err, QStringLiteral("sourcelight demo: ") + message + QStringLiteral("\n\n") + Usage);
        }
    }

    void declaredRules()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QFETCH(QString, format);
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        SubcommandParser parser(QStringLiteral("demo"), Usage, outStream, errStream);
        parser.addOption({QStringLiteral("project")}, QStringLiteral("--project needs a file name"));
        parser.addChoice(
            QStringLiteral("format"), {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")});
        parser.setRequired(QStringLiteral("project"));
        parser.setNoPositionalArguments();
        const std::optional<int> done = parser.parse(arguments);
        if (message.isEmpty()) {
            QVERIFY2(!done, qPrintable(err));
            QCOMPARE(parser.value(QStringLiteral("format")), format);
        } else {
            QCOMPARE(done.value_or(-1), int(CommandLine::UsageError));
            QCOMPARE(err, QStringLiteral("sourcelight demo: ") + message + QStringLiteral("\n\n") + Usage);
        }
    }
};

QTEST_GUILESS_MAIN(SubcommandParserTest)
#include "subcommandparser_test.moc"
