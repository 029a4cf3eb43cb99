// A team project under load (issue 18): simulated reviewers, each on a connection of their own to one PostgreSQL
// server, type notes on the claims of a shared project at once, as fast as they can; a window (the app's Project on
// another connection, the first document open) watches. Figures: each edit's commit latency (p50/p99), the delay until
// the window hears of it (the server's announcement arrives, p50/p99), the delay until the window shows it (the open
// document's row read again, for the edits on its claims), and the checks that make the figures worth having: every
// edit reported committed is in the project's history exactly once (none lost, none doubled), each claim ends with the
// note its last committed edit wrote, and the window heard of every edit. Any failed check: exit status 1.
//
// Needs a server: `make bench` runs it under Debian's pg_virtualenv (a throwaway cluster; the libpq environment
// names it) and prints a "skipped" line where pg_virtualenv is missing. By hand:
//   pg_virtualenv -t build/release/bench/teamload_server_bench [reviewers=20] [edits-each=500] [claims=200]
#include "benchoutput.h"
#include "claimtable.h"
#include "generatedproject.h"
#include "project.h"
#include "projectstore.h"
#include "storechange.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <vector>

using namespace Sourcelight;

namespace {

struct Edit
{
    Id claim = 0;
    QString note;
    qint64 startNs = 0;
    qint64 endNs = 0; ///< when the store reported it committed
};

/// One reviewer: a connection of their own, edits one after the other on claims picked at random.
class Reviewer final : public QThread
{
public:
    Reviewer(QString address, int number, int edits, const QList<Id> &claims, const QElapsedTimer &clock)
        : m_address(std::move(address))
        , m_number(number)
        , m_edits(edits)
        , m_claims(claims)
        , m_clock(clock)
    {
    }

    QList<Edit> committed;
    QString failure;

protected:
    void run() override
    {
        ProjectStore store;
        if (!store.open(m_address)) {
            failure = store.errorString();
            return;
        }
        store.setReviewer(QStringLiteral("Reviewer %1").arg(m_number));
        QRandomGenerator random(quint32(1000 + m_number));
        for (int e = 0; e < m_edits; ++e) {
            Edit edit;
            edit.claim = m_claims.at(random.bounded(int(m_claims.size())));
            edit.note = QStringLiteral("r%1 e%2").arg(m_number).arg(e);
            edit.startNs = m_clock.nsecsElapsed();
            if (!store.claims().setNote(edit.claim, edit.note)) {
                failure = QStringLiteral("edit %1: %2").arg(e).arg(store.errorString());
                return;
            }
            edit.endNs = m_clock.nsecsElapsed();
            committed.append(edit);
        }
    }

private:
    QString m_address;
    int m_number;
    int m_edits;
    QList<Id> m_claims;
    const QElapsedTimer &m_clock;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return -1;
    }
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(p * double(values.size()))));
}

int fail(const QString &message)
{
    std::fprintf(stderr, "teamload_server_bench: %s\n", qPrintable(message));
    return 1;
}

