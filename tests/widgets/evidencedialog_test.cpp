// EvidenceDialog as a user meets it: an address that is not http(s) is refused with a message and the dialog stays
// open; a web address is accepted as typed, completed to a URL.
#include "evidencedialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Sourcelight;

class EvidenceDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWhatIsNotAWebAddress_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
        QTest::newRow("mailto") << QStringLiteral("mailto:desk@example.org");
    }

    void refusesWhatIsNotAWebAddress()
    {
        QFETCH(QString, typed);
        EvidenceDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("evidenceUrl"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("evidenceError"));
        QVERIFY(url && error);
        QVERIFY(!error->isVisible());
        QTest::keyClicks(url, typed);
        QTest::keyClick(url, Qt::Key_Return);
        QCOMPARE(accepted.size(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("“%1” is not a web address (http or https).").arg(typed));

        // Correcting the address clears the message, and OK then takes it.
        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("https://example.org/report"));
        QVERIFY(!error->isVisible());
        QTest::keyClick(url, Qt::Key_Return);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.url(), QStringLiteral("https://example.org/report"));
    }

    void acceptsAWebAddressWithANote()
    {
        EvidenceDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("evidenceUrl"));
        auto *note = dialog.findChild<QLineEdit *>(QStringLiteral("evidenceNote"));
        QTest::keyClicks(url, QStringLiteral("  example.org/stats "));
        QTest::keyClick(url, Qt::Key_Tab);
        QVERIFY(note->hasFocus());
        QTest::keyClicks(note, QStringLiteral(" ministry table "));
        QTest::keyClick(note, Qt::Key_Return);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.url(), QStringLiteral("http://example.org/stats"));
        QCOMPARE(dialog.note(), QStringLiteral("ministry table"));
    }

    void escapeCancels()
    {
        EvidenceDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("evidenceUrl"));
        QTest::keyClicks(url, QStringLiteral("https://example.org"));
        QTest::keyClick(url, Qt::Key_Escape);
        QCOMPARE(rejected.size(), 1);
    }
};

QTEST_MAIN(EvidenceDialogTest)
#include "evidencedialog_test.moc"
