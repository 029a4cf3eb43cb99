// Reading the files an analyst imports: every encoding we promise, and every bad input, with a clear message.
#include "../testfiles.h"
#include "documentreader.h"
#include "textdecoder.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Sourcelight;

class DocumentReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("guessed");
        QTest::addColumn<QString>("contains");

        QTest::newRow("utf-8") << "article-utf8.txt" << "UTF-8" << false << QStringLiteral("harbour master Ilse");
        QTest::newRow("utf-8 bom") << "article-utf8-bom.txt" << "UTF-8 (BOM)" << false
                                   << QStringLiteral("Port authorities in Valdria");
        QTest::newRow("utf-16le") << "article-utf16le.txt" << "UTF-16LE" << false
                                  << QStringLiteral("Власти порта Вальдрия");
        QTest::newRow("utf-16be") << "article-utf16be.txt" << "UTF-16BE" << false << QStringLiteral("«Мы ожидаем");
        QTest::newRow("windows-1251") << "russian-cp1251.txt" << "windows-1251" << true
                                      << QStringLiteral("взносы выросли на 12%");
        QTest::newRow("windows-1252 french") << "french-cp1252.txt" << "windows-1252" << true
                                             << QStringLiteral("« Nous prévoyons un retour à la normale");
        QTest::newRow("windows-1252 german")
            << "german-cp1252.txt" << "windows-1252" << true << QStringLiteral("Prozent – für größere Schiffe");
        QTest::newRow("html declared windows-1251")
            << "article-cp1251.htm" << "windows-1251" << false << QStringLiteral("Власти порта Вальдрия вновь");
    }

    void encodings()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(bool, guessed);
        QFETCH(QString, contains);
        QString error;
        const std::optional<ImportText> text = DocumentReader::readFile(TestFiles::importData(file), &error);
        QVERIFY2(text, qPrintable(error));
        QCOMPARE(text->encoding, encoding);
        QVERIFY2(text->text.contains(contains), qPrintable(text->text));
        QVERIFY(!text->text.contains(QChar::ReplacementCharacter));
        QVERIFY(!text->text.startsWith(QChar(0xFEFF)));
        QCOMPARE(!text->warnings.isEmpty(), guessed); // a guess is reported to the user
        if (guessed) {
            QVERIFY(text->warnings.join(QString()).contains(encoding));
        }
    }

    void invalidBytesAreReportedNotFatal()
    {
        QString error;
        const std::optional<ImportText> text
            = DocumentReader::readFile(TestFiles::importData(QStringLiteral("invalid-utf8.txt")), &error);
        QVERIFY2(text, qPrintable(error));
        QCOMPARE(text->encoding, QStringLiteral("UTF-8"));
        const qsizetype replaced = text->text.count(QChar::ReplacementCharacter);
        QVERIFY(replaced >= 2 && replaced <= 3); // "\xE2\x80" may count as one broken sequence or two bytes
        QVERIFY(text->text.contains(QStringLiteral("harbour master Ilse Marten told reporters at the café")));
        QCOMPARE(text->warnings.size(), 1);
        QVERIFY2(text->warnings.first().contains(QStringLiteral("%1 byte sequence").arg(replaced)),
            qPrintable(text->warnings.first()));
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");

        QTest::newRow("binary") << "binary.txt" << QStringLiteral("binary file");
        QTest::newRow("empty") << "empty.txt" << QStringLiteral("empty");
        QTest::newRow("only whitespace") << "whitespace.txt" << QStringLiteral("no text");
        QTest::newRow("unsupported type") << "slides.pdf" << QStringLiteral("“.pdf” cannot be imported");
        QTest::newRow("missing") << "no-such-file.txt" << QStringLiteral("does not exist");
        QTest::newRow("folder") << "." << QStringLiteral("folder");
    }

    void badFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!DocumentReader::readFile(TestFiles::importData(file), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void hugeFileIsRefusedWithoutReadingIt()
    {
        // A 200 MB text file (sparse: no disk used) is refused up front with its size, never read into memory.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("huge.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(200LL * 1024 * 1024));
        file.close();
        QString error;
        QVERIFY(!DocumentReader::readFile(file.fileName(), &error));
        QVERIFY2(
            error.contains(QStringLiteral("too large")) && error.contains(QStringLiteral("200 MB")), qPrintable(error));
    }

    // An import never reads what has no end: a symbolic link named like an article that points at a device, and a
    // FIFO nobody writes to (which would block the import forever) are refused at once.
    void devicesAndFifosAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString link = dir.filePath(QStringLiteral("article.txt"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), link));
        const QString fifo = dir.filePath(QStringLiteral("stream.md"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const QString &path : {link, fifo}) {
            QString error;
            QVERIFY(!DocumentReader::readFile(path, &error));
            QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
        }
        // A symbolic link to a real article is followed as before.
        const QString article = dir.filePath(QStringLiteral("linked.txt"));
        QVERIFY(QFile::link(TestFiles::importData(QStringLiteral("article-utf8.txt")), article));
        QString error;
        QVERIFY2(DocumentReader::readFile(article, &error), qPrintable(error));
    }

    // Input whose size is not known up front (standard input, a pipe) is cut off at the limit while reading.
    void readingStopsAtTheLimit()
    {
        QByteArray bytes(1000, 'a');
        QBuffer within(&bytes);
        QVERIFY(within.open(QIODevice::ReadOnly));
        QString error;
        const std::optional<QByteArray> read = DocumentReader::readLimited(within, 1000, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->size(), 1000);

        QByteArray more(3 * 1024 * 1024 + 1, 'a');
        QBuffer over(&more);
        QVERIFY(over.open(QIODevice::ReadOnly));
        QVERIFY(!DocumentReader::readLimited(over, 3 * 1024 * 1024, &error));
        QVERIFY2(error.contains(QStringLiteral("larger than 3 MB")), qPrintable(error));
    }

    void randomBytesNeverCrash()
    {
        // Whatever the bytes, decoding ends with text or a refusal.
        QByteArray bytes;
        quint32 state = 12345;
        for (int round = 0; round < 200; ++round) {
            bytes.resize(1 + round * 7);
            for (char &b : bytes) {
                state = state * 1664525u + 1013904223u;
                b = char(state >> 24);
            }
            const TextDecoder::Result result = TextDecoder::decode(bytes);
            QVERIFY(result.ok || !result.error.isEmpty());
        }
    }

    void markdownMetadata()
    {
        QString error;
        const std::optional<ImportText> text
            = DocumentReader::readFile(TestFiles::importData(QStringLiteral("article.md")), &error);
        QVERIFY2(text, qPrintable(error));
        QCOMPARE(text->metadata.title, QStringLiteral("Valdria reopens northern terminal"));
        QCOMPARE(text->metadata.outlet, QStringLiteral("Harbour Wire"));
        QCOMPARE(text->metadata.author, QStringLiteral("Nadia Brook"));
        QCOMPARE(text->metadata.url, QStringLiteral("https://example.invalid/harbour/valdria-terminal"));
        QCOMPARE(text->metadata.published, QStringLiteral("2026-03-03"));
        QCOMPARE(text->metadata.language, Language::English);
        QVERIFY(!text->text.contains(QStringLiteral("---")));
        QVERIFY(!text->text.contains(QStringLiteral("title:")));
    }

    void htmlHeadWithoutEndTag()
    {
        // Valid HTML: </head> and </body> may be left out. This shape once imported as "no text to review".
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("short.html")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<html><head><title>T</title><body><p>Grain exports rose in May, the ministry said.");
        file.close();
        QString error;
        const std::optional<ImportText> text = DocumentReader::readFile(file.fileName(), &error);
        QVERIFY2(text, qPrintable(error));
        QCOMPARE(text->text, QStringLiteral("Grain exports rose in May, the ministry said."));
        QCOMPARE(text->metadata.title, QStringLiteral("T"));
    }

    void pastedText()
    {
        const ImportText text = DocumentReader::fromPastedText(QStringLiteral("Headline here\r\nBody text.\r\n\r\n"));
        QCOMPARE(text.text, QStringLiteral("Headline here\nBody text."));
        QCOMPARE(text.metadata.title, QStringLiteral("Headline here"));
        QVERIFY(text.sourceFile.isEmpty());
    }
};

QTEST_GUILESS_MAIN(DocumentReaderTest)
#include "documentreader_test.moc"
