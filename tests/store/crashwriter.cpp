// Helper for crash_test: edits a project as fast as it can and prints every edit once the store has committed it,
// until it is killed. Usage: crashwriter PROJECT
#include "claimtable.h"
#include "documenttable.h"
#include "projectstore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Sourcelight;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: crashwriter PROJECT\n");
        return 2;
    }
    ProjectStore store;
    if (!store.open(args.at(1), ProjectStore::OpenMode::CreateIfMissing)
        || !store.setReviewer(QStringLiteral("crash"))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    DocumentRecord document;
    document.body = QStringLiteral("Officials said the ferry would sail. The union disagreed.");
    // Every round of the crash test edits the same project: reuse the document a killed round left behind.
    const std::optional<Id> existing = store.documents().findByHash(DocumentTable::contentHash(document.body));
    QList<Id> sentences;
    if (existing && *existing != 0) {
        for (const SentenceRecord &sentence :
            store.documents().sentences(*existing).value_or(QList<SentenceRecord> {})) {
            sentences.append(sentence.id);
        }
    } else if (!store.documents().addDocument(document, {{0, 36}, {37, document.body.size()}}, &sentences)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    if (sentences.size() != 2) {
        std::fprintf(stderr, "unexpected sentences\n");
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (qint64 sequence = 0;; ++sequence) {
        ClaimRecord claim;
        claim.sentenceId = sentences.at(sequence % 2);
        claim.note = QStringLiteral("edit %1").arg(sequence);
        const std::optional<Id> id = store.claims().addClaim(claim);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        // Only now, with the commit returned, is the edit reported.
        std::printf("claim %lld %lld\n", static_cast<long long>(*id), static_cast<long long>(sequence));
        std::fflush(stdout);
        if (!store.claims().setVerdict(*id, Verdict::Supported)) {
            return 1;
        }
        std::printf("verdict %lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
    }
}
