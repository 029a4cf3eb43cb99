// Helper for concurrency_test: one of two processes editing the same project at the same time. Adds COUNT claims
// (each a committed edit: claim, verdict, note rewrite) on the project's first document and exits 0 only when
// every write succeeded; any failure — "database is locked" included — goes to stderr with exit code 1.
// Once the project is open it prints "ready" and waits for the file START to exist, so both writers begin together.
// Every write (one transaction, waiting for the other writer included) is printed as "write BEGIN END": the times
// in nanoseconds of CLOCK_MONOTONIC, one clock for every process of the machine, so the test can compare them.
// Usage: concurrentwriter PROJECT LABEL COUNT START
#include "claimtable.h"
#include "documenttable.h"
#include "projectstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

#include <cstdio>
#include <ctime>

using namespace Sourcelight;

namespace {

int fail(ProjectStore &store, const char *what)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(store.errorString()));
    return 1;
}

long long now()
{
    timespec t {};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return static_cast<long long>(t.tv_sec) * 1000000000LL + t.tv_nsec;
}

// Runs one write and prints when it began and ended; returns what the write returned.
template<typename Write> auto timed(Write write)
{
    const long long begin = now();
    const auto result = write();
    std::printf("write %lld %lld\n", begin, now());
    // A pause between edits, as an analyst makes them: SQLite's busy handler polls rather than queues, so a writer
    // that never let go of the lock for more than microseconds could keep the other waiting past its 5 s timeout
    // (seen under ASan), which no real session does.
    QThread::msleep(2);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: concurrentwriter PROJECT LABEL COUNT START\n");
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
    std::printf("ready\n");
    std::fflush(stdout);
    while (!QFileInfo::exists(args.at(4))) {
        QThread::msleep(1);
    }
    for (int i = 0; i < count; ++i) {
        ClaimRecord claim;
        claim.sentenceId = sentences->at(i % sentences->size()).id;
        claim.note = QStringLiteral("%1 draft %2").arg(label).arg(i);
        const std::optional<Id> id = timed([&] { return store.claims().addClaim(claim); });
        if (!id) {
            return fail(store, "add claim");
        }
        if (!timed([&] { return store.claims().setVerdict(*id, Verdict::Disputed); })) {
            return fail(store, "verdict");
        }
        if (!timed([&] { return store.claims().setNote(*id, QStringLiteral("%1 %2").arg(label).arg(i)); })) {
            return fail(store, "note");
        }
    }
    std::fflush(stdout);
    return 0;
}
