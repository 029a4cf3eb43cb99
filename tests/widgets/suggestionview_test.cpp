// SuggestionView: the cue marked from the span it is given (escaped text, no mark for a missing or bad span), the
// suggestion with its chain and reason, and Accept/Reject as clicks.
#include "suggestionview.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Sourcelight;

class SuggestionViewTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksTheSpan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("start");
        QTest::addColumn<qsizetype>("end");
        QTest::addColumn<QString>("html");
        const QString said = QStringLiteral("He said what she said, Smith said.");
        QTest::newRow("last of three") << said << qsizetype(29) << qsizetype(33)
                                       << QStringLiteral("He said what she said, Smith <b><u>said</u></b>.");
        QTest::newRow("first of three") << said << qsizetype(3) << qsizetype(7)
                                        << QStringLiteral("He <b><u>said</u></b> what she said, Smith said.");
        QTest::newRow("no span") << said << qsizetype(-1) << qsizetype(-1) << said;
        QTest::newRow("past the end") << said << qsizetype(30) << qsizetype(40) << said;
        QTest::newRow("empty") << said << qsizetype(5) << qsizetype(5) << said;
        QTest::newRow("escaped") << QStringLiteral("<b>Aides</b> & staff said.") << qsizetype(21) << qsizetype(25)
                                 << QStringLiteral("&lt;b&gt;Aides&lt;/b&gt; &amp; staff <b><u>said</u></b>.");
        QTest::newRow("after an emoji") << QStringLiteral("🙂 Kirby said.") << qsizetype(9) << qsizetype(13)
                                        << QStringLiteral("🙂 Kirby <b><u>said</u></b>.");
    }

    void marksTheSpan()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, start);
        QFETCH(qsizetype, end);
        QFETCH(QString, html);
        QCOMPARE(SuggestionView::markedSentence(text, start, end), html);
    }

    void decisionsAreSignals()
    {
        SuggestionView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy accepted(&view, &SuggestionView::acceptRequested);
        QSignalSpy rejected(&view, &SuggestionView::rejectRequested);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("acceptButton")), Qt::LeftButton);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("rejectButton")), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(rejected.size(), 1);
    }
};

QTEST_MAIN(SuggestionViewTest)
#include "suggestionview_test.moc"
