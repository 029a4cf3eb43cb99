// Two processes editing one project at the same time: neither sees "database is locked" as a failure, no edit of
// either is lost, the file stays sound, and a connection that stayed open the whole time sees both on refresh.
// "At the same time" is checked, not assumed: the writers log when each of their writes began and ended, and some
// write of one must commit while a write of the other waits for the lock — a run where one writer happened to
// finish before the other started fails.
#include "claimtable.h"
#include "documenttable.h"
#include "projectstore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>

using namespace Sourcelight;

namespace {

struct Write
{
    qint64 begin = 0; ///< ns, CLOCK_MONOTONIC
    qint64 end = 0;
    int writer = 0;
};

QList<Write> parseWrites(const QByteArray &output, int writer)
{
    QList<Write> writes;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() == 3 && words.at(0) == "write") {
            writes.append({words.at(1).toLongLong(), words.at(2).toLongLong(), writer});
        }
    }
    return writes;
}

// How many of writes ran from start to end while a write of other was under way: other's write was waiting for the
// lock while these committed. Zero when the two ran one after the other.
int committedDuring(const QList<Write> &writes, const QList<Write> &other)
{
    return int(std::count_if(writes.cbegin(), writes.cend(), [&other](const Write &w) {
        return std::any_of(
            other.cbegin(), other.cend(), [&w](const Write &o) { return o.begin < w.begin && w.end < o.end; });
    }));
}

// How many writes of writes were under way at the same time as a write of other: one of the two held the lock while
// the other asked for it and waited (both cannot hold it). Zero when the two ran one after the other.
int overlapping(const QList<Write> &writes, const QList<Write> &other)
{
    return int(std::count_if(writes.cbegin(), writes.cend(), [&other](const Write &w) {
        return std::any_of(
            other.cbegin(), other.cend(), [&w](const Write &o) { return o.begin < w.end && w.begin < o.end; });
    }));
}

// How often, in the order the writes returned, the writer changes: 1 when one writer did all its writes before
// the other, more the more they took turns.
int turns(QList<Write> writes)
{
    std::sort(writes.begin(), writes.end(), [](const Write &a, const Write &b) { return a.end < b.end; });
    int changes = 0;
    for (qsizetype i = 1; i < writes.size(); ++i) {
        changes += writes.at(i).writer != writes.at(i - 1).writer ? 1 : 0;
    }
    return changes;
}

} // namespace

class ConcurrencyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoWritersLoseNothing()
    {
        constexpr int Edits = 150;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("shared.sourcelight"));

        // This connection stays open while the writers run, as a third window on the project would.
        ProjectStore observer;
        QVERIFY2(observer.open(path, ProjectStore::OpenMode::CreateIfMissing), qPrintable(observer.errorString()));
        DocumentRecord document;
        document.body = QStringLiteral("The port reopened. Officials denied it. The union said nothing.");
        QList<Id> sentences;
        QVERIFY(observer.documents().addDocument(document, {{0, 18}, {19, 39}, {40, 63}}, &sentences));

        // Both writers open the project, then wait for this file: neither is slowed by the other's start-up, so
        // they really write at the same time.
        const QString start = dir.filePath(QStringLiteral("start"));
        QProcess first;
        QProcess second;
        for (const auto &[process, label] :
            {std::pair {&first, QStringLiteral("alpha")}, {&second, QStringLiteral("beta")}}) {
            process->start(QStringLiteral(SOURCELIGHT_BINARY_DIR "/tests/concurrentwriter"),
                {path, label, QString::number(Edits), start});
            QVERIFY2(process->waitForStarted(10000), qPrintable(process->errorString()));
        }
        std::array<QByteArray, 2> output;
        const std::array<QProcess *, 2> processes {&first, &second};
        for (int i = 0; i < 2; ++i) {
            QProcess *process = processes.at(i);
            while (!output[i].contains("ready\n")) {
                QVERIFY2(process->waitForReadyRead(30000), process->readAllStandardError().constData());
                output[i] += process->readAllStandardOutput();
            }
        }
        QVERIFY(QFile(start).open(QIODevice::WriteOnly));
        for (int i = 0; i < 2; ++i) {
            QProcess *process = processes.at(i);
            QVERIFY(process->waitForFinished(120000));
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
            output[i] += process->readAllStandardOutput();
        }

        const QList<Write> alpha = parseWrites(output[0], 0);
        const QList<Write> beta = parseWrites(output[1], 1);
        QCOMPARE(alpha.size(), 3 * Edits);
        QCOMPARE(beta.size(), 3 * Edits);
        const int alphaDuringBeta = committedDuring(alpha, beta);
        const int betaDuringAlpha = committedDuring(beta, alpha);
        // Not asserted, as it varies from run to run: SQLite's busy handler does not queue waiting writers, so one
        // may wait through all the other's writes (1 turn) or they may take turns.
        const int overlaps = overlapping(alpha, beta);
        qInfo("writes of alpha overlapping one of beta: %d; committed while the other writer waited: alpha %d, beta "
              "%d; turns %d",
            overlaps, alphaDuringBeta, betaDuringAlpha, turns(alpha + beta));
        QVERIFY2(overlaps > 0, "the writers ran one after the other, not at the same time");

        QVERIFY2(observer.checkIntegrity(), qPrintable(observer.errorString()));
        QHash<QString, int> notes;
        for (const Id sentence : std::as_const(sentences)) {
            const std::optional<QList<ClaimRecord>> claims = observer.claims().forSentence(sentence);
            QVERIFY(claims);
            for (const ClaimRecord &claim : *claims) {
                QCOMPARE(toString(claim.verdict), toString(Verdict::Disputed));
                ++notes[claim.note];
            }
        }
        QCOMPARE(notes.size(), 2 * Edits);
        for (const QString &label : {QStringLiteral("alpha"), QStringLiteral("beta")}) {
            for (int i = 0; i < Edits; ++i) {
                QVERIFY2(notes.value(QStringLiteral("%1 %2").arg(label).arg(i)) == 1,
                    qPrintable(QStringLiteral("edit %1 %2 lost or doubled").arg(label).arg(i)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(ConcurrencyTest)
#include "concurrency_test.moc"
