// Importing articles into a project: new, duplicate, updated (with the analyst's work re-anchored), bad files,
// pasted text, a folder off the UI thread, and the default library's first start.
#include "../acceptsuggestion.h"
#include "../testfiles.h"
#include "attributiontable.h"
#include "batchimporter.h"
#include "claimtable.h"
#include "defaultlibrary.h"
#include "documenttable.h"
#include "projectimporter.h"
#include "projectstore.h"

#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sourcelight;

class ProjectImporterTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString projectPath() const
    {
        return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sourcelight"));
    }

private Q_SLOTS:
    void importsEachFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("firstSentenceStarts");
        QTest::newRow("txt") << "article-utf8.txt" << "Port authorities";
        QTest::newRow("md") << "article.md" << "Valdria reopens";
        QTest::newRow("html") << "article.html" << "Valdria reopens";
        QTest::newRow("utf-16") << "article-utf16le.txt" << "Власти порта";
        QTest::newRow("windows-1251") << "russian-cp1251.txt" << "Власти порта";
    }

    void importsEachFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, firstSentenceStarts);
        ProjectStore store;
        QVERIFY(store.open(
            projectPath() + QString::fromLatin1(QTest::currentDataTag()), ProjectStore::OpenMode::CreateIfMissing));
        ProjectImporter importer(store);
        const ImportResult result = importer.importFile(TestFiles::importData(file));
        QCOMPARE(toString(result.status), toString(ImportStatus::Imported));
        QVERIFY2(result.documentId > 0, qPrintable(result.message));
        QVERIFY(result.sentenceCount >= 2);
        const auto sentences = store.documents().sentences(result.documentId);
        QCOMPARE(sentences->size(), result.sentenceCount);
        QVERIFY(store.documents().sentenceText(sentences->first().id)->startsWith(firstSentenceStarts));
        // Every sentence got the suggester's opinion, stored as a suggestion only.
        const auto attributions = store.attributions().forDocument(result.documentId);
        QCOMPARE(attributions->size(), result.sentenceCount);
        for (const AttributionRecord &a : *attributions) {
            QCOMPARE(toString(a.origin), toString(AttributionOrigin::Suggested));
        }
        QVERIFY(store.documents().document(result.documentId)->metadata.language != Language::Unknown);
    }

    void duplicateByContent()
    {
        ProjectStore store;
        QVERIFY(store.open(projectPath(), ProjectStore::OpenMode::CreateIfMissing));
        ProjectImporter importer(store);
        const ImportResult first = importer.importFile(TestFiles::importData(QStringLiteral("article-utf8.txt")));
        QCOMPARE(toString(first.status), toString(ImportStatus::Imported));
        // The same text, with a BOM and as a copy under another name: recognised by content.
        const ImportResult again = importer.importFile(TestFiles::importData(QStringLiteral("article-utf8-bom.txt")));
        QCOMPARE(toString(again.status), toString(ImportStatus::Duplicate));
        QCOMPARE(again.documentId, first.documentId);
        QCOMPARE(again.sentenceCount, first.sentenceCount);
        // Pasted, the same article is the same text too.
        QFile file(TestFiles::importData(QStringLiteral("article-utf8.txt")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ImportResult pasted = importer.importPasted(QString::fromUtf8(file.readAll()));
        QCOMPARE(toString(pasted.status), toString(ImportStatus::Duplicate));
        QCOMPARE(store.documents().count().value_or(-1), 1);
    }

    void badFilesAreReportedAndNothingIsStored_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("binary") << "binary.txt";
        QTest::newRow("empty") << "empty.txt";
        QTest::newRow("pdf") << "slides.pdf";
        QTest::newRow("missing") << "missing.md";
    }

    void badFilesAreReportedAndNothingIsStored()
    {
        QFETCH(QString, file);
        ProjectStore store;
        QVERIFY(store.open(
            projectPath() + QString::fromLatin1(QTest::currentDataTag()), ProjectStore::OpenMode::CreateIfMissing));
        ProjectImporter importer(store);
        const ImportResult result = importer.importFile(TestFiles::importData(file));
        QCOMPARE(toString(result.status), toString(ImportStatus::Error));
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(result.documentId, 0);
        QCOMPARE(store.documents().count().value_or(-1), 0);
    }

    void pastedText()
    {
        ProjectStore store;
        QVERIFY(store.open(projectPath(), ProjectStore::OpenMode::CreateIfMissing));
        ProjectImporter importer(store);
        DocumentMetadata metadata;
        metadata.outlet = QStringLiteral("Clipboard Daily");
        const ImportResult result = importer.importPasted(
            QStringLiteral("Storm closes port\n\nThe port closed on Friday, the coastguard said."), metadata);
        QCOMPARE(toString(result.status), toString(ImportStatus::Imported));
        const auto document = store.documents().document(result.documentId);
        QCOMPARE(document->metadata.title, QStringLiteral("Storm closes port"));
        QCOMPARE(document->metadata.outlet, QStringLiteral("Clipboard Daily"));
        QVERIFY(document->sourceFile.isEmpty());
        QVERIFY(importer.importPasted(QStringLiteral("  \n ")).status == ImportStatus::Error);
    }

    void updatedArticleReanchorsAnnotations()
    {
        ProjectStore store;
        QVERIFY(store.open(projectPath(), ProjectStore::OpenMode::CreateIfMissing));
        QVERIFY(store.setReviewer(QStringLiteral("Ana")));
        ProjectImporter importer(store);
        const ImportResult first = importer.importFile(TestFiles::importData(QStringLiteral("article.md")));
        QCOMPARE(toString(first.status), toString(ImportStatus::Imported));
        const auto oldSentences = *store.documents().sentences(first.documentId);
        const QString oldBody = store.documents().document(first.documentId)->body;
        const auto sentenceWith = [&](const QList<SentenceRecord> &sentences, const QString &body,
                                      const QString &words) -> const SentenceRecord * {
            for (const SentenceRecord &s : sentences) {
                if (body.mid(s.span.start, s.span.length()).contains(words)) {
                    return &s;
                }
            }
            return nullptr;
        };
        // The analyst's work on the first version: a claim on each of three sentences (one on a span), a
        // confirmed attribution, tags and evidence on one claim.
        const SentenceRecord *edited = sentenceWith(oldSentences, oldBody, QStringLiteral("reopened the northern"));
        const SentenceRecord *unchanged = sentenceWith(oldSentences, oldBody, QStringLiteral("traffic to return"));
        const SentenceRecord *spanEdited = sentenceWith(oldSentences, oldBody, QStringLiteral("raised premiums"));
        const SentenceRecord *removed = sentenceWith(oldSentences, oldBody, QStringLiteral("did not respond"));
        QVERIFY(edited && unchanged && spanEdited && removed);
        QVERIFY(TestSupport::acceptSuggestion(store, unchanged->id));
        const auto addClaim = [&](const SentenceRecord *sentence, TextSpan span, Verdict verdict) {
            ClaimRecord claim;
            claim.sentenceId = sentence->id;
            claim.span = span;
            claim.verdict = verdict;
            claim.note = QStringLiteral("note %1").arg(sentence->ordinal);
            return store.claims().addClaim(claim).value_or(0);
        };
        const Id onEdited = addClaim(edited, {}, Verdict::Supported);
        QVERIFY(onEdited);
        QVERIFY(store.claims().addEvidence({0, onEdited, QStringLiteral("https://example.invalid/log"), {}, {}, {}}));
        const qsizetype premiums = oldBody.indexOf(QLatin1String("raised premiums by 12%"));
        QVERIFY(addClaim(unchanged, {}, Verdict::Disputed));
        QVERIFY(addClaim(spanEdited, {premiums, premiums + 22}, Verdict::Misleading));
        QVERIFY(addClaim(removed, {}, Verdict::False));

        // The outlet publishes an edited version (same url): a new version, the work carried over.
        const ImportResult second = importer.importFile(TestFiles::importData(QStringLiteral("article-v2.md")));
        QCOMPARE(toString(second.status), toString(ImportStatus::Updated));
        QCOMPARE(second.previousVersion, first.documentId);
        QVERIFY(second.documentId != first.documentId);
        QVERIFY2(second.unplaced.size() == 1, qPrintable(second.unplaced.join(QLatin1Char('|'))));
        QVERIFY2(
            second.unplaced.first().contains(QStringLiteral("did not respond")), qPrintable(second.unplaced.first()));
        QVERIFY(second.message.contains(QStringLiteral("could not be placed")));
        QCOMPARE(store.documents().document(first.documentId)->supersededBy.value_or(0), second.documentId);
        QCOMPARE(store.documents().count().value_or(-1), 1); // the library shows the current version only

        const QString newBody = store.documents().document(second.documentId)->body;
        const auto newSentences = *store.documents().sentences(second.documentId);
        // The analyst's three claims carried over; the import also opens an unverified claim on every other
        // attributed sentence, which is not the analyst's work.
        QList<ClaimRecord> claims;
        const QList<ClaimRecord> allClaims
            = store.claims().forDocument(second.documentId).value_or(QList<ClaimRecord> {});
        for (const ClaimRecord &c : allClaims) {
            if (c.verdict != Verdict::Unverified) {
                claims << c;
            }
        }
        QCOMPARE(claims.size(), 3);
        QHash<Verdict, ClaimRecord> byVerdict;
        for (const ClaimRecord &c : claims) {
            byVerdict.insert(c.verdict, c);
        }
        const auto textOf = [&](const ClaimRecord &c) {
            for (const SentenceRecord &s : newSentences) {
                if (s.id == c.sentenceId) {
                    const TextSpan span = c.span.isValid() ? c.span : s.span;
                    return newBody.mid(span.start, span.length());
                }
            }
            return QString();
        };
        QVERIFY(textOf(byVerdict.value(Verdict::Supported)).contains(QStringLiteral("northern cargo terminal")));
        QCOMPARE(store.claims().evidence(byVerdict.value(Verdict::Supported).id)->size(), 1);
        QVERIFY(textOf(byVerdict.value(Verdict::Disputed)).contains(QStringLiteral("traffic to return")));
        QCOMPARE(textOf(byVerdict.value(Verdict::Misleading)), QStringLiteral("raised premiums by about 12%"));
        QCOMPARE(byVerdict.value(Verdict::Disputed).note, QStringLiteral("note %1").arg(unchanged->ordinal));
        // The confirmed attribution moved with its sentence; the unplaced claim stays on the old version.
        const auto attributions = *store.attributions().forDocument(second.documentId);
        int human = 0;
        for (const AttributionRecord &a : attributions) {
            if (a.origin == AttributionOrigin::Confirmed) {
                ++human;
                for (const SentenceRecord &s : newSentences) {
                    if (s.id == a.sentenceId) {
                        QVERIFY(newBody.mid(s.span.start, s.span.length()).contains(QStringLiteral("traffic")));
                    }
                }
            }
        }
        QCOMPARE(human, 1);
        // The old version keeps everything it had: the analyst's four claims and the import's unverified ones.
        const QList<ClaimRecord> oldClaims
            = store.claims().forDocument(first.documentId).value_or(QList<ClaimRecord> {});
        QCOMPARE(std::count_if(oldClaims.cbegin(), oldClaims.cend(),
                     [](const ClaimRecord &c) { return c.verdict != Verdict::Unverified; }),
            4);

        // Importing the old version again is a duplicate of the old document, not a third version.
        QCOMPARE(toString(importer.importFile(TestFiles::importData(QStringLiteral("article.md"))).status),
            toString(ImportStatus::Duplicate));
    }

    void folderImportOffTheUiThread()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QVERIFY(QDir(folder.path()).mkpath(QStringLiteral("sub")));
        for (int i = 0; i < 12; ++i) {
            QVERIFY(TestFiles::write(folder.filePath(QStringLiteral("sub/a%1.txt").arg(i, 2, 10, QLatin1Char('0'))),
                QStringLiteral("Article %1.\n\nOfficials said the port reopened on day %1.").arg(i).toUtf8()));
        }
        QVERIFY(TestFiles::write(folder.filePath(QStringLiteral("broken.txt")), QByteArray("\0\1\2\3binary", 10)));
        QVERIFY(TestFiles::write(folder.filePath(QStringLiteral("ignored.png")), QByteArray("\x89PNG", 4)));
        const QStringList files = BatchImporter::collectFiles({folder.path()});
        QCOMPARE(files.size(), 13); // .png skipped when a folder is searched

        QFutureWatcher<ImportResult> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcher<ImportResult>::finished);
        QSignalSpy progress(&watcher, &QFutureWatcher<ImportResult>::progressValueChanged);
        watcher.setFuture(BatchImporter::start(projectPath(), files));
        QVERIFY(finished.wait(60000));
        const QList<ImportResult> results = watcher.future().results();
        QCOMPARE(results.size(), 13);
        QCOMPARE(watcher.progressValue(), 13);
        QVERIFY(progress.count() >= 1);
        int errors = 0;
        for (const ImportResult &r : results) {
            errors += r.status == ImportStatus::Error ? 1 : 0;
        }
        QCOMPARE(errors, 1); // the broken file, reported and skipped
        ProjectStore store;
        QVERIFY(store.open(projectPath()));
        QCOMPARE(store.documents().count().value_or(-1), 12);
    }

    void folderImportCancels()
    {
        QTemporaryDir folder;
        QStringList files;
        for (int i = 0; i < 400; ++i) {
            const QString file = folder.filePath(QStringLiteral("c%1.txt").arg(i));
            QVERIFY(TestFiles::write(file, QStringLiteral("Item %1. The agency said stocks fell.").arg(i).toUtf8()));
            files.append(file);
        }
        QFutureWatcher<ImportResult> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcher<ImportResult>::finished);
        watcher.setFuture(BatchImporter::start(projectPath(), files));
        QTRY_VERIFY_WITH_TIMEOUT(watcher.progressValue() > 0 || watcher.isFinished(), 30000);
        watcher.cancel();
        QVERIFY(finished.count() > 0 || finished.wait(30000));
        ProjectStore store;
        QVERIFY(store.open(projectPath()));
        const qint64 stored = store.documents().count().value_or(-1);
        // Whatever was reported before the cancel is stored; nothing half-imported.
        QVERIFY(stored >= 1 && stored <= 400);
        QVERIFY(store.checkIntegrity());
    }

    void defaultLibrarySeededOnce()
    {
        const QString library = m_dir.filePath(QStringLiteral("data/sourcelight/library.sourcelight"));
        QTemporaryDir samples;
        QVERIFY(TestFiles::write(samples.filePath(QStringLiteral("one.md")),
            "---\ntitle: One\noutlet: Sample Wire\n---\nThe council said the bridge would reopen."));
        QVERIFY(TestFiles::write(samples.filePath(QStringLiteral("two.md")),
            "---\ntitle: Two\noutlet: Sample Wire\n---\nTwo sources said the talks had stalled."));
        QString error;
        QCOMPARE(DefaultLibrary::ensureAt(library, samples.path(), &error).value_or(QString()), library);
        {
            ProjectStore store;
            QVERIFY(store.open(library));
            QCOMPARE(store.documents().count().value_or(-1), 2);
            const auto summaries = store.documents().summaries();
            QVERIFY(summaries);
            QCOMPARE(summaries->size(), 2);
            QVERIFY(store.documents().removeDocument(summaries->first().id)); // the user deletes a sample
        }
        // A second start leaves the library as the user left it.
        QVERIFY(DefaultLibrary::ensureAt(library, samples.path(), &error));
        ProjectStore store;
        QVERIFY(store.open(library));
        QCOMPARE(store.documents().count().value_or(-1), 1);
    }

    void compiledInSamplesSeedTheLibrary()
    {
        if (QDir(QStringLiteral(":/samples")).entryList({QStringLiteral("*.md")}).isEmpty()) {
            QSKIP("This build has no sample articles in its resources.");
        }
        QString error;
        const std::optional<QString> path = DefaultLibrary::ensure(&error);
        QVERIFY2(path, qPrintable(error));
        QVERIFY(path->startsWith(QString::fromLocal8Bit(qgetenv("XDG_DATA_HOME"))));
        ProjectStore store;
        QVERIFY(store.open(*path));
        QCOMPARE(store.documents().count().value_or(-1),
            QDir(QStringLiteral(":/samples")).entryList({QStringLiteral("*.md")}).size());
    }
};

QTEST_GUILESS_MAIN(ProjectImporterTest)
#include "projectimporter_test.moc"
