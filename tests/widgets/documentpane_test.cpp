// The document pane's legend: a strip above the article naming what the pane's tint, frame, underline and outline
// mean, drawn as the pane draws them; it wraps in a narrow pane, and stays hidden once the reader hides it (its
// close button, or View → Legend), across restarts.
#include "claimvocabulary.h"
#include "documentpane.h"
#include "documentview.h"
#include "legendstrip.h"
#include "sentencehighlighter.h"
#include "settings.h"

#include <QAction>
#include <QCoreApplication>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Sourcelight;

class DocumentPaneTest : public QObject
{
    Q_OBJECT

private:
    /// Shows pane at size and returns its legend strip; null when the pane is not shown or has none.
    static LegendStrip *shownLegend(DocumentPane &pane, const QSize &size)
    {
        pane.resize(size);
        pane.show();
        if (!QTest::qWaitForWindowExposed(&pane)) {
            return nullptr;
        }
        return pane.findChild<LegendStrip *>(QStringLiteral("legendStrip"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SourcelightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("documentpane_test"));
        QSettings().clear();
    }

    void legendNamesTheMarksAboveTheArticle()
    {
        DocumentPane pane;
        auto *legend = shownLegend(pane, QSize(1000, 500));
        QVERIFY(legend);
        QVERIFY(legend->isVisible());
        QVERIFY(legend->geometry().bottom() < pane.view()->geometry().top());
        const QStringList texts = legend->itemTexts();
        for (const QString &name : {QStringLiteral("Source, confirmed"), QStringLiteral("Source, suggested"),
                 QStringLiteral("Author's own voice"), QStringLiteral("Anonymous source"), QStringLiteral("Verdict:"),
                 ClaimVocabulary::label(Verdict::Supported), ClaimVocabulary::label(Verdict::False),
                 QStringLiteral("Current sentence")}) {
            QVERIFY2(texts.contains(name), qPrintable(name));
        }
        QVERIFY(!texts.contains(ClaimVocabulary::label(Verdict::Unverified))); // drawn without a mark
        QVERIFY(legend->toolTip().contains(QStringLiteral("Dashed frame: an anonymous source")));

        // The confirmed sample is drawn in the tint the pane gives a confirmed source.
        SentenceDecoration confirmed;
        confirmed.colour = QColor(0x56, 0xB4, 0xE9);
        confirmed.confirmed = true;
        const QColor tint = SentenceHighlighter::tint(confirmed, pane.palette().color(QPalette::Base));
        const QImage image = legend->grab().toImage();
        bool found = false;
        for (int y = 0; y < image.height() && !found; ++y) {
            for (int x = 0; x < image.width() / 4 && !found; ++x) {
                found = image.pixel(x, y) == tint.rgb();
            }
        }
        QVERIFY(found);
        // One row in a wide pane, more in a narrow one, and the article gets the rest.
        const int wide = legend->height();
        pane.resize(330, 500);
        QTRY_VERIFY(legend->height() > wide);
        QTRY_VERIFY(legend->geometry().bottom() < pane.view()->geometry().top());
    }

    void hiddenLegendIsRemembered()
    {
        {
            DocumentPane pane;
            auto *legend = shownLegend(pane, QSize(900, 400));
            QVERIFY(legend);
            QVERIFY(legend->isVisible());
            QVERIFY(pane.legendAction()->isChecked());
            QTest::mouseClick(legend->findChild<QToolButton *>(QStringLiteral("legendCloseButton")), Qt::LeftButton);
            QVERIFY(!legend->isVisible());
            QVERIFY(!pane.legendAction()->isChecked());
            QVERIFY(!Settings().showLegend());
        }
        DocumentPane again;
        auto *legend = shownLegend(again, QSize(900, 400));
        QVERIFY(legend);
        QVERIFY(!legend->isVisible());
        QVERIFY(!again.legendAction()->isChecked());
        again.legendAction()->trigger(); // View → Legend
        QVERIFY(legend->isVisible());
        QVERIFY(Settings().showLegend());
    }
};

QTEST_MAIN(DocumentPaneTest)
#include "documentpane_test.moc"
