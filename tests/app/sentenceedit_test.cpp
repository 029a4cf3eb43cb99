// Fixing sentence boundaries and narrowing a claim, as an analyst does it on the real window, offscreen: click in
// the pane to place the cursor, Ctrl+Return splits the sentence there, Ctrl+Z puts it back, Ctrl+J merges a sentence
// with the next and says whose attribution was dropped; selecting words with the keyboard and Ctrl+Shift+C makes them
// the claim, which the pane, the claim editor and the Claims dock show and the JSON and Markdown exports carry.
#include "../projectfixture.h"
#include "claimtablemodel.h"
#include "documentview.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "project.h"
#include "reportexporter.h"
#include "reviewcontroller.h"
#include "sentencemodel.h"
#include "windowtest.h"

#include <QAbstractItemView>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QUndoStack>

using namespace Sourcelight;

class SentenceEditTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QList<Id> m_sentences;
    QString m_body;

    static QString sentenceText(MainWindow &window, int row)
    {
        return window.project()->sentences()->index(row).data(Qt::DisplayRole).toString();
    }

    static QList<Id> sentenceIds(MainWindow &window)
    {
        QList<Id> ids;
        SentenceModel *model = window.project()->sentences();
        for (int row = 0; row < model->rowCount(); ++row) {
            ids.append(model->sentenceId(row));
        }
        return ids;
    }

    // Places the text cursor at a document position with a click, as a user does.
    static void clickAt(DocumentView *view, qsizetype position)
    {
        QTextCursor cursor(view->document());
        cursor.setPosition(int(position));
        QCoreApplication::processEvents(); // the column is laid out
        const QRect rect = view->cursorRect(cursor);
        const QPoint point(rect.left() + 1, rect.center().y());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    }

