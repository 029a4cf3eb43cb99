// Two processes editing one project at the same time: neither sees "database is locked" as a failure, no edit of
// either is lost, the file stays sound, and a connection that stayed open the whole time sees both on refresh.
#include "claimtable.h"
#include "documenttable.h"
#include "projectstore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Sourcelight;

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

        QProcess first;
        QProcess second;
        for (const auto &[process, label] :
            {std::pair {&first, QStringLiteral("alpha")}, {&second, QStringLiteral("beta")}}) {
            process->start(QStringLiteral(SOURCELIGHT_BINARY_DIR "/tests/concurrentwriter"),
                {path, label, QString::number(Edits)});
            QVERIFY2(process->waitForStarted(10000), qPrintable(process->errorString()));
        }
        for (QProcess *process : {&first, &second}) {
            QVERIFY(process->waitForFinished(120000));
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        }

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
