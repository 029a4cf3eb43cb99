// Nothing reported as saved is ever lost: a process editing a project is killed with SIGKILL at random moments;
// after each kill, every edit reported as committed in this round or any earlier one is in the file, the file
// holds no more claims than were reported (plus the one a kill may cut off before its report), and it is sound.
#include "claimtable.h"
#include "documenttable.h"
#include "projectstore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Sourcelight;

class CrashTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNothingReported()
    {
        constexpr int Rounds = 6;
        // Each round runs until at least this many edits were reported, so the rounds together hold far more edits
        // than a store that kept only the current round's (or only a few) could show.
        constexpr int MinimumPerRound = 10;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("crash.sourcelight"));
        QRandomGenerator random(20260325); // fixed seed: a failure can be replayed
        // Every edit reported so far, over all rounds: claim id → sequence number in its note, and the claims
        // whose verdict was reported set.
        QHash<Id, qint64> claims;
        QSet<Id> verdicts;
        for (int round = 0; round < Rounds; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start(QStringLiteral(SOURCELIGHT_BINARY_DIR "/tests/crashwriter"), {project});
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            // Kill only once it has committed some edits, then at a random moment after that.
            QByteArray output;
            while (output.count("\nclaim ") < MinimumPerRound) {
                QVERIFY2(writer.waitForReadyRead(20000), qPrintable(QString::fromUtf8(writer.readAllStandardError())));
                output += writer.readAllStandardOutput();
            }
            QThread::msleep(20 + random.bounded(300));
            writer.kill(); // SIGKILL: no destructor, no close, no checkpoint
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            output += writer.readAllStandardOutput();

            qsizetype reportedThisRound = 0;
            for (const QByteArray &line : output.split('\n')) {
                const QList<QByteArray> words = line.split(' ');
                if (words.size() == 3 && words.at(0) == "claim") {
                    const Id id = words.at(1).toLongLong();
                    QVERIFY2(!claims.contains(id), qPrintable(QStringLiteral("claim id %1 reported twice").arg(id)));
                    claims.insert(id, words.at(2).toLongLong());
                    ++reportedThisRound;
                } else if (words.size() == 2 && words.at(0) == "verdict") {
                    verdicts.insert(words.at(1).toLongLong());
                }
            }
            QVERIFY(reportedThisRound >= MinimumPerRound);

            ProjectStore store;
            QVERIFY2(store.open(project), qPrintable(store.errorString()));
            QVERIFY2(store.checkIntegrity(), qPrintable(store.errorString()));
            for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
                const std::optional<ClaimRecord> claim = store.claims().claim(it.key());
                QVERIFY2(claim,
                    qPrintable(QStringLiteral("round %1: claim %2 reported but missing").arg(round).arg(it.key())));
                QCOMPARE(claim->note, QStringLiteral("edit %1").arg(it.value()));
            }
            for (const Id id : std::as_const(verdicts)) {
                QCOMPARE(toString(store.claims().claim(id)->verdict), toString(Verdict::Supported));
            }
            // The file holds every reported claim and, per kill, at most the one committed before its report: fewer
            // means edits were lost, more means a commit was repeated or an edit was written twice.
            const std::optional<QList<DocumentSummary>> documents = store.documents().summaries();
            QVERIFY(documents);
            QCOMPARE(documents->size(), 1);
            const std::optional<QList<ClaimRecord>> stored = store.claims().forDocument(documents->first().id);
            QVERIFY(stored);
            QVERIFY2(stored->size() >= claims.size() && stored->size() <= claims.size() + round + 1,
                qPrintable(QStringLiteral("round %1: %2 claims in the file, %3 reported")
                        .arg(round)
                        .arg(stored->size())
                        .arg(claims.size())));
        }
        QVERIFY(claims.size() >= Rounds * MinimumPerRound);
    }
};

QTEST_GUILESS_MAIN(CrashTest)
#include "crash_test.moc"
