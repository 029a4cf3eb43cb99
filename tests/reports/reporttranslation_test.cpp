// Every string a report writer translates is looked up under the context lupdate files it under, so the committed
// translations (translations/sourcelight_*.ts) apply to the exported reports.

#include "../translationlookups.h"
#include "reportexporter.h"
#include "reportfixture.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Sourcelight;

using TranslationLookups::filedMessages;
using TranslationLookups::Message;
using TranslationLookups::RecordingTranslator;

class ReportTranslationTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void contexts_data();
    void contexts();

private:
    ReportFixture::TempProject m_fixture;
    QSet<Message> m_filed;
    QSet<QString> m_filedSources;
};

void ReportTranslationTest::initTestCase()
{
    QVERIFY(m_fixture.create(QStringLiteral("fixture.sourcelight")));
    m_filed = filedMessages(QStringLiteral(SOURCELIGHT_TEST_DATA "/../../translations/sourcelight_de.ts"));
    QVERIFY(m_filed.size() > 100);
    for (const Message &m : std::as_const(m_filed)) {
        m_filedSources.insert(m.second);
    }
}

void ReportTranslationTest::contexts_data()
{
    QTest::addColumn<int>("format");
    for (const ReportFormat format : allReportFormats()) {
        QTest::newRow(qPrintable(reportFormatName(format))) << int(format);
    }
}

void ReportTranslationTest::contexts()
{
    QFETCH(int, format);
    RecordingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    ReportOptions options;
    options.generatedAt = ReportFixture::FixedTime;
    const bool written = ReportExporter::write(ReportFormat(format), m_fixture.data, options, buffer, {}, &error);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(written, qPrintable(error));
    for (const Message &m : std::as_const(translator.m_asked)) {
        if (!TranslationLookups::isQtOwn(m.first) && m_filedSources.contains(m.second)) {
            QVERIFY2(m_filed.contains(m),
                qPrintable(
                    QStringLiteral("“%1” is looked up under %2, not where lupdate filed it").arg(m.second, m.first)));
        }
    }
}

QTEST_MAIN(ReportTranslationTest)
#include "reporttranslation_test.moc"
