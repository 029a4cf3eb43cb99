// The whole review loop as an analyst does it, with real key and mouse events on the real window, offscreen:
// open the sample library → move through sentences → accept a suggestion → change a source → set a verdict and
// a note → undo/redo → close and reopen: everything is there and highlighted the same.
#include "attributionpanel.h"
#include "documentview.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "project.h"
#include "reviewcontroller.h"
#include "sentencedecoration.h"
#include "sentencemodel.h"
#include "sourcemodel.h"
#include "windowtest.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace Sourcelight;

class ReviewFlowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static QModelIndex row(MainWindow &window, int r) { return window.project()->sentences()->index(r); }

    static void typeText(QWidget *target, const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x80 && c.isPrint()) {
                QTest::keyClick(target, char(c.unicode()));
            } else {
                QTest::sendKeyEvent(QTest::Press, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
                QTest::sendKeyEvent(QTest::Release, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
            }
        }
    }

    // Finds a sentence suggested with a named (not anonymous) source and the row of another with a source.
    static std::pair<int, int> pickRows(MainWindow &window)
    {
        int named = -1;
        int other = -1;
        for (int r = 0; r < window.project()->sentences()->rowCount(); ++r) {
            const QModelIndex i = row(window, r);
            if (i.data(SourceIdRole).value<Id>() == 0) {
                continue;
            }
            if (named < 0 && !i.data(AnonymousRole).toBool()) {
                named = r;
            } else if (other < 0 && named >= 0 && i.data(SourceIdRole) != row(window, named).data(SourceIdRole)) {
                other = r;
            }
        }
        return {named, other};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = WindowTest::isolatedWithSampleLibrary(m_dir, QStringLiteral("flow.sourcelight"));
        QVERIFY(!m_path.isEmpty());
    }

    void wholeLoop()
    {
        QList<SentenceDecoration> decorationsBefore;
        QString sourceName;
        int accepted = -1;
        int changed = -1;
        {
            MainWindow window;
            QVERIFY(WindowTest::showWithProject(window, m_path));
            auto *view = window.findChild<DocumentView *>(QStringLiteral("documentView"));
            QVERIFY(view);
            QVERIFY(!view->toPlainText().isEmpty()); // the first sample article is open
            QCOMPARE(window.review()->currentRow(), 0);

            // Move through sentences with J and K, as a reader does.
            view->setFocus();
            QTest::keyClick(&window, Qt::Key_J);
            QTest::keyClick(&window, Qt::Key_J);
            QCOMPARE(window.review()->currentRow(), 2);
            QTest::keyClick(&window, Qt::Key_K);
            QCOMPARE(window.review()->currentRow(), 1);
            QTest::keyClick(&window, Qt::Key_Down, Qt::AltModifier);
            QCOMPARE(window.review()->currentRow(), 2);

            const auto [named, other] = pickRows(window);
            QVERIFY2(named >= 0 && other >= 0, "the sample needs two sentences with different sources");
            accepted = named;
            changed = other;

            // Accept a suggestion with Enter in the document pane: it becomes a confirmed decision.
            window.review()->setCurrentRow(accepted);
            view->setFocus();
            QVERIFY(!row(window, accepted).data(HasHumanAttributionRole).toBool());
            QCoreApplication::processEvents(); // pending layouts, so the picture shows what a user sees
            WindowTest::shoot(window, QStringLiteral("before-accept"));
            QTest::keyClick(view, Qt::Key_Return);
            QCoreApplication::processEvents();
            WindowTest::shoot(window, QStringLiteral("after-accept"));
            QVERIFY(row(window, accepted).data(HasHumanAttributionRole).toBool());
            QCOMPARE(row(window, accepted).data(OriginRole).toInt(), int(AttributionOrigin::Confirmed));
            QCOMPARE(window.review()->currentRow(), accepted + 1); // Enter moves on

            // Change a source from the keyboard: S, type the name, Enter.
            sourceName = row(window, accepted).data(SourceNameRole).toString();
            window.review()->setCurrentRow(changed);
            view->setFocus();
            QTest::keyClick(&window, Qt::Key_S);
            auto *picker = window.findChild<QComboBox *>(QStringLiteral("sourcePicker"));
            QTRY_VERIFY(picker->lineEdit()->hasFocus());
            picker->lineEdit()->clear();
            typeText(picker->lineEdit(), sourceName);
            QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
            QCOMPARE(row(window, changed).data(SourceNameRole).toString(), sourceName);
            QCOMPARE(row(window, changed).data(OriginRole).toInt(), int(AttributionOrigin::Edited));

            // Verdict with V then 3 (disputed), note with M and typing.
            view->setFocus();
            QTest::keyClick(&window, Qt::Key_V);
            QTest::keyClick(&window, Qt::Key_3);
            QCOMPARE(row(window, changed).data(VerdictRole).toInt(), int(Verdict::Disputed));
            QTest::keyClick(&window, Qt::Key_M);
            auto *note = window.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
            QTRY_VERIFY(note->hasFocus());
            typeText(note, QStringLiteral("Only one outlet reports this"));
            QTest::keyClick(note, Qt::Key_Tab); // focus leaves: saved at once
            QTRY_COMPARE(
                row(window, changed).data(NoteRole).toString(), QStringLiteral("Only one outlet reports this"));

            // Undo the note, redo it.
            view->setFocus();
            QTest::keySequence(&window, QKeySequence::Undo);
            QCOMPARE(row(window, changed).data(NoteRole).toString(), QString());
            QCOMPARE(row(window, changed).data(VerdictRole).toInt(), int(Verdict::Disputed));
            QTest::keySequence(&window, QKeySequence::Redo);
            QCOMPARE(row(window, changed).data(NoteRole).toString(), QStringLiteral("Only one outlet reports this"));

            // Click a sentence with the mouse: it becomes current.
            QTextCursor cursor(view->document());
            cursor.setPosition(int(row(window, 0).data(SpanStartRole).toLongLong()) + 2);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->cursorRect(cursor).center());
            QCOMPARE(window.review()->currentRow(), 0);

            decorationsBefore = view->decorations();
            window.close();
        }
        // Reopen: everything is there and highlighted the same.
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.openProject(m_path));
        auto *view = again.findChild<DocumentView *>(QStringLiteral("documentView"));
        QCOMPARE(view->decorations(), decorationsBefore);
        QCOMPARE(row(again, accepted).data(OriginRole).toInt(), int(AttributionOrigin::Confirmed));
        QCOMPARE(row(again, changed).data(SourceNameRole).toString(), sourceName);
        QCOMPARE(row(again, changed).data(VerdictRole).toInt(), int(Verdict::Disputed));
        QCOMPARE(row(again, changed).data(NoteRole).toString(), QStringLiteral("Only one outlet reports this"));
    }

    void suggestionQualityFromTheReviewMenu()
    {
        // Review → How Good Were the Suggestions? from the keyboard, after one suggestion is kept (Enter) and one
        // with a source is rejected: the dialog must count exactly these two reviewed sentences, one kept.
        const QString file = WindowTest::sampleLibraryIn(m_dir, QStringLiteral("quality.sourcelight"));
        QVERIFY(!file.isEmpty());
        MainWindow window;
        QVERIFY(WindowTest::showWithProject(window, file));
        const auto [named, other] = pickRows(window);
        QVERIFY(named >= 0 && other >= 0);
        auto *view = window.findChild<DocumentView *>(QStringLiteral("documentView"));
        window.review()->setCurrentRow(named);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);                                                // kept
        window.project()->rejectSuggestion(window.project()->sentences()->sentenceId(other)); // a source where none

        QString summary;
        QStringList everySuggestion;
        int cueRows = -1;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = QApplication::activeModalWidget();
            if (!dialog || dialog->objectName() != QLatin1String("suggestionQualityDialog")) {
                return;
            }
            summary = dialog->findChild<QLabel *>(QStringLiteral("suggestionQualitySummary"))->text();
            auto *table = dialog->findChild<QTreeWidget *>(QStringLiteral("suggestionQualityTable"));
            const QTreeWidgetItem *all = table->topLevelItem(0)->child(0);
            for (int c = 0; c < table->columnCount(); ++c) {
                everySuggestion << all->text(c);
            }
            cueRows = table->topLevelItem(1)->childCount();
            WindowTest::shoot(*dialog, QStringLiteral("suggestion-quality"));
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QTest::keyClick(&window, Qt::Key_R, Qt::AltModifier);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr);
        QCOMPARE(menu->objectName(), QStringLiteral("reviewMenu"));
        QTest::keyClick(menu, Qt::Key_H);
        QTRY_VERIFY(!summary.isEmpty());
        QVERIFY2(summary.startsWith(QStringLiteral("2 reviewed sentence")), qPrintable(summary));
        QCOMPARE(everySuggestion.mid(1, 3),
            (QStringList {QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("50 %")}));
        QCOMPARE(everySuggestion.at(6), QStringLiteral("1")); // the rejected one: a source where none
        QVERIFY(cueRows >= 1);
    }

    void nextUnreviewedSkipsDecided()
    {
        // A library of its own, so no decision made by another test changes which sentence is next.
        const QString file = WindowTest::sampleLibraryIn(m_dir, QStringLiteral("next.sourcelight"));
        QVERIFY(!file.isEmpty());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(file));
        const int rows = window.project()->sentences()->rowCount();
        QVERIFY2(rows >= 6, "the first sample needs six sentences");
        for (int r = 0; r < rows; ++r) {
            QVERIFY(!row(window, r).data(HasHumanAttributionRole).toBool()); // a fresh library: nothing decided
        }
        const auto decide = [&window](int r) {
            window.project()->rejectSuggestion(window.project()->sentences()->sentenceId(r));
            return row(window, r).data(HasHumanAttributionRole).toBool();
        };
        // Decided: 1, 2 and 4. From 0, N skips 1 and 2 and lands on 3; from 3 it skips 4 and lands on 5.
        QVERIFY(decide(1) && decide(2) && decide(4));
        window.review()->setCurrentRow(0);
        QTest::keyClick(&window, Qt::Key_N);
        QCOMPARE(window.review()->currentRow(), 3);
        QTest::keyClick(&window, Qt::Key_N);
        QCOMPARE(window.review()->currentRow(), 5);
        // Past the last sentence it goes round to the first undecided one: 0.
        window.review()->setCurrentRow(rows - 1);
        QTest::keyClick(&window, Qt::Key_N);
        QCOMPARE(window.review()->currentRow(), 0);
        // Once every sentence but the current one is decided, N has nowhere to go: the current sentence stays.
        for (int r = 1; r < rows; ++r) {
            QVERIFY(row(window, r).data(HasHumanAttributionRole).toBool() || decide(r));
        }
        QTest::keyClick(&window, Qt::Key_N);
        QCOMPARE(window.review()->currentRow(), 0);
    }

    void attributionPanelFitsANarrowDock()
    {
        // The panel's content must shrink with its dock (horizontal scrolling is off): long source names in the
        // pickers and a vertical scroll bar appearing must not push buttons out of sight.
        MainWindow window;
        window.resize(1200, 800);
        QVERIFY(window.openProject(m_path));
        QVERIFY(window.project()->createSource(
            QStringLiteral("Joint Coordination Centre for Maritime Humanitarian Corridor Operations"),
            SourceKind::OfficialBody));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *panel = window.findChild<AttributionPanel *>();
        QVERIFY(panel);
        auto *scroll = panel->findChild<QScrollArea *>();
        QVERIFY(scroll && scroll->widget());
        window.review()->setCurrentRow(1);
        QCoreApplication::processEvents();
        const int needed = scroll->widget()->minimumSizeHint().width();
        QVERIFY2(needed <= 320, qPrintable(QStringLiteral("the panel needs %1 px").arg(needed)));
    }

    void sourceSelectionDimsOthers()
    {
        MainWindow window;
        QVERIFY(WindowTest::showWithProject(window, m_path));
        auto *view = window.findChild<DocumentView *>(QStringLiteral("documentView"));
        const auto [named, other] = pickRows(window);
        const Id source = row(window, named).data(SourceIdRole).value<Id>();
        auto *sources = window.findChild<QTreeView *>(QStringLiteral("sourcesView"));
        QVERIFY(sources);
        QVERIFY(!view->decorations().at(other).dimmed);

        // Click the source in the Sources dock, as a user picks it.
        SourceModel *model = window.project()->sources();
        const QModelIndex index = model
                                      ->match(model->index(0, 0), IdRole, QVariant::fromValue(source), 1,
                                          Qt::MatchExactly | Qt::MatchRecursive)
                                      .value(0);
        QVERIFY(index.isValid());
        sources->scrollTo(index);
        const QRect rect = sources->visualRect(index);
        QVERIFY(!rect.isEmpty());
        QTest::mouseClick(sources->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window.project()->sources()->sourceId(sources->currentIndex()), source);
        QTRY_VERIFY(view->decorations().at(other).dimmed);
        QVERIFY(!view->decorations().at(named).dimmed);
        for (int r = 0; r < window.project()->sentences()->rowCount(); ++r) {
            // Every sentence not resting on the picked source is dimmed, every one resting on it is not.
            QCOMPARE(view->decorations().at(r).dimmed, row(window, r).data(SourceIdRole).value<Id>() != source);
        }

        // Escape in the Sources dock shows every source again.
        sources->setFocus();
        QTest::keyClick(sources, Qt::Key_Escape);
        QTRY_VERIFY(!view->decorations().at(other).dimmed);
        QVERIFY(!sources->currentIndex().isValid());
    }
};

QTEST_MAIN(ReviewFlowTest)
#include "reviewflow_test.moc"
