// The PDF report renders to pages: page count and size from pdfinfo, every font embedded (pdffonts), each page
// rasterised by pdftoppm and not blank, page numbers and the article text present (pdftotext). Skips when
// poppler-utils is missing.

#include "pdfreportwriter.h"
#include "reportfixture.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Sourcelight;

class PdfReportTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rendersPages_data();
    void rendersPages();

private:
    QString run(const QString &tool, const QStringList &arguments);

    ReportFixture::TempProject m_fixture;
};

QString PdfReportTest::run(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(tool), process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

void PdfReportTest::initTestCase()
{
    for (const char *tool : {"pdfinfo", "pdffonts", "pdftoppm", "pdftotext"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty()) {
            QSKIP("poppler-utils is not installed");
        }
    }
    // SOURCELIGHT_KEEP_OUTPUT=1 keeps the PDFs and page images for looking at them.
    m_fixture.dir.setAutoRemove(!qEnvironmentVariableIsSet("SOURCELIGHT_KEEP_OUTPUT"));
    if (!m_fixture.dir.autoRemove()) {
        qInfo("output in %s", qPrintable(m_fixture.dir.path()));
    }
    QVERIFY(m_fixture.create(QStringLiteral("pdf.sourcelight")));
}

void PdfReportTest::rendersPages_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("points");
    QTest::newRow("A4") << int(QPageSize::A4) << QStringLiteral("595 x 842");
    QTest::newRow("Letter") << int(QPageSize::Letter) << QStringLiteral("612 x 792");
}

void PdfReportTest::rendersPages()
{
    QFETCH(int, pageSize);
    QFETCH(QString, points);
    ReportOptions options;
    options.pageSize = QPageSize::PageSizeId(pageSize);
    const QString path = m_fixture.dir.filePath(QStringLiteral("report-%1.pdf").arg(pageSize));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        PdfReportWriter writer;
        QVERIFY2(writer.write(m_fixture.data, options, file), qPrintable(writer.errorString()));
    }

    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY2(pages.hasMatch(), qPrintable(info));
    const int pageCount = pages.captured(1).toInt();
    QVERIFY(pageCount >= 2); // summary, two articles with their tables and the appendix do not fit one page
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+") + points + QStringLiteral(" pts"))),
        qPrintable(info));

    const QStringList fonts = run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(fonts.size() > 2);
    for (const QString &line : fonts.mid(2)) {
        // name type encoding emb sub uni object ID
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == QLatin1String("yes"), qPrintable(line));
    }

    const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
                             .normalized(QString::NormalizationForm_KC) // ligatures (ﬃ) back to letters
                             .simplified();
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pageCount)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pageCount)));
    QVERIFY(text.contains(QStringLiteral("Escorts for grain ships to continue")));
    QVERIFY(text.contains(QStringLiteral("Удари тривали всю ніч")));
    QVERIFY2(text.contains(QStringLiteral("Two US officials, speaking on condition of anonymity")), qPrintable(text));

    const QString prefix = m_fixture.dir.filePath(QStringLiteral("page-%1").arg(pageSize));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), path, prefix});
    const QStringList images = QDir(m_fixture.dir.path()).entryList({QStringLiteral("page-%1-*.png").arg(pageSize)});
    QCOMPARE(images.size(), pageCount);
    for (const QString &name : images) {
        const QImage image(m_fixture.dir.filePath(name));
        QVERIFY(!image.isNull());
        int dark = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                dark += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
            }
        }
        QVERIFY2(dark > 50, qPrintable(name)); // text was painted on every page
    }
}

QTEST_MAIN(PdfReportTest)
#include "pdfreport_test.moc"
