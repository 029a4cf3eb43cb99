// The executable's display-free side, run as a user runs it: a separate process, no display.
#include "cliprocess.h"

#include <QTest>

class CommandLineTest : public QObject
{
    Q_OBJECT

private:
    using Result = Sourcelight::Cli::TextResult;

    static Result run(const QStringList &arguments) { return Sourcelight::Cli::runText(arguments); }

private Q_SLOTS:
    void requests_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutContains");
        QTest::addColumn<QString>("stderrContains");

        QTest::newRow("version") << QStringList {QStringLiteral("--version")} << 0 << QStringLiteral("sourcelight 0.")
                                 << QString();
        QTest::newRow("version names Qt")
            << QStringList {QStringLiteral("--version")} << 0 << QStringLiteral("Qt 6.") << QString();
        QTest::newRow("version names KF6")
            << QStringList {QStringLiteral("--version")} << 0 << QStringLiteral("SyntaxHighlighting 6.") << QString();
        QTest::newRow("help") << QStringList {QStringLiteral("--help")} << 0 << QStringLiteral("Usage: sourcelight")
                              << QString();
        QTest::newRow("short help") << QStringList {QStringLiteral("-h")} << 0 << QStringLiteral("Usage: sourcelight")
                                    << QString();
        QTest::newRow("bad option") << QStringList {QStringLiteral("--frobnicate")} << 2 << QString()
                                    << QStringLiteral("unknown option '--frobnicate'");
        QTest::newRow("bad option shows usage")
            << QStringList {QStringLiteral("--frobnicate")} << 2 << QString() << QStringLiteral("Usage: sourcelight");
        QTest::newRow("unknown subcommand") << QStringList {QStringLiteral("frobnicate")} << 2 << QString()
                                            << QStringLiteral("'frobnicate' is neither a command nor a file");
    }

    void requests()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutContains);
        QFETCH(QString, stderrContains);

        const Result result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        if (!stdoutContains.isEmpty()) {
            QVERIFY2(result.out.contains(stdoutContains), qPrintable(result.out));
        }
        if (!stderrContains.isEmpty()) {
            QVERIFY2(result.err.contains(stderrContains), qPrintable(result.err));
        }
        if (exitCode != 0) {
            QVERIFY2(result.out.isEmpty(), "errors go to stderr, not stdout");
        }
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "commandline_test.moc"
