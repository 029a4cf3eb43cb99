// File → New Article from Clipboard, as an analyst uses it: copy an article in the browser, press Ctrl+Shift+V in
// the window, correct the details in the dialog by typing, press Enter — and the article is in the library, open,
// with its sentences, and stays there after the project is opened again.
#include "application.h"
#include "articledetailsdialog.h"
#include "documentlistmodel.h"
#include "documenttable.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "project.h"
#include "projectstore.h"
#include "sentencemodel.h"
#include "windowtest.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sourcelight;

namespace {

const QKeySequence PasteArticle(Qt::CTRL | Qt::SHIFT | Qt::Key_V);

/// The library row whose title is title, or -1.
int rowWithTitle(const QAbstractItemModel *model, const QString &title)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, DocumentListModel::TitleColumn).data().toString() == title) {
            return row;
        }
    }
    return -1;
}

} // namespace

class PasteArticleTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Presses Ctrl+Shift+V in the window and returns the details dialog it opens, active, title field focused.
    static ArticleDetailsDialog *openPasteDialog(MainWindow &window)
    {
        return WindowTest::openDialogWith<ArticleDetailsDialog>(window, PasteArticle);
    }

    static QLineEdit *field(QWidget *dialog, const char *name)
    {
        return dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        WindowTest::isolateSettings();
        QVERIFY(m_dir.isValid());
    }

    void plainTextWithEditedTitle()
    {
        const QString path = m_dir.filePath(QStringLiteral("plain.sourcelight"));
        MainWindow window;
        QVERIFY(WindowTest::showWithProject(window, path, true));
        QAbstractItemModelTester tester(window.project()->documents());
        QCOMPARE(window.project()->documents()->rowCount(), 0);

        QGuiApplication::clipboard()->setText(QStringLiteral(
            "Ministry denies report\n\nThe ministry said on Monday that the report was false. \"We never signed the "
            "agreement,\" a spokesman told Reuters. Talks will resume next week, officials said."));
        ArticleDetailsDialog *dialog = openPasteDialog(window);
        QVERIFY(dialog);
        QLineEdit *title = field(dialog, "articleTitle");
        QLineEdit *outlet = field(dialog, "articleOutlet");
        QVERIFY(title && outlet);
        QCOMPARE(title->text(), QStringLiteral("Ministry denies report")); // the first line
        // The title is focused and selected: typing replaces it, as a user expects.
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Ministry denies signing"));
        QTest::keyClick(title, Qt::Key_Tab);
        QVERIFY(outlet->hasFocus());
        QTest::keyClicks(outlet, QStringLiteral("Example Wire"));
        QTest::keyClick(outlet, Qt::Key_Return); // the default button: Import

        DocumentListModel *documents = window.project()->documents();
        QTRY_COMPARE_WITH_TIMEOUT(documents->rowCount(), 1, 10000);
        const int row = rowWithTitle(documents, QStringLiteral("Ministry denies signing"));
        QVERIFY(row >= 0);
        QCOMPARE(
            documents->index(row, DocumentListModel::OutletColumn).data().toString(), QStringLiteral("Example Wire"));
        const Id id = documents->index(row, 0).data(IdRole).value<Id>();
        QVERIFY(id != 0);
        // The new article is open in the pane, its sentences there.
        QTRY_COMPARE(window.project()->currentDocument(), id);
        QVERIFY(window.project()->sentences()->rowCount() >= 3);

        // Stored: another connection sees the article with the details as typed.
        ProjectStore store;
        QVERIFY(store.open(path));
        const std::optional<DocumentRecord> stored = store.documents().document(id);
        QVERIFY(stored);
        QCOMPARE(stored->metadata.title, QStringLiteral("Ministry denies signing"));
        QCOMPARE(stored->metadata.outlet, QStringLiteral("Example Wire"));
        QVERIFY(stored->body.startsWith(QStringLiteral("Ministry denies report\n\nThe ministry said")));
        QCOMPARE(int(store.documents().sentences(id)->size()), window.project()->sentences()->rowCount());
    }

    void htmlThroughTheExtractorWithItsTitle()
    {
        const QString path = m_dir.filePath(QStringLiteral("html.sourcelight"));
        MainWindow window;
        QVERIFY(WindowTest::showWithProject(window, path, true));

        auto *mime = new QMimeData;
        mime->setHtml(QStringLiteral(
            "<html><head><title>Port reopens after storm</title>"
            "<meta property=\"og:site_name\" content=\"Harbour Times\"></head>"
            "<body><nav>Home | World | Sport</nav><p>The port reopened on Tuesday, the harbour master said.</p>"
            "<script>trackReader()</script><p>Ships queued overnight, according to local officials.</p>"
            "</body></html>"));
        mime->setText(QStringLiteral("plain fallback that must not be used"));
        QGuiApplication::clipboard()->setMimeData(mime);

        ArticleDetailsDialog *dialog = openPasteDialog(window);
        QVERIFY(dialog);
        QCOMPARE(field(dialog, "articleTitle")->text(), QStringLiteral("Port reopens after storm"));
        QCOMPARE(field(dialog, "articleOutlet")->text(), QStringLiteral("Harbour Times"));
        QTest::keyClick(field(dialog, "articleTitle"), Qt::Key_Return);

        DocumentListModel *documents = window.project()->documents();
        QTRY_COMPARE_WITH_TIMEOUT(documents->rowCount(), 1, 10000);
        QCOMPARE(rowWithTitle(documents, QStringLiteral("Port reopens after storm")), 0);
        const Id id = documents->index(0, 0).data(IdRole).value<Id>();
        ProjectStore store;
        QVERIFY(store.open(path));
        const QString body = store.documents().document(id)->body;
        QCOMPARE(body,
            QStringLiteral("The port reopened on Tuesday, the harbour master said.\n\nShips queued overnight, "
                           "according to local officials."));
    }

    void cancelImportsNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancel.sourcelight"));
        MainWindow window;
        QVERIFY(WindowTest::showWithProject(window, path, true));
        QGuiApplication::clipboard()->setText(
            QStringLiteral("A headline\n\nA sentence the analyst changed her mind on."));
        ArticleDetailsDialog *dialog = openPasteDialog(window);
        QVERIFY(dialog);
        QTest::keyClick(field(dialog, "articleTitle"), Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<ArticleDetailsDialog *>());
        QTest::qWait(200);
        QCOMPARE(window.project()->documents()->rowCount(), 0);
        QCOMPARE(window.project()->store().documents().count().value_or(-1), qint64(0));
    }

    void emptyClipboardIsExplained()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.sourcelight"));
        MainWindow window;
        QVERIFY(WindowTest::showWithProject(window, path, true));
        QGuiApplication::clipboard()->setText(QStringLiteral("   \n  "));
        const WindowTest::MessageBoxCatcher caught;
        QTest::keySequence(&window, PasteArticle);
        QTRY_VERIFY(!caught.message().isEmpty());
        const QString message = caught.message();
        QVERIFY2(message.contains(QStringLiteral("clipboard holds no text")), qPrintable(message));
        QVERIFY(!window.findChild<ArticleDetailsDialog *>());
        QCOMPARE(window.project()->documents()->rowCount(), 0);
    }
};

QTEST_MAIN(PasteArticleTest)
#include "pastearticle_test.moc"
