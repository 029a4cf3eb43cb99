// `sourcelight analyze` run as a user runs it: a separate process, no display, files and standard input.
#include "cliprocess.h"
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class AnalyzeCommandTest : public QObject
{
    Q_OBJECT

private:
    using Result = Sourcelight::Cli::Result;

    static inline const Sourcelight::Cli::Subcommand run {QStringLiteral("analyze")};

    static QByteArray article()
    {
        return QByteArrayLiteral(
            "Troops could withdraw by spring 😀. This is what Bloomberg writes, citing US officials.\n"
            "\"We will respond,\" said John Kirby.\n");
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void jsonFromFileAndStdin_data()
    {
        QTest::addColumn<bool>("fromStdin");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("file") << false << QStringList {};
        QTest::newRow("stdin") << true << QStringList {};
        QTest::newRow("file, explicit options")
            << false << QStringList {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--format=json")};
        QTest::newRow("stdin, auto language") << true << QStringList {QStringLiteral("--lang=auto")};
    }

    void jsonFromFileAndStdin()
    {
        QFETCH(bool, fromStdin);
        QFETCH(QStringList, options);
        QVERIFY(m_dir.isValid());
        const QString path = Sourcelight::Cli::writeFile(m_dir, QStringLiteral("article.txt"), article());
        const Result result = fromStdin ? run(options + QStringList {QStringLiteral("-")}, article())
                                        : run(options + QStringList {path});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QVERIFY(result.out.endsWith("}\n"));
        QCOMPARE(result.out.count('\n'), 1);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(result.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(root.value(QLatin1String("language")).toString(), QStringLiteral("en"));
        const QJsonArray sentences = root.value(QLatin1String("sentences")).toArray();
        QCOMPARE(sentences.size(), 3);
        const QList<uint> codePoints = QString::fromUtf8(article()).toUcs4();
        for (const QJsonValue &value : sentences) {
            const QJsonObject s = value.toObject();
            const qsizetype start = s.value(QLatin1String("start")).toInteger();
            const qsizetype end = s.value(QLatin1String("end")).toInteger();
            const QList<uint> slice = codePoints.mid(start, end - start);
            QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(slice.constData()), slice.size()),
                s.value(QLatin1String("text")).toString());
        }
        const QJsonObject first = sentences.at(0).toObject().value(QLatin1String("attribution")).toObject();
        QCOMPARE(first.value(QLatin1String("scope")).toString(), QStringLiteral("backward"));
        QCOMPARE(first.value(QLatin1String("source")).toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("US officials"));
        const QJsonObject last = sentences.at(2).toObject().value(QLatin1String("attribution")).toObject();
        QCOMPARE(last.value(QLatin1String("source")).toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("John Kirby"));
        QCOMPARE(last.value(QLatin1String("quote")).toString(), QStringLiteral("direct"));
    }

    void tsv()
    {
        const Result result = run({QStringLiteral("--format"), QStringLiteral("tsv"), QStringLiteral("-")}, article());
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // header + three sentences
        QVERIFY(lines.at(0).startsWith(QStringLiteral("index\tstart\tend\tsource")));
        QVERIFY(lines.at(2).contains(QStringLiteral("\tUS officials\tanonymous\t")));
        QVERIFY(lines.at(2).contains(QStringLiteral("\tBloomberg\t")));
    }

    void russianDetected()
    {
        const QByteArray text
            = QStringLiteral("Пожар потушен. Об этом сообщает ТАСС со ссылкой на местные власти.\n").toUtf8();
        const Result result = run({QStringLiteral("-")}, text);
        QCOMPARE(result.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(root.value(QLatin1String("language")).toString(), QStringLiteral("ru"));
        const QJsonObject first = root.value(QLatin1String("sentences"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QLatin1String("attribution"))
                                      .toObject();
        QCOMPARE(first.value(QLatin1String("via")).toArray().at(0).toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("ТАСС"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrContains");

        QTest::newRow("missing file") << QStringList {QStringLiteral("/nonexistent/article.txt")} << QByteArray() << 1
                                      << QStringLiteral("cannot open '/nonexistent/article.txt'");
        QTest::newRow("invalid UTF-8") << QStringList {QStringLiteral("-")} << QByteArray("caf\xe9 au lait\n") << 1
                                       << QStringLiteral("not valid UTF-8");
        QTest::newRow("binary") << QStringList {QStringLiteral("-")}
                                << QByteArray("\x7f"
                                              "ELF\x00\x01\x02",
                                       7)
                                << 1 << QStringLiteral("binary");
        QTest::newRow("folder") << QStringList {QStringLiteral("/")} << QByteArray() << 1 << QStringLiteral("folder");
        QTest::newRow("no file") << QStringList {} << QByteArray() << 2 << QStringLiteral("Usage: sourcelight analyze");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--frobnicate"), QStringLiteral("-")}
                                        << QByteArray() << 2 << QStringLiteral("unknown option '--frobnicate'");
        QTest::newRow("bad language") << QStringList {QStringLiteral("--lang"), QStringLiteral("de"),
            QStringLiteral("-")} << QByteArray()
                                      << 2 << QStringLiteral("unknown language 'de'");
        QTest::newRow("bad format") << QStringList {QStringLiteral("--format=xml"), QStringLiteral("-")} << QByteArray()
                                    << 2 << QStringLiteral("unknown format 'xml'");
        QTest::newRow("missing option value")
            << QStringList {QStringLiteral("--lang")} << QByteArray() << 2 << QStringLiteral("--lang needs a value");
        QTest::newRow("two files") << QStringList {QStringLiteral("a.txt"), QStringLiteral("b.txt")} << QByteArray()
                                   << 2 << QStringLiteral("only one FILE");
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrContains);
        const Result result = run(arguments, input);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(stderrContains), qPrintable(result.err));
        QVERIFY2(result.out.isEmpty(), "errors go to stderr, not stdout");
    }

    // Devices and FIFOs have no size to check before reading: /dev/zero would be read until memory runs out, and a
    // FIFO without a writer would keep the command waiting forever. Both are refused at once.
    void devicesAndFifosAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("device") << QStringLiteral("/dev/zero");
        QTest::newRow("symbolic link to a device") << QStringLiteral("zero-link.txt");
        QTest::newRow("fifo without a writer") << QStringLiteral("pipe.txt");
    }

    void devicesAndFifosAreRefused()
    {
        QFETCH(QString, path);
        if (path == QLatin1String("zero-link.txt")) {
            path = m_dir.filePath(path);
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path) || QFileInfo(path).isSymLink());
        } else if (path == QLatin1String("pipe.txt")) {
            path = m_dir.filePath(path);
            QVERIFY(QFileInfo::exists(path) || mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        }
        const Result result = run({path});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("not a regular file")), qPrintable(result.err));
    }

    // `yes a | sourcelight analyze -`: input without end stops being read at the article limit (64 MB), with a
    // message, instead of growing the process's memory until the machine gives out.
    void endlessStandardInputStopsAtTheLimit()
    {
        QProcess process;
        process.start(QStringLiteral(SOURCELIGHT_BINARY_DIR "/bin/sourcelight"),
            {QStringLiteral("analyze"), QStringLiteral("-")});
        QVERIFY(process.waitForStarted(30000));
        const QByteArray chunk = QByteArray("a\n").repeated(512 * 1024); // 1 MiB
        qint64 written = 0;
        // Four times the limit: a reader with no limit would still be reading when this is all written.
        while (process.state() == QProcess::Running && written < 256LL * 1024 * 1024) {
            if (process.write(chunk) < 0) {
                break;
            }
            written += chunk.size();
            while (process.bytesToWrite() > 4 * chunk.size() && process.state() == QProcess::Running) {
                process.waitForBytesWritten(1000);
            }
        }
        QVERIFY2(process.state() == QProcess::NotRunning || process.waitForFinished(60000),
            "analyze kept reading past the limit");
        QVERIFY2(written < 256LL * 1024 * 1024, "analyze read past four times the limit");
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("larger than 64 MB")), qPrintable(err));
    }

    void help()
    {
        const Result result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("Usage: sourcelight analyze"));
        QVERIFY(result.out.contains("--format"));
    }

    void listedInGeneralHelp()
    {
        QProcess process;
        process.start(QStringLiteral(SOURCELIGHT_BINARY_DIR "/bin/sourcelight"), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(30000));
        QVERIFY(process.readAllStandardOutput().contains("analyze"));
    }
};

QTEST_GUILESS_MAIN(AnalyzeCommandTest)
#include "analyzecommand_test.moc"
