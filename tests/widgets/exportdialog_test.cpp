// ExportDialog driven as a user would: previews follow the format and filters (HTML rendered, JSON and Markdown
// highlighted by KSyntaxHighlighting), and Export writes the file on a worker and closes the dialog.

#include "../reports/reportfixture.h"
#include "../testfiles.h"
#include "exportdialog.h"
#include "reportpreview.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>

using namespace Sourcelight;

namespace {

/// The dialog's Export button, as a user finds it in the button box.
QPushButton *acceptButton(const QDialog &dialog)
{
    const auto *buttons = dialog.findChild<QDialogButtonBox *>();
    for (QAbstractButton *button : buttons->buttons()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            return qobject_cast<QPushButton *>(button);
        }
    }
    return nullptr;
}

} // namespace

class ExportDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previewFollowsFormat_data();
    void previewFollowsFormat();
    void filtersChangeThePreview();
    void exportsOnAWorker();
    void refusesToOverwriteTheProject();

private:
    ExportDialog::Context context() const;

    QTemporaryDir m_dir;
    QString m_project;
};

void ExportDialogTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("dialog.sourcelight"));
    ProjectStore store;
    QVERIFY(ReportFixture::create(store, m_project));
}

ExportDialog::Context ExportDialogTest::context() const
{
    ExportDialog::Context context;
    context.projectPath = m_project;
    context.currentDocument = 1;
    context.selectedDocuments = {1, 2};
    context.sources = {{2, QStringLiteral("John Kirby")}, {4, QStringLiteral("US officials")}};
    context.organisation = QStringLiteral("Example Fact Check");
    context.reviewer = QStringLiteral("Dana Analyst");
    return context;
}

void ExportDialogTest::previewFollowsFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("rendered");
    QTest::addColumn<QString>("expected");
    QTest::newRow("html") << int(ReportFormat::Html) << true << QStringLiteral("Escorts for grain ships");
    QTest::newRow("json") << int(ReportFormat::Json) << false << QStringLiteral("\"format\": \"sourcelight-project\"");
    QTest::newRow("markdown") << int(ReportFormat::Markdown) << false << QStringLiteral("## Escorts for grain ships");
    QTest::newRow("csv") << int(ReportFormat::Csv) << false << QStringLiteral("claim_id,document_id");
}

void ExportDialogTest::previewFollowsFormat()
{
    QFETCH(int, format);
    QFETCH(bool, rendered);
    QFETCH(QString, expected);
    ExportDialog dialog(context(), ReportPreview::forProject(m_project));
    QSignalSpy ready(&dialog, &ExportDialog::previewReady);
    dialog.show();
    QVERIFY(ready.wait(10000));
    dialog.setFormat(ReportFormat(format));
    if (ReportFormat(format) != ReportFormat::Html) {
        QVERIFY(ready.wait(10000));
    }
    QTRY_VERIFY(dialog.previewText().contains(expected));
    auto *browser = dialog.findChild<QTextBrowser *>();
    auto *text = dialog.findChild<QPlainTextEdit *>();
    QCOMPARE(browser->isVisible(), rendered);
    QCOMPARE(text->isVisible(), !rendered);
    if (rendered) {
        QVERIFY(browser->toPlainText().contains(expected));
        QVERIFY(!browser->toPlainText().contains(QStringLiteral("<span")));
    } else if (ReportFormat(format) != ReportFormat::Csv) {
        // KSyntaxHighlighting formatted the text (there is no stock CSV definition to count on).
        bool formatted = false;
        for (QTextBlock block = text->document()->begin(); block.isValid() && !formatted; block = block.next()) {
            formatted = !block.layout()->formats().isEmpty();
        }
        QVERIFY(formatted);
    }
}

void ExportDialogTest::filtersChangeThePreview()
{
    ExportDialog dialog(context(), ReportPreview::forProject(m_project));
    QSignalSpy ready(&dialog, &ExportDialog::previewReady);
    dialog.show();
    dialog.setFormat(ReportFormat::Csv);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.previewText().startsWith(QStringLiteral("claim_id")), 10000);
    QVERIFY(dialog.previewText().contains(QStringLiteral("opinion"))); // the unverified claim
    auto *verified = dialog.findChildren<QCheckBox *>().first();
    QVERIFY(verified->text().contains(QStringLiteral("verified")));
    ready.clear();
    verified->setFocus();
    QTest::keyClick(verified, Qt::Key_Space);
    QVERIFY(dialog.request().filter.onlyVerified);
    QVERIFY(ready.wait(10000));
    QTRY_VERIFY(!dialog.previewText().isEmpty());
    QVERIFY(!dialog.previewText().contains(QStringLiteral("opinion")));
    QVERIFY(dialog.previewText().contains(QStringLiteral("supported")));
    // The current document is the default scope.
    QCOMPARE(dialog.request().scope.documentIds, QList<Id> {1});
}

void ExportDialogTest::exportsOnAWorker()
{
    ExportDialog dialog(context(), ReportPreview::forProject(m_project));
    dialog.show();
    dialog.setFormat(ReportFormat::Markdown);
    const QString path = m_dir.filePath(QStringLiteral("exported.md"));
    dialog.setOutputPath(path);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QPushButton *exportButton = acceptButton(dialog);
    QVERIFY(exportButton);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(finished.first().at(1).toString(), path);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("## Escorts for grain ships"));
}

// Choosing the project file itself as the export's file: the dialog says why not, stays open, and the project is
// byte for byte what it was.
void ExportDialogTest::refusesToOverwriteTheProject()
{
    const auto hash = [this] { return TestFiles::sha256(m_project); };
    const QByteArray before = hash();
    ExportDialog dialog(context(), ReportPreview::forProject(m_project));
    dialog.show();
    dialog.setFormat(ReportFormat::Json);
    dialog.setOutputPath(m_project);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QPushButton *exportButton = acceptButton(dialog);
    QVERIFY(exportButton);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains(QLatin1String("would destroy the project")), qPrintable(message));
    bool shown = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        shown = shown || (label->isVisible() && label->text() == message);
    }
    QVERIFY2(shown, "the dialog does not show why");
    QVERIFY(dialog.isVisible());
    QCOMPARE(hash(), before);
}

QTEST_MAIN(ExportDialogTest)
#include "exportdialog_test.moc"
