// DocumentMetadataDialog as a user meets it: typed values come back trimmed; a web address that is not http(s)
// keeps OK disabled and says why; a date left alone keeps its stored text (a time, or a form the field cannot show),
// a date set to unknown is cleared, a new date is stored as yyyy-MM-dd; the language is chosen from those the
// analysis knows.
#include "documentmetadatadialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Sourcelight;

class DocumentMetadataDialogTest final : public QObject
{
    Q_OBJECT

private:
    static DocumentMetadata sample()
    {
        DocumentMetadata m;
        m.title = QStringLiteral("Convoy talks stall");
        m.outlet = QStringLiteral("Wire Desk");
        m.author = QStringLiteral("Mara Quill");
        m.url = QStringLiteral("https://example.org/convoy");
        m.published = QStringLiteral("2026-03-14T09:30:00Z");
        m.language = Language::English;
        return m;
    }

    /// Fills the dialog with metadata and shows it; whether it became the active window, as it is when a user types.
    static bool showActive(DocumentMetadataDialog &dialog, const DocumentMetadata &metadata)
    {
        dialog.setMetadata(metadata);
        dialog.show();
        dialog.activateWindow();
        return QTest::qWaitForWindowActive(&dialog);
    }

    template<typename T> static T *child(QDialog &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget) {
            qFatal("no %s", name);
        }
        return widget;
    }

private Q_SLOTS:
    void unchangedValuesComeBackAsTheyWere()
    {
        DocumentMetadataDialog dialog;
        dialog.setMetadata(sample());
        QCOMPARE(dialog.metadata(), sample()); // the stored time of day is kept
        QCOMPARE(child<QDateEdit>(dialog, "publishedEdit")->date(), QDate(2026, 3, 14));
        QVERIFY(!child<QCheckBox>(dialog, "publishedUnknown")->isChecked());
    }

    void typedValuesAreTrimmed()
    {
        DocumentMetadataDialog dialog;
        QVERIFY(showActive(dialog, sample()));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        auto *title = child<QLineEdit>(dialog, "titleEdit");
        title->setFocus();
        QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(title, QStringLiteral("  Fuel prices stall convoy talks  "));
        auto *outlet = child<QLineEdit>(dialog, "outletEdit");
        outlet->setFocus();
        QTest::keyClick(outlet, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(outlet, Qt::Key_Delete);
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(accepted.size(), 1);
        DocumentMetadata expected = sample();
        expected.title = QStringLiteral("Fuel prices stall convoy talks");
        expected.outlet.clear();
        QCOMPARE(dialog.metadata(), expected);
    }

    void refusesWhatIsNotAWebAddress_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("https") << QStringLiteral("https://example.org/a?b=1") << true;
        QTest::newRow("http") << QStringLiteral("http://example.org") << true;
        QTest::newRow("no scheme") << QStringLiteral("example.org/news") << false;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false;
        QTest::newRow("space") << QStringLiteral("https://exa mple.org") << false;
    }

    void refusesWhatIsNotAWebAddress()
    {
        QFETCH(QString, typed);
        QFETCH(bool, acceptable);
        QCOMPARE(DocumentMetadataDialog::isAcceptableUrl(typed), acceptable);
        DocumentMetadataDialog dialog;
        QVERIFY(showActive(dialog, sample()));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        auto *url = child<QLineEdit>(dialog, "urlEdit");
        auto *error = child<QLabel>(dialog, "urlError");
        QVERIFY(!error->isVisible());
        url->setFocus();
        QTest::keyClick(url, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(url, Qt::Key_Delete);
        QTest::keyClicks(url, typed);
        QCOMPARE(error->isVisible(), !acceptable);
        QCOMPARE(
            child<QDialogButtonBox>(dialog, "metadataButtons")->button(QDialogButtonBox::Ok)->isEnabled(), acceptable);
        QTest::keyClick(url, Qt::Key_Return);
        QCOMPARE(accepted.size(), acceptable ? 1 : 0);
        QCOMPARE(dialog.isVisible(), !acceptable);
    }

    void dateUnknownAndChanged()
    {
        DocumentMetadataDialog dialog;
        QVERIFY(showActive(dialog, sample()));
        auto *unknown = child<QCheckBox>(dialog, "publishedUnknown");
        auto *date = child<QDateEdit>(dialog, "publishedEdit");
        // Space on "Unknown" ticks it: the date is cleared and the field disabled.
        unknown->setFocus();
        QTest::keyClick(unknown, Qt::Key_Space);
        QVERIFY(unknown->isChecked());
        QVERIFY(!date->isEnabled());
        QCOMPARE(dialog.metadata().published, QString());
        // Unticked again, the date as it was: the stored text is kept.
        QTest::keyClick(unknown, Qt::Key_Space);
        QVERIFY(date->isEnabled());
        QCOMPARE(dialog.metadata().published, QStringLiteral("2026-03-14T09:30:00Z"));
        // A day later, typed with the arrow keys in the day section.
        date->setFocus();
        date->setCurrentSection(QDateTimeEdit::DaySection);
        QTest::keyClick(date, Qt::Key_Up);
        QCOMPARE(dialog.metadata().published, QStringLiteral("2026-03-15"));
    }

    void unreadableDateIsKeptUnlessReplaced()
    {
        DocumentMetadata m = sample();
        m.published = QStringLiteral("Spring 2024");
        DocumentMetadataDialog dialog;
        QVERIFY(showActive(dialog, m));
        auto *hint = child<QLabel>(dialog, "publishedHint");
        QVERIFY(child<QCheckBox>(dialog, "publishedUnknown")->isChecked());
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("Spring 2024")));
        QCOMPARE(dialog.metadata().published, QStringLiteral("Spring 2024"));
        child<QCheckBox>(dialog, "publishedUnknown")->click();
        child<QDateEdit>(dialog, "publishedEdit")->setDate(QDate(2024, 4, 2));
        QVERIFY(!hint->isVisible());
        QCOMPARE(dialog.metadata().published, QStringLiteral("2024-04-02"));
    }

    void languageFromTheAnalysisLanguages()
    {
        DocumentMetadataDialog dialog;
        QVERIFY(showActive(dialog, sample()));
        auto *language = child<QComboBox>(dialog, "languageCombo");
        auto *note = child<QLabel>(dialog, "languageNote");
        QCOMPARE(language->count(), 4); // not known, en, ru, uk
        QVERIFY(!note->isVisible());
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Down); // English → Russian
        QCOMPARE(dialog.metadata().language, Language::Russian);
        QVERIFY(note->isVisible()); // says the sentences are not re-analysed
    }

    void readOnlyProjectShowsValuesOnly()
    {
        DocumentMetadataDialog dialog;
        dialog.setMetadata(sample());
        dialog.setReadOnly(true);
        auto *buttons = child<QDialogButtonBox>(dialog, "metadataButtons");
        QVERIFY(!buttons->button(QDialogButtonBox::Ok));
        QVERIFY(buttons->button(QDialogButtonBox::Close));
        QVERIFY(child<QLineEdit>(dialog, "titleEdit")->isReadOnly());
        QVERIFY(!child<QComboBox>(dialog, "languageCombo")->isEnabled());
    }
};

QTEST_MAIN(DocumentMetadataDialogTest)
#include "documentmetadatadialog_test.moc"