/// A new, empty database on the server the libpq environment names; its address.
std::optional<QString> newDatabase(const QString &name)
{
    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
    admin.setDatabaseName(QStringLiteral("postgres"));
    if (!admin.open()) {
        std::fprintf(stderr, "cannot reach the server: %s\n", qPrintable(admin.lastError().text()));
        return std::nullopt;
    }
    QSqlQuery create(admin);
    if (!create.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name))
        || !create.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
        std::fprintf(stderr, "cannot create the database: %s\n", qPrintable(create.lastError().text()));
        return std::nullopt;
    }
    return QStringLiteral("postgresql:///%1").arg(name);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int reviewers = args.size() > 1 ? args.at(1).toInt() : 20;
    const int edits = args.size() > 2 ? args.at(2).toInt() : 500;
    const int claimCount = args.size() > 3 ? args.at(3).toInt() : 200;
    if (reviewers < 1 || edits < 1 || claimCount < 1) {
        return fail(QStringLiteral("usage: teamload_server_bench [reviewers] [edits-each] [claims]"));
    }
    const std::optional<QString> address = newDatabase(QStringLiteral("sourcelight_teamload"));
    if (!address) {
        return 1;
    }

    // The shared project: documents of ten sentences, a claim on each sentence.
    Bench::ProjectShape shape;
    shape.documents = (claimCount + 9) / 10;
    shape.perDocument = 10;
    shape.sentence = [](int d, int s) { return Bench::sentence(d, s, QStringLiteral("r%1").arg(d)); };
    shape.source = [](int, int, const QString &) { return std::optional<SourceMention>(); };
    shape.claims = [](int, const QList<Id> &sentences) {
        QList<ClaimRecord> claims;
        for (const Id sentence : sentences) {
            ClaimRecord claim;
            claim.sentenceId = sentence;
            claims.append(claim);
        }
        return claims;
    };
    if (!Bench::generateProject(*address, shape)) {
        return 1;
    }

    // The watching window: the app's Project, listening as it does, the first document open.
    Project window;
    if (!window.open(*address) || !window.openDocument(1)) {
        return fail(window.errorString());
    }
    QList<Id> claims;
    QHash<Id, Id> openSentence; // claim of the open document → its sentence
    for (Id document = 1; claims.size() < claimCount; ++document) {
        const std::optional<QList<ClaimRecord>> onDocument = window.store().claims().forDocument(document);
        if (!onDocument || onDocument->isEmpty()) {
            return fail(QStringLiteral("the generated project has fewer claims than asked"));
        }
        for (const ClaimRecord &claim : *onDocument) {
            claims.append(claim.id);
            if (document == 1) {
                openSentence.insert(claim.id, claim.sentenceId);
            }
        }
    }
    claims.resize(claimCount);

    QElapsedTimer clock;
    clock.start();
    QHash<Id, QList<qint64>> heard; // claim → when each announcement of a note on it arrived
    qint64 heardCount = 0;
    QObject::connect(&window.store(), &ProjectStore::changedElsewhere, &app, [&](const StoreChange &change) {
        if (change.entity == QLatin1String("claims") && change.field == QLatin1String("note")) {
            heard[change.entityId].append(clock.nsecsElapsed());
            ++heardCount;
        }
    });
    QHash<Id, QList<qint64>> shown; // sentence of the open document → when its row was read again
    QObject::connect(&window, &Project::sentenceChanged, &app,
        [&](Id sentenceId) { shown[sentenceId].append(clock.nsecsElapsed()); });

    std::vector<std::unique_ptr<Reviewer>> threads;
    for (int r = 0; r < reviewers; ++r) {
        threads.push_back(std::make_unique<Reviewer>(*address, r + 1, edits, claims, clock));
    }
    const qint64 startNs = clock.nsecsElapsed();
    for (auto &thread : threads) {
        thread->start();
    }
    // The window's event loop runs while the reviewers work, as the app's does; then up to 10 s to hear the rest.
    QEventLoop loop;
    QTimer poll;
    qint64 finishedNs = 0;
    qint64 settledNs = 0;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        const bool allDone = std::all_of(threads.begin(), threads.end(), [](auto &t) { return t->isFinished(); });
        if (allDone && finishedNs == 0) {
            finishedNs = clock.nsecsElapsed();
        }
        qint64 committed = 0;
        for (auto &thread : threads) {
            committed += thread->isFinished() ? thread->committed.size() : 0;
        }
        if (allDone && settledNs == 0
            && (heardCount >= committed || clock.nsecsElapsed() - finishedNs > 10'000'000'000LL)) {
            settledNs = clock.nsecsElapsed(); // all heard: half a second more for the window to show the last ones
        }
        if (settledNs != 0 && clock.nsecsElapsed() - settledNs > 500'000'000LL) {
            loop.quit();
        }
    });
    poll.start(10);
    loop.exec();

    QList<Edit> all;
    for (auto &thread : threads) {
        thread->wait();
        if (!thread->failure.isEmpty()) {
            return fail(thread->failure);
        }
        all.append(thread->committed);
    }

    // Commit latency; the delay until the window heard: per claim, its edits in commit order against what was heard
    // of it in order (the server announces commits in the order they happen).
    std::vector<double> commitMs;
    std::vector<double> seenMs;
    QHash<Id, QList<const Edit *>> byClaim;
    for (const Edit &edit : std::as_const(all)) {
        commitMs.push_back(double(edit.endNs - edit.startNs) / 1e6);
        byClaim[edit.claim].append(&edit);
    }
    for (auto it = byClaim.begin(); it != byClaim.end(); ++it) {
        std::sort(it->begin(), it->end(), [](const Edit *a, const Edit *b) { return a->endNs < b->endNs; });
        const QList<qint64> times = heard.value(it.key());
        for (qsizetype i = 0; i < std::min(times.size(), it->size()); ++i) {
            seenMs.push_back(std::max(0.0, double(times.at(i) - it->at(i)->endNs) / 1e6));
        }
    }

    // Shown: for each edit on a claim of the open document, the first time its row was read again after the commit.
    std::vector<double> shownMs;
    qint64 unshown = 0;
    for (const Edit &edit : std::as_const(all)) {
        const Id sentence = openSentence.value(edit.claim);
        if (sentence == 0) {
            continue;
        }
        const QList<qint64> times = shown.value(sentence);
        const auto after = std::lower_bound(times.cbegin(), times.cend(), edit.endNs);
        if (after == times.cend()) {
            ++unshown;
        } else {
            shownMs.push_back(double(*after - edit.endNs) / 1e6);
        }
    }

    // What the server holds: every committed edit's note in history exactly once, and each claim's last one on it.
    QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-check"));
    check.setDatabaseName(address->mid(address->lastIndexOf(QLatin1Char('/')) + 1));
    if (!check.open()) {
        return fail(check.lastError().text());
    }
    QSqlQuery history(check);
    if (!history.exec(QStringLiteral("SELECT entity_id, new_value FROM history WHERE entity = 'claims' AND field = "
                                     "'note' ORDER BY id"))) {
        return fail(history.lastError().text());
    }
    QHash<QString, int> written;
    QHash<Id, QString> lastWritten;
    while (history.next()) {
        const QString note = history.value(1).toString();
        ++written[note];
        lastWritten.insert(history.value(0).toLongLong(), note);
    }
    qint64 lost = 0;
    qint64 doubled = 0;
    for (const Edit &edit : std::as_const(all)) {
        const int times = written.value(edit.note);
        lost += times == 0 ? 1 : 0;
        doubled += times > 1 ? 1 : 0;
    }
    QSet<QString> reported;
    for (const Edit &edit : std::as_const(all)) {
        reported.insert(edit.note);
    }
    qint64 unreported = 0; // in the history, but never reported committed
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        unreported += reported.contains(it.key()) ? 0 : 1;
    }
    qint64 wrongFinal = 0;
    for (auto it = lastWritten.cbegin(); it != lastWritten.cend(); ++it) {
        const std::optional<ClaimRecord> claim = window.store().claims().claim(it.key());
        wrongFinal += !claim || claim->note != it.value() ? 1 : 0;
    }
    const qint64 unheard = qint64(all.size()) - heardCount;
    const double seconds = double((finishedNs ? finishedNs : clock.nsecsElapsed()) - startNs) / 1e9;

    QJsonObject line {{QStringLiteral("bench"), QStringLiteral("teamload")}, {QStringLiteral("reviewers"), reviewers},
        {QStringLiteral("claims"), claimCount}, {QStringLiteral("edits"), qint64(all.size())},
        {QStringLiteral("seconds"), seconds}, {QStringLiteral("editsPerSecond"), double(all.size()) / seconds},
        {QStringLiteral("commitP50Ms"), percentile(commitMs, 0.5)},
        {QStringLiteral("commitP99Ms"), percentile(commitMs, 0.99)},
        {QStringLiteral("heardP50Ms"), percentile(seenMs, 0.5)},
        {QStringLiteral("heardP99Ms"), percentile(seenMs, 0.99)},
        {QStringLiteral("shownEdits"), qint64(shownMs.size())},
        {QStringLiteral("shownP50Ms"), percentile(shownMs, 0.5)},
        {QStringLiteral("shownP99Ms"), percentile(shownMs, 0.99)}, {QStringLiteral("unshown"), unshown},
        {QStringLiteral("lost"), lost}, {QStringLiteral("doubled"), doubled},
        {QStringLiteral("unreported"), unreported}, {QStringLiteral("wrongFinalNotes"), wrongFinal},
        {QStringLiteral("unheard"), unheard}};
    Bench::print(line);
    if (lost || doubled || unreported || wrongFinal || unheard || unshown) {
        return fail(QStringLiteral("edits lost, doubled or unheard (see the figures)"));
    }
    return 0;
}