private Q_SLOTS:
    void initTestCase()
    {
        WindowTest::isolateSettings();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("boundaries.sourcelight"));
        ProjectStore store;
        QVERIFY(store.open(m_path, ProjectStore::OpenMode::CreateIfMissing));
        QVERIFY(Fixture::addArticle(store, QStringLiteral("Convoy"), &m_sentences));
        m_body = Fixture::Lines.join(QLatin1Char('\n')) + QStringLiteral("\nConvoy");
    }

    void splitUndoMergeAndClaimWords()
    {
        MainWindow window;
        QVERIFY(WindowTest::showWithProject(window, m_path));
        auto *view = window.findChild<DocumentView *>(QStringLiteral("documentView"));
        QVERIFY(view);
        QCOMPARE(view->toPlainText(), m_body);
        QCOMPARE(sentenceIds(window), m_sentences);
        QUndoStack *undo = window.project()->undoStack();
        const auto status = [&window] { return window.statusBar()->currentMessage(); };

        // Split "“We expect a deal within days,” Kirby said, as quoted by Reuters." before " Kirby".
        const qsizetype cut = m_body.indexOf(QStringLiteral(" Kirby said"));
        view->setFocus();
        clickAt(view, cut);
        QCOMPARE(view->textCursor().position(), int(cut));
        QCOMPARE(window.review()->currentRow(), 2);
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(status(), QStringLiteral("Split the sentence in two."));
        QCOMPARE(window.project()->sentences()->rowCount(), Fixture::Lines.size() + 1);
        QCOMPARE(sentenceText(window, 2), QStringLiteral("“We expect a deal within days,”"));
        QCOMPARE(sentenceText(window, 3), QStringLiteral("Kirby said, as quoted by Reuters."));
        QCOMPARE(view->decorations().size(), Fixture::Lines.size() + 1); // the pane draws the new boundaries
        QCOMPARE(view->decorations().at(3).start, cut + 1);
        // Both parts keep the suggestion (Kirby via Reuters).
        QCOMPARE(window.project()->sentences()->index(3).data(SourceNameRole).toString(), QStringLiteral("John Kirby"));
        QCOMPARE(window.project()->sentences()->index(2).data(SourceNameRole).toString(), QStringLiteral("John Kirby"));
        QCOMPARE(undo->count(), 1);
        const Id splitId = window.project()->sentences()->sentenceId(3);
        QVERIFY(!m_sentences.contains(splitId));

        // Ctrl+Z: the sentence is whole again, under the same ids.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(sentenceIds(window), m_sentences);
        QCOMPARE(sentenceText(window, 2), Fixture::Lines.at(2));
        QCOMPARE(view->decorations().size(), Fixture::Lines.size());
        QCOMPARE(window.review()->currentRow(), 2); // still the sentence being worked on
        // Ctrl+Shift+Z splits it again, the second part under the id it had; Ctrl+Z once more.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.project()->sentences()->rowCount(), Fixture::Lines.size() + 1);
        QCOMPARE(sentenceText(window, 3), QStringLiteral("Kirby said, as quoted by Reuters."));
        QCOMPARE(window.project()->sentences()->sentenceId(3), splitId);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(sentenceIds(window), m_sentences);

        // Ctrl+J merges it with the next one, whose anonymous official is dropped: the status bar says so.
        QTest::keyClick(view, Qt::Key_J, Qt::ControlModifier);
        QCOMPARE(status(), QStringLiteral("Merged; the second sentence's attribution to US official #2 was dropped."));
        QCOMPARE(window.project()->sentences()->rowCount(), Fixture::Lines.size() - 1);
        QCOMPARE(sentenceText(window, 2), Fixture::Lines.at(2) + QLatin1Char('\n') + Fixture::Lines.at(3));
        QCOMPARE(window.project()->sentences()->index(2).data(SourceNameRole).toString(), QStringLiteral("John Kirby"));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(sentenceIds(window), m_sentences);

        // Refused: a split at a sentence's edge, a merge of the last sentence. Nothing changes.
        const int undoSteps = undo->count();
        clickAt(view, 0);
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(status().contains(QStringLiteral("cannot be split at its edge")), qPrintable(status()));
        window.review()->setCurrentRow(int(m_sentences.size()) - 1);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_J, Qt::ControlModifier);
        QVERIFY2(status().contains(QStringLiteral("last sentence")), qPrintable(status()));
        QCOMPARE(undo->count(), undoSteps);
        QCOMPARE(sentenceIds(window), m_sentences);

        // A selection across two sentences cannot be a claim.
        auto *claims = window.findChild<QAbstractItemView *>(QStringLiteral("claimsView"));
        QVERIFY(claims);
        const int claimsBefore = claims->model()->rowCount();
        clickAt(view, m_body.indexOf(QStringLiteral("Tuesday")));
        for (int i = 0; i < 12; ++i) {
            QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
        }
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(status().contains(QStringLiteral("crosses sentences")), qPrintable(status()));
        QCOMPARE(claims->model()->rowCount(), claimsBefore);
        QCOMPARE(undo->count(), undoSteps);

        // Select "12 percent" with the keyboard and claim it.
        const qsizetype words = m_body.indexOf(QStringLiteral("12 percent"));
        clickAt(view, words);
        for (int i = 0; i < 10; ++i) {
            QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
        }
        QCOMPARE(view->textCursor().selectedText(), QStringLiteral("12 percent"));
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(status(), QStringLiteral("The claim is now “12 percent”."));
        const QModelIndex sentence = window.project()->sentences()->index(4);
        QCOMPARE(sentence.data(ClaimSpanStartRole).toLongLong(), words);
        QCOMPARE(sentence.data(ClaimSpanEndRole).toLongLong(), words + 10);
        QCOMPARE(window.review()->currentRow(), 4);
        // The claim editor shows the words; the Claims dock lists the claim by them.
        auto *wordsLabel = window.findChild<QLabel *>(QStringLiteral("claimWords"));
        QVERIFY(wordsLabel);
        QCOMPARE(wordsLabel->text(), QStringLiteral("“12 percent”"));
        QTRY_COMPARE(claims->model()->rowCount(), claimsBefore + 1);
        QStringList listed;
        for (int r = 0; r < claims->model()->rowCount(); ++r) {
            listed << claims->model()->index(r, ClaimTableModel::SentenceColumn).data().toString();
        }
        QVERIFY2(listed.contains(QStringLiteral("12 percent")), qPrintable(listed.join(QLatin1Char('|'))));
        // The pane sets the words in bold, and only them.
        const QTextBlock block = view->document()->findBlock(int(words));
        const auto boldAt = [&block](qsizetype position) {
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (position - block.position() >= range.start
                    && position - block.position() < range.start + range.length
                    && range.format.fontWeight() == QFont::Bold) {
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY(boldAt(words));
        QVERIFY(boldAt(words + 9));
        QVERIFY(!boldAt(words - 2));
        QVERIFY(!boldAt(words + 11));
        QCoreApplication::processEvents();
        WindowTest::shoot(window, QStringLiteral("span-claim"));

        // Undo takes the new claim away again; redo brings it back.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.project()->sentences()->index(4).data(HasClaimRole).toBool(), false);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.project()->sentences()->index(4).data(ClaimSpanStartRole).toLongLong(), words);

        // The exports carry the words: JSON as a span in code points, Markdown in the claims table.
        ReportExporter::Job job;
        job.projectPath = m_path;
        job.format = ReportFormat::Json;
        job.outputPath = m_dir.filePath(QStringLiteral("report.json"));
        QString error;
        QVERIFY2(ReportExporter::run(job, {}, &error), qPrintable(error));
        QFile json(job.outputPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
        const QJsonObject document = report.value(QStringLiteral("documents")).toArray().first().toObject();
        const QJsonArray documentClaims = document.value(QStringLiteral("claims")).toArray();
        QCOMPARE(documentClaims.size(), 1);
        const QJsonObject span = documentClaims.first().toObject().value(QStringLiteral("span")).toObject();
        const QList<uint> codePoints = document.value(QStringLiteral("text")).toString().toUcs4();
        const int start = span.value(QStringLiteral("start")).toInt();
        const int end = span.value(QStringLiteral("end")).toInt();
        QCOMPARE(start, m_body.left(words).toUcs4().size());
        const QList<uint> claimed = codePoints.mid(start, end - start);
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(claimed.constData()), claimed.size()),
            QStringLiteral("12 percent"));

        job.format = ReportFormat::Markdown;
        job.outputPath = m_dir.filePath(QStringLiteral("report.md"));
        QVERIFY2(ReportExporter::run(job, {}, &error), qPrintable(error));
        QFile markdown(job.outputPath);
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(markdown.readAll());
        QVERIFY2(md.contains(QStringLiteral("| 12 percent |")), qPrintable(md));
    }
};

QTEST_MAIN(SentenceEditTest)
#include "sentenceedit_test.moc"
