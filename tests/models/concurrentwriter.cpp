// Helper for concurrency_test: one of two processes editing the same project at the same time. Adds COUNT claims
// (each a committed edit: claim, verdict, note rewrite) on the project's first document and exits 0 only when
// every write succeeded; any failure — "database is locked" included — goes to stderr with exit code 1.
// Usage: concurrentwriter PROJECT LABEL COUNT
#include "claimtable.h"
#include "documenttable.h"
#include "projectstore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Sourcelight;

namespace {

int fail(ProjectStore &store, const char *what)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(store.errorString()));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: concurrentwriter PROJECT LABEL COUNT\n");
        return 2;
    }
    const QString label = args.at(2);
    const int count = args.at(3).toInt();
    ProjectStore store;
    if (!store.open(args.at(1), ProjectStore::OpenMode::OpenExisting)) {
        return fail(store, "open");
    }
    if (!store.setReviewer(label)) {
        return fail(store, "reviewer");
    }
    const std::optional<QList<DocumentSummary>> documents = store.documents().summaries();
    if (!documents || documents->isEmpty()) {
        return fail(store, "documents");
    }
    const std::optional<QList<SentenceRecord>> sentences = store.documents().sentences(documents->first().id);
    if (!sentences || sentences->isEmpty()) {
        return fail(store, "sentences");
    }
    for (int i = 0; i < count; ++i) {
        ClaimRecord claim;
        claim.sentenceId = sentences->at(i % sentences->size()).id;
        claim.note = QStringLiteral("%1 draft %2").arg(label).arg(i);
        const std::optional<Id> id = store.claims().addClaim(claim);
        if (!id) {
            return fail(store, "add claim");
        }
        if (!store.claims().setVerdict(*id, Verdict::Disputed)) {
            return fail(store, "verdict");
        }
        if (!store.claims().setNote(*id, QStringLiteral("%1 %2").arg(label).arg(i))) {
            return fail(store, "note");
        }
    }
    return 0;
}
