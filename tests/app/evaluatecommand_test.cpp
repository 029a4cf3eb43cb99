// `sourcelight evaluate` run as a user runs it: a separate process, no display, a gold file written by the test.
#include "cliprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class EvaluateCommandTest : public QObject
{
    Q_OBJECT

private:
    using Result = Sourcelight::Cli::Result;

    static inline const Sourcelight::Cli::Subcommand run {QStringLiteral("evaluate")};

    static QJsonObject span(const QString &text, const QString &part)
    {
        const qsizetype start = text.indexOf(part);
        return {{QStringLiteral("start"), start}, {QStringLiteral("end"), start + part.size()},
            {QStringLiteral("text"), part}};
    }

    static QJsonObject relation(int id, const QString &text, const QString &cue, const QString &source,
        const QString &content, const QString &cueClass, const QString &kind)
    {
        return {{QStringLiteral("id"), id}, {QStringLiteral("cue"), span(text, cue)},
            {QStringLiteral("source"), span(text, source)}, {QStringLiteral("content"), span(text, content)},
            {QStringLiteral("cueClass"), cueClass}, {QStringLiteral("sourceKind"), kind}};
    }

    /// One article: a source the suggester finds ("John Kirby said") and one no rule can find (a labelled
    /// "source" that is weather, so the test does not depend on how far the rules reach).
    static QByteArray article(const QString &id, const QString &split)
    {
        const QString text = QStringLiteral("John Kirby said the talks had stalled.\n\nRain fell all night.");
        const QJsonArray relations {
            relation(1, text, QStringLiteral("said"), QStringLiteral("John Kirby"),
                QStringLiteral("the talks had stalled"), QStringLiteral("speech"), QStringLiteral("person")),
            relation(2, text, QStringLiteral("fell"), QStringLiteral("Rain"), QStringLiteral("all night"),
                QStringLiteral("stance"), QStringLiteral("group")),
        };
        const QJsonObject o {{QStringLiteral("id"), id}, {QStringLiteral("language"), QStringLiteral("en")},
            {QStringLiteral("style"), QStringLiteral("wire")}, {QStringLiteral("split"), split},
            {QStringLiteral("title"), QStringLiteral("Talks")}, {QStringLiteral("text"), text},
            {QStringLiteral("relations"), relations}};
        return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }

    static QJsonObject parse(const Result &result)
    {
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(result.out, &error).object();
        return error.error == QJsonParseError::NoError ? root : QJsonObject {};
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void scoresOneFoundOneMissed()
    {
        QVERIFY(m_dir.isValid());
        const QString path = Sourcelight::Cli::writeFile(
            m_dir, QStringLiteral("gold.jsonl"), article(QStringLiteral("en-01"), QStringLiteral("dev")));
        const Result result = run({QStringLiteral("--gold"), path});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QCOMPARE(result.out.count('\n'), 1);
        const QJsonObject root = parse(result);
        QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
        const QJsonObject all = root.value(QLatin1String("splits")).toObject().value(QLatin1String("all")).toObject();
        QCOMPARE(all.value(QLatin1String("articles")).toInt(), 1);
        const QJsonObject sources = all.value(QLatin1String("sources")).toObject();
        QCOMPARE(sources.value(QLatin1String("gold")).toInt(), 2);
        QCOMPARE(sources.value(QLatin1String("found")).toInt(), 1);
        QCOMPARE(sources.value(QLatin1String("predicted")).toInt(), 1);
        QCOMPARE(sources.value(QLatin1String("correct")).toInt(), 1);
        QCOMPARE(sources.value(QLatin1String("recall")).toDouble(), 0.5);
        QCOMPARE(sources.value(QLatin1String("precision")).toDouble(), 1.0);
        QCOMPARE(sources.value(QLatin1String("f1")).toDouble(), 0.667);
        const QJsonArray misses = all.value(QLatin1String("misses")).toArray();
        QCOMPARE(misses.size(), 1);
        QCOMPARE(misses.first().toObject().value(QLatin1String("source")).toString(), QStringLiteral("Rain"));
        QCOMPARE(misses.first().toObject().value(QLatin1String("relation")).toInt(), 2);
        const QJsonObject speech
            = all.value(QLatin1String("byCueClass")).toObject().value(QLatin1String("speech")).toObject();
        QCOMPARE(speech.value(QLatin1String("recall")).toDouble(), 1.0);
    }

    void directoryAndSplit()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const auto &[name, split] : {std::pair {"a.jsonl", "dev"}, std::pair {"b.jsonl", "test"}}) {
            QFile file(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(article(QString::fromLatin1(name).left(1), QString::fromLatin1(split)));
        }
        QFile ignored(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(ignored.open(QIODevice::WriteOnly));
        ignored.write("not gold");
        ignored.close();

        const QJsonObject both = parse(run({QStringLiteral("--gold=") + dir.path()}));
        const QJsonObject splits = both.value(QLatin1String("splits")).toObject();
        QCOMPARE(splits.value(QLatin1String("all")).toObject().value(QLatin1String("articles")).toInt(), 2);
        QCOMPARE(splits.value(QLatin1String("dev")).toObject().value(QLatin1String("articles")).toInt(), 1);
        QCOMPARE(splits.value(QLatin1String("test")).toObject().value(QLatin1String("articles")).toInt(), 1);

        const QJsonObject dev
            = parse(run({QStringLiteral("--gold"), dir.path(), QStringLiteral("--split"), QStringLiteral("dev")}));
        const QJsonObject devSplits = dev.value(QLatin1String("splits")).toObject();
        QCOMPARE(devSplits.value(QLatin1String("all")).toObject().value(QLatin1String("articles")).toInt(), 1);
        QVERIFY(!devSplits.contains(QLatin1String("test")));
    }

    void textFormat()
    {
        const QString path = Sourcelight::Cli::writeFile(
            m_dir, QStringLiteral("text.jsonl"), article(QStringLiteral("en-03"), QStringLiteral("dev")));
        const Result result = run({QStringLiteral("--gold"), path, QStringLiteral("--format"), QStringLiteral("text")});
        QCOMPARE(result.exitCode, 0);
        const QString text = QString::fromUtf8(result.out);
        QVERIFY2(text.contains(QStringLiteral("1/2 found")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("en-03#2")), qPrintable(text));
        // Nothing is ever suggested as a "group" (the product says anonymous): no made-up 0 % precision for it.
        const qsizetype group = text.indexOf(QStringLiteral("source kind group"));
        QVERIFY2(group >= 0, qPrintable(text));
        const QString groupLine = text.mid(group, text.indexOf(QLatin1Char('\n'), group) - group);
        QVERIFY2(groupLine.endsWith(QStringLiteral("0/1 found (recall 0.0 %), no suggestion of this kind")),
            qPrintable(groupLine));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no --gold") << QStringList {} << 2;
        QTest::newRow("--gold without value") << QStringList {QStringLiteral("--gold")} << 2;
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--frobnicate")} << 2;
        QTest::newRow("bad split") << QStringList {QStringLiteral("--gold=x"), QStringLiteral("--split=train")} << 2;
        QTest::newRow("bad format") << QStringList {QStringLiteral("--gold=x"), QStringLiteral("--format=tsv")} << 2;
        QTest::newRow("missing file") << QStringList {QStringLiteral("--gold=/nonexistent/gold.jsonl")} << 1;
        QTest::newRow("not gold") << QStringList {QStringLiteral("--gold=@BROKEN@")} << 1;
        QTest::newRow("empty directory") << QStringList {QStringLiteral("--gold=@EMPTY@")} << 1;
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QVERIFY(m_dir.isValid());
        const QString broken = Sourcelight::Cli::writeFile(m_dir, QStringLiteral("broken.jsonl"), "{\"id\": \"x\"\n");
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("empty")));
        for (QString &argument : arguments) {
            argument.replace(QStringLiteral("@BROKEN@"), broken).replace(QStringLiteral("@EMPTY@"), empty);
        }
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(result.out.isEmpty());
        QVERIFY(result.err.startsWith(QStringLiteral("sourcelight evaluate: ")));
    }
};

QTEST_GUILESS_MAIN(EvaluateCommandTest)
#include "evaluatecommand_test.moc"
