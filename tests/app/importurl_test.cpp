// File → Import from URL, as an analyst uses it: Ctrl+Shift+I, the address typed into the dialog, Enter — the page
// (served by this test on 127.0.0.1) is in the library and open; imported again after it changed, it is a new
// version of the same article; a missing page is explained.
#include "../httptestserver.h"
#include "application.h"
#include "documentlistmodel.h"
#include "documenttable.h"
#include "importurldialog.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "portstory.h"
#include "project.h"
#include "projectstore.h"
#include "sentencemodel.h"
#include "windowtest.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Sourcelight;
using Sourcelight::Test::HttpResponse;
using Sourcelight::Test::HttpTestServer;

namespace {

const QKeySequence ImportUrl(Qt::CTRL | Qt::SHIFT | Qt::Key_I);

} // namespace

class ImportUrlTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Ctrl+Shift+I in the window, the address typed into the dialog's field, Enter.
    static bool typeAddress(MainWindow &window, const QString &address)
    {
        auto *dialog = WindowTest::openDialogWith<ImportUrlDialog>(window, ImportUrl);
        if (!dialog) {
            return false;
        }
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("importUrlField"));
        if (!field) {
            return false;
        }
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, address);
        QTest::keyClick(field, Qt::Key_Return);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        WindowTest::isolateSettings();
        QVERIFY(m_dir.isValid());
    }

    void importsAndUpdates()
    {
        HttpTestServer server;
        QVERIFY(server.isListening());
        server.route("/story", HttpResponse::page(Test::PortStory::first()));
        const QString path = m_dir.filePath(QStringLiteral("web.sourcelight"));
        MainWindow window;
        QVERIFY(WindowTest::showWithProject(window, path, true));
        DocumentListModel *documents = window.project()->documents();
        QAbstractItemModelTester tester(documents);

        const QString address = server.url(QStringLiteral("/story")).toString();
        QVERIFY(typeAddress(window, address));
        QTRY_COMPARE_WITH_TIMEOUT(documents->rowCount(), 1, 15000);
        QCOMPARE(documents->index(0, DocumentListModel::TitleColumn).data().toString(),
            QStringLiteral("Port reopens after storm"));
        QCOMPARE(
            documents->index(0, DocumentListModel::OutletColumn).data().toString(), QStringLiteral("Harbour Times"));
        const Id first = documents->index(0, 0).data(IdRole).value<Id>();
        QTRY_COMPARE(window.project()->currentDocument(), first);
        QCOMPARE(window.project()->sentences()->rowCount(), 2);
        QCOMPARE(server.visited(), QList<QByteArray> {"/story"}); // nothing the page refers to

        // The page changed: the same address again is a new version, the library still lists one article.
        server.route("/story", HttpResponse::page(Test::PortStory::updated()));
        QVERIFY(typeAddress(window, address));
        QTRY_VERIFY_WITH_TIMEOUT(window.project()->currentDocument() != first, 15000);
        QCOMPARE(documents->rowCount(), 1);
        QCOMPARE(window.project()->sentences()->rowCount(), 3);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("New version")),
            qPrintable(window.statusBar()->currentMessage()));

        ProjectStore store;
        QVERIFY(store.open(path));
        const std::optional<DocumentRecord> current = store.documents().document(window.project()->currentDocument());
        QVERIFY(current);
        QCOMPARE(current->metadata.url, address);
        QCOMPARE(store.documents().document(first)->supersededBy.value_or(0), current->id);
    }

    void missingPageIsExplained()
    {
        HttpTestServer server;
        const QString path = m_dir.filePath(QStringLiteral("missing.sourcelight"));
        MainWindow window;
        QVERIFY(WindowTest::showWithProject(window, path, true));
        const WindowTest::MessageBoxCatcher caught;
        QVERIFY(typeAddress(window, server.url(QStringLiteral("/gone")).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!caught.message().isEmpty(), 15000);
        const QString message = caught.message();
        QVERIFY2(message.contains(QStringLiteral("was not found (HTTP 404)")), qPrintable(message));
        QCOMPARE(window.project()->documents()->rowCount(), 0);
    }
};

QTEST_MAIN(ImportUrlTest)
#include "importurl_test.moc"
