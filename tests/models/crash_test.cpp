// Nothing reported as saved is ever lost: a process editing a project is killed with SIGKILL at random moments;
// after each kill, every edit it had reported as committed is in the file and the file is sound.
#include "claimtable.h"
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
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("crash.sourcelight"));
        QRandomGenerator random(20260325); // fixed seed: a failure can be replayed
        qint64 totalReported = 0;
        for (int round = 0; round < 6; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start(QStringLiteral(SOURCELIGHT_BINARY_DIR "/tests/crashwriter"), {project});
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            // Kill only once it has committed at least one edit, then at a random moment after that.
            QByteArray output;
            while (!output.contains("claim ")) {
                QVERIFY2(writer.waitForReadyRead(20000), qPrintable(QString::fromUtf8(writer.readAllStandardError())));
                output += writer.readAllStandardOutput();
            }
            QThread::msleep(20 + random.bounded(300));
            writer.kill(); // SIGKILL: no destructor, no close, no checkpoint
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            output += writer.readAllStandardOutput();

            const QList<QByteArray> lines = output.split('\n');
            QHash<Id, qint64> claims; // id → sequence number in its note
            QSet<Id> verdicts;
            for (const QByteArray &line : lines) {
                const QList<QByteArray> words = line.split(' ');
                if (words.size() == 3 && words.at(0) == "claim") {
                    claims.insert(words.at(1).toLongLong(), words.at(2).toLongLong());
                } else if (words.size() == 2 && words.at(0) == "verdict") {
                    verdicts.insert(words.at(1).toLongLong());
                }
            }
            totalReported += claims.size();

            ProjectStore store;
            QVERIFY2(store.open(project), qPrintable(store.errorString()));
            QVERIFY2(store.checkIntegrity(), qPrintable(store.errorString()));
            for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
                const std::optional<ClaimRecord> claim = store.claims().claim(it.key());
                QVERIFY2(claim, qPrintable(QStringLiteral("claim %1 reported but missing").arg(it.key())));
                QCOMPARE(claim->note, QStringLiteral("edit %1").arg(it.value()));
            }
            for (const Id id : std::as_const(verdicts)) {
                QCOMPARE(toString(store.claims().claim(id)->verdict), toString(Verdict::Supported));
            }
        }
        QVERIFY(totalReported >= 6);
    }
};

QTEST_GUILESS_MAIN(CrashTest)
#include "crash_test.moc"
