// How an edit is saved (issue 17, item 9): the commit returns without waiting for the disk, the edit is in the
// models at once, and Project says "Saved" only after the flush to disk on the worker (DurableSync) returned. What
// it proves: the connection commits with synchronous=NORMAL; while a flush is held back the edit is shown and the
// state is Saving, never Saved; a flush that fails undoes the edits it was to save (model and file) with a message,
// and they can be redone; a write the database refuses leaves no undo step and nothing in the view; close() waits
// for a flush under way.
#include "attributiontable.h"
#include "durablesync.h"
#include "itemmodels_fixture.h"
#include "itemroles.h"
#include "project.h"
#include "projectstore_p.h"
#include "sentencemodel.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUndoStack>

#include <algorithm>
#include <atomic>

using namespace Sourcelight;

class ProjectSaveTest : public Fixture::ShownArticleTest
{
    Q_OBJECT

private:
    bool shownAsReviewed(int row) const
    {
        return m_project->sentences()->index(row).data(HasHumanAttributionRole).toBool();
    }

    // What the file holds, read on a connection of the test's own.
    bool storedAsReviewed(Id sentenceId) const
    {
        ProjectStore other;
        if (!other.open(m_path)) {
            return false;
        }
        const auto all = other.attributions().forSentence(sentenceId).value_or(QList<AttributionRecord> {});
        return std::any_of(all.cbegin(), all.cend(),
            [](const AttributionRecord &a) { return a.origin != AttributionOrigin::Suggested; });
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(createProject());
        QCOMPARE(m_project->saveState(), Project::SaveState::Saved);
    }

    void cleanup() { m_project.reset(); }

    void commitWaitsOnlyForTheSystem()
    {
        QSqlQuery pragma(StoreAccess::database(m_project->store()));
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA synchronous")) && pragma.next());
        QCOMPARE(pragma.value(0).toInt(), 1); // NORMAL; a plain ProjectStore commits with FULL (2)
        QCOMPARE(m_project->durability()->files(), m_project->store().durableFiles());
    }

    void editIsShownBeforeItIsSaved()
    {
        QSemaphore release;
        std::atomic<int> flushes = 0;
        m_project->durability()->setSyncFunction([&](const QStringList &files) {
            release.acquire();
            ++flushes;
            return DurableSync::syncFiles(files);
        });
        QSignalSpy states(m_project.get(), &Project::saveStateChanged);
        m_project->acceptSuggestion(m_sentences.at(1));
        // No event loop has run: the edit is committed and in the model, and not called saved.
        QVERIFY(shownAsReviewed(1));
        QVERIFY(storedAsReviewed(m_sentences.at(1)));
        QCOMPARE(m_project->saveState(), Project::SaveState::Saving);
        QTest::qWait(100);
        QCOMPARE(m_project->saveState(), Project::SaveState::Saving); // the flush is held back
        release.release(100);
        QTRY_COMPARE(m_project->saveState(), Project::SaveState::Saved);
        QVERIFY(flushes.load() >= 1);
        QCOMPARE(states.constFirst().constFirst().value<Project::SaveState>(), Project::SaveState::Saving);
        QCOMPARE(states.constLast().constFirst().value<Project::SaveState>(), Project::SaveState::Saved);
    }

    void failedFlushUndoesTheEdits()
    {
        m_project->acceptSuggestion(m_sentences.at(1)); // saved
        QTRY_COMPARE(m_project->saveState(), Project::SaveState::Saved);

        // Each flush fails, and waits for the test's word before it answers, so that a failure of a flush asked for
        // before the rollback can be made to arrive after the edits were redone.
        QSemaphore entered;
        QSemaphore answer;
        m_project->durability()->setSyncFunction([&entered, &answer](const QStringList &) {
            entered.release();
            answer.acquire();
            return QStringLiteral("EIO from the test");
        });
        QSignalSpy errors(m_project.get(), &Project::errorOccurred);
        m_project->acceptSuggestion(m_sentences.at(2));
        entered.acquire(); // the worker has taken the acceptance's request and waits
        m_project->setVerdict(m_sentences.at(2), Verdict::False);
        QVERIFY(shownAsReviewed(2));
        answer.release();  // the first flush fails ...
        entered.acquire(); // ... and the worker goes on for the verdict's request, which fails after the redo
        QTRY_COMPARE(m_project->saveState(), Project::SaveState::Failed);
        // Back to what the last flush that worked saved: the first edit stays, the two after it are undone.
        QVERIFY(shownAsReviewed(1));
        QVERIFY(!shownAsReviewed(2));
        QVERIFY(storedAsReviewed(m_sentences.at(1)));
        QVERIFY(!storedAsReviewed(m_sentences.at(2)));
        QVERIFY(!m_project->sentenceClaim(m_sentences.at(2)).has_value());
        QCOMPARE(m_project->undoStack()->index(), 1);
        QCOMPARE(m_project->undoStack()->count(), 3);
        QCOMPARE(errors.count(), 1);
        const QString message = errors.constLast().constFirst().toString();
        QVERIFY2(message.contains(QStringLiteral("EIO from the test")) && message.contains(QStringLiteral("undone")),
            qPrintable(message));
        QCOMPARE(m_project->saveError(), message);

        // The disk works again: redo brings the edits back. The flush asked for before the rollback still fails
        // after the redo; it must not undo the redone edits, which wait for a flush of their own.
        m_project->durability()->setSyncFunction({});
        m_project->undoStack()->redo();
        m_project->undoStack()->redo();
        QVERIFY(shownAsReviewed(2));
        answer.release(100);
        QTRY_COMPARE(m_project->saveState(), Project::SaveState::Saved);
        m_project->waitUntilSaved();
        QCOMPARE(m_project->saveState(), Project::SaveState::Saved);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(m_project->undoStack()->index(), 3);
        QVERIFY(shownAsReviewed(2));
        QVERIFY(storedAsReviewed(m_sentences.at(2)));
        QCOMPARE(int(m_project->sentenceClaim(m_sentences.at(2))->verdict), int(Verdict::False));
    }

    void refusedWriteLeavesNoUndoStep()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("refuser"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON attributions WHEN NEW.origin <> "
                                           "'suggested' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")),
                qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("refuser"));
        QSignalSpy errors(m_project.get(), &Project::errorOccurred);
        m_project->acceptSuggestion(m_sentences.at(1));
        QVERIFY(!shownAsReviewed(1));
        QVERIFY(!storedAsReviewed(m_sentences.at(1)));
        QCOMPARE(m_project->undoStack()->count(), 0); // nothing to undo: the edit did not happen
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.constFirst().constFirst().toString().contains(QStringLiteral("was undone")),
            qPrintable(errors.constFirst().constFirst().toString()));
    }

    void closeWaitsForTheFlush()
    {
        std::atomic<bool> done = false;
        m_project->durability()->setSyncFunction([&](const QStringList &files) {
            QThread::msleep(150);
            const QString message = DurableSync::syncFiles(files);
            done = true;
            return message;
        });
        m_project->acceptSuggestion(m_sentences.at(1));
        m_project->close();
        QVERIFY(done.load());
        QVERIFY(storedAsReviewed(m_sentences.at(1)));
    }
};

QTEST_GUILESS_MAIN(ProjectSaveTest)
#include "projectsave_test.moc"
