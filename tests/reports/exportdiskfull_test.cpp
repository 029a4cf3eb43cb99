// An export onto a full disk: every format fails with the system's own words ("No space left on device"), the file
// that was at the path before is untouched, no temporary file is left behind, and the command line prints no
// success line. Once there is room, the same export writes a whole file (a PDF ends with %%EOF).
// The folder is a small tmpfs mounted in a private mount namespace of this process (children share it); needs root,
// and is skipped with a message elsewhere.

#include "../testmounts.h"
#include "reportexporter.h"
#include "reportfixture.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>

using namespace Sourcelight;

class ExportDiskFullTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_projectDir.isValid());
        QVERIFY(m_fullDir.isValid());
        m_project = m_projectDir.filePath(QStringLiteral("fixture.sourcelight"));
        {
            ProjectStore store;
            QVERIFY(ReportFixture::create(store, m_project));
            m_data = ReportFixture::report(store);
        }
        if (const QString why = m_fullDisk.tmpfs(m_fullDir.path(), "2m"); !why.isEmpty()) {
            QSKIP(qPrintable(why + QStringLiteral(": this test needs root")));
        }
    }

    void formats_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("halfFits");
        const QList<std::pair<ReportFormat, QString>> formats {{ReportFormat::Pdf, QStringLiteral("pdf")},
            {ReportFormat::Html, QStringLiteral("html")}, {ReportFormat::Json, QStringLiteral("json")},
            {ReportFormat::Markdown, QStringLiteral("md")}, {ReportFormat::Csv, QStringLiteral("csv")},
            {ReportFormat::WebAnnotation, QStringLiteral("w3c")},
            {ReportFormat::ClaimReview, QStringLiteral("claimreview")}, {ReportFormat::Qdpx, QStringLiteral("qdpx")}};
        for (const auto &[format, name] : formats) {
            // A disk with no room at all, and one where half the report fits: the first writes go through and
            // a later one falls short, the case that used to leave a cut-off file reported as written.
            QTest::addRow("%s, full", qPrintable(name)) << int(format) << name << false;
            QTest::addRow("%s, half fits", qPrintable(name)) << int(format) << name << true;
        }
    }

    void formats()
    {
        QFETCH(int, format);
        QFETCH(QString, name);
        QFETCH(bool, halfFits);
        qint64 room = 0;
        if (halfFits) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(ReportExporter::write(ReportFormat(format), m_data, {}, buffer));
            room = bytes.size() / 2;
        }
        const QString output = fillDiskAround(QStringLiteral("report.") + name, room);

        QString error;
        QVERIFY(!ReportExporter::writeFile(m_project, ReportFormat(format), m_data, {}, output, {}, &error));
        QVERIFY2(error.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("Unknown error")), qPrintable(error));
        checkOldFileAndNoLeftovers(output);

        // The command line: exit 1, the cause on stderr, and no success line on stdout.
        QProcess process;
        process.start(QStringLiteral(SOURCELIGHT_BINARY_DIR "/bin/sourcelight"),
            {QStringLiteral("export"), QStringLiteral("--project"), m_project, QStringLiteral("--format"), name,
                QStringLiteral("-o"), output});
        QVERIFY(process.waitForFinished(120000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))), qPrintable(err));
        QVERIFY2(process.readAllStandardOutput().isEmpty(), "a success line was printed");
        checkOldFileAndNoLeftovers(output);

        // With room again, the export is written whole.
        QVERIFY(QFile::remove(m_fullDir.filePath(QStringLiteral("ballast"))));
        QVERIFY2(ReportExporter::writeFile(m_project, ReportFormat(format), m_data, {}, output, {}, &error),
            qPrintable(error));
        QFile written(output);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes != OldContent);
        if (format == int(ReportFormat::Pdf)) {
            QVERIFY2(bytes.trimmed().endsWith("%%EOF"), "the PDF is cut off");
        }
        QVERIFY(QFile::remove(output));
    }

private:
    static inline const QByteArray OldContent = QByteArrayLiteral("the report the analyst sent yesterday\n");

    /// An earlier report at the path, then ballast until the tmpfs is full but for about room bytes. Returns
    /// the path.
    QString fillDiskAround(const QString &name, qint64 room)
    {
        const QString output = m_fullDir.filePath(name);
        QFile old(output);
        if (!old.open(QIODevice::WriteOnly) || old.write(OldContent) != OldContent.size() || !old.flush()) {
            qFatal("cannot write the old report");
        }
        old.close();
        QFile ballast(m_fullDir.filePath(QStringLiteral("ballast")));
        if (!ballast.open(QIODevice::WriteOnly)) {
            qFatal("cannot open the ballast");
        }
        const QByteArray block(4096, 'x');
        while (ballast.write(block) == block.size() && ballast.flush()) { }
        ballast.close();
        // Whole pages are freed: tmpfs allocates a page at a time.
        if (room > 0 && !ballast.resize(qMax<qint64>(0, ballast.size() - (room / 4096) * 4096))) {
            qFatal("cannot shrink the ballast");
        }
        return output;
    }

    void checkOldFileAndNoLeftovers(const QString &output)
    {
        QFile old(output);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), OldContent);
        const QStringList left
            = QDir(m_fullDir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(left, QStringList({QStringLiteral("ballast"), QFileInfo(output).fileName()}));
    }

    QTemporaryDir m_projectDir;
    QTemporaryDir m_fullDir;
    TestMounts::Mount m_fullDisk; ///< on m_fullDir
    QString m_project;
    ReportData m_data;
};

QTEST_MAIN(ExportDiskFullTest)
#include "exportdiskfull_test.moc"
