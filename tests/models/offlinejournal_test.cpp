// OfflineJournal: the file that keeps a team project's edits waiting for the server. What it proves: the edits come
// back as kept, in order; none left removes the file; a file another project (one at the same address before) or
// damage left is never sent and never written over, and the message says where it went.
#include "offlinejournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Sourcelight;

namespace {

const QString Location = QStringLiteral("postgresql://ana@newsroom.example/review");
const QString Since = QStringLiteral("2026-11-02T09:14:03.125Z");

QJsonArray twoEdits()
{
    return {
        QJsonObject {{QStringLiteral("edit"), QStringLiteral("claim")}, {QStringLiteral("sentence"), 12}},
        QJsonObject {{QStringLiteral("edit"), QStringLiteral("tag")}, {QStringLiteral("sentence"), 7}},
    };
}

QStringList setAside(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.unsent-*.json")}, QDir::Files);
}

} // namespace

class OfflineJournalTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString folder() const { return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())); }

private Q_SLOTS:
    void keptInOrderAndRemovedWhenNoneWait()
    {
        OfflineJournal journal(folder());
        QVERIFY(journal.kept().has_value()); // not set: nothing kept
        QVERIFY(journal.kept()->isEmpty());
        journal.setProject(Location, 3, Since);
        QCOMPARE(journal.kept(), QJsonArray {}); // no file yet
        QVERIFY2(journal.keep(twoEdits()), qPrintable(journal.errorString()));
        QVERIFY(QFile::exists(journal.fileName()));
        QVERIFY(!journal.fileName().contains(QStringLiteral("newsroom"))); // any address makes a file name
        const QString name = journal.fileName();
        journal.setProject({}, 0, {}); // the window closes

        OfflineJournal later(folder()); // a later session of the same login
        later.setProject(Location, 3, Since);
        QCOMPARE(later.fileName(), name);
        QCOMPARE(later.kept(), twoEdits());
        QVERIFY(later.keep({}));
        QVERIFY(!QFile::exists(name));
        QCOMPARE(later.kept(), QJsonArray {});
    }

    void eachLoginKeepsItsOwn()
    {
        OfflineJournal ana(folder());
        ana.setProject(Location, 3, Since);
        OfflineJournal ben(folder());
        ben.setProject(Location, 4, Since);
        QVERIFY(ana.fileName() != ben.fileName());
        QVERIFY(ana.keep(twoEdits()));
        QCOMPARE(ben.kept(), QJsonArray {});
    }

    // Two windows of one login on one project: the first keeps the edits; the second neither writes over its file
    // nor sends it, and says why. Once the first is closed, the next window takes the file over.
    void oneWindowKeepsTheEdits()
    {
        OfflineJournal first(folder());
        first.setProject(Location, 3, Since);
        QVERIFY(!first.isHeldElsewhere());
        QVERIFY(first.keep(twoEdits()));
        OfflineJournal second(folder());
        second.setProject(Location, 3, Since);
        QVERIFY(second.isHeldElsewhere());
        QCOMPARE(second.kept(), QJsonArray {}); // the first window's to send
        QVERIFY(!second.keep(QJsonArray {twoEdits().first()}));
        QVERIFY2(second.errorString().contains(QStringLiteral("another Sourcelight window")),
            qPrintable(second.errorString()));
        QVERIFY(second.keep({})); // nothing waits there: nothing lost, and the first one's file stays
        QVERIFY(QFile::exists(first.fileName()));

        first.setProject({}, 0, {}); // the first window closes
        second.setProject(Location, 3, Since);
        QVERIFY(!second.isHeldElsewhere());
        QCOMPARE(second.kept(), twoEdits());
    }

    // A window that crashed left its lock behind: the next window takes it over (the process named in it is gone).
    void lockOfACrashedWindowIsTakenOver()
    {
        OfflineJournal journal(folder());
        journal.setProject(Location, 3, Since);
        QVERIFY(journal.keep(twoEdits()));
        const QString lockName = journal.fileName() + QStringLiteral(".lock");
        journal.setProject({}, 0, {});
        QProcess crashed; // a process that has ended: its id is no longer running
        crashed.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(crashed.waitForStarted());
        const qint64 gone = crashed.processId();
        crashed.kill();
        QVERIFY(crashed.waitForFinished());
        // A lock as QLockFile writes it, but for the process that has ended.
        QByteArray content;
        {
            QLockFile live(lockName);
            QVERIFY(live.tryLock(0));
            QFile written(lockName);
            QVERIFY(written.open(QIODevice::ReadOnly));
            content = written.readAll();
        }
        QList<QByteArray> lines = content.split('\n');
        QVERIFY(lines.size() >= 3);
        lines[0] = QByteArray::number(gone);
        QFile stale(lockName);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(lines.join('\n'));
        stale.close();
        OfflineJournal next(folder());
        next.setProject(Location, 3, Since);
        QVERIFY(!next.isHeldElsewhere());
        QCOMPARE(next.kept(), twoEdits());
    }

    // The database at the address was dropped and made again: the same login's reviewer row is a new one.
    void anotherProjectsEditsAreSetAside()
    {
        OfflineJournal before(folder());
        before.setProject(Location, 3, Since);
        QVERIFY(before.keep(twoEdits()));
        before.setProject({}, 0, {});

        OfflineJournal now(folder());
        now.setProject(Location, 3, QStringLiteral("2026-12-01T10:00:00.000Z"));
        QVERIFY(!now.kept().has_value());
        QVERIFY2(now.errorString().contains(QStringLiteral("not on this one")), qPrintable(now.errorString()));
        QVERIFY(!QFile::exists(now.fileName()));
        const QStringList aside = setAside(folder());
        QCOMPARE(aside.size(), 1);
        QVERIFY2(now.errorString().contains(aside.first()), qPrintable(now.errorString()));
        QCOMPARE(now.kept(), QJsonArray {}); // the way is clear for this project's own
    }

    void damagedFileIsSetAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("cut short") << QByteArray("{\"format\": \"sourcelight-offline-edits\", \"version\": 1, \"edi");
        QTest::newRow("not ours") << QByteArray("{\"format\": \"something else\", \"version\": 1, \"edits\": []}");
        QTest::newRow("newer") << QByteArray(
            "{\"format\": \"sourcelight-offline-edits\", \"version\": 2, \"edits\": []}");
        QTest::newRow("not JSON") << QByteArray("\xff\xfe not a journal");
    }

    void damagedFileIsSetAside()
    {
        QFETCH(QByteArray, content);
        const QString where = folder() + QLatin1Char('-') + QString::fromLatin1(QTest::currentDataTag());
        OfflineJournal journal(where);
        journal.setProject(Location, 3, Since);
        QVERIFY(QDir().mkpath(where));
        QFile file(journal.fileName());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QVERIFY(!journal.kept().has_value());
        QVERIFY2(journal.errorString().contains(QStringLiteral("damaged")), qPrintable(journal.errorString()));
        const QStringList aside = setAside(where);
        QCOMPARE(aside.size(), 1);
        QFile kept(QDir(where).filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), content); // as it was, for the analyst
    }

    // A file that cannot be read stays where it is for the next open, and nothing is written over it meanwhile.
    // (A folder in its place: unreadable as a file even to root, who reads any file whatever its permissions.)
    void unreadableFileIsNotWrittenOver()
    {
        OfflineJournal journal(folder());
        journal.setProject(Location, 3, Since);
        QVERIFY(QDir().mkpath(journal.fileName()));
        QVERIFY(!journal.kept().has_value());
        QVERIFY2(
            journal.errorString().contains(QStringLiteral("could not be read")), qPrintable(journal.errorString()));
        QVERIFY(setAside(folder()).isEmpty()); // left for the next open to try again
        QVERIFY(!journal.keep(twoEdits()));
        QVERIFY2(journal.errorString().contains(QStringLiteral("in the way")), qPrintable(journal.errorString()));
        QVERIFY(journal.keep({}));                      // nothing waits: nothing lost, and the file stays
        QVERIFY(QFileInfo(journal.fileName()).isDir()); // untouched
        journal.setProject(Location, 3, Since);         // the next open
        QVERIFY(!journal.kept().has_value());
    }
};

QTEST_GUILESS_MAIN(OfflineJournalTest)
#include "offlinejournal_test.moc"
