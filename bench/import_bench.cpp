// Import throughput (DESIGN.md budget: 1,000 articles, 10 MB, in < 3 s) and, beside it, the raw SQLite insert
// rate in one transaction on the same machine, so the import figure can be read against what the disk allows.
// Articles are generated (fixed seed) as Markdown files with front matter; MB = 10^6 bytes of UTF-8.
// Prints one JSON line per figure.
#include "batchimporter.h"
#include "benchoutput.h"
#include "documentanalyzer.h"
#include "projectimporter.h"
#include "projectstore.h"
#include "storemaintenance.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Sourcelight;

namespace {

constexpr int Articles = 1000;
constexpr qsizetype ArticleBytes = 10'000;

// A wire-style article: outlets citing officials, anonymous sources, direct quotes, the writer's own voice.
QString article(QRandomGenerator &random, int number)
{
    static const QStringList people = {QStringLiteral("Defence Minister Arno Weil"),
        QStringLiteral("spokeswoman Lena Varga"), QStringLiteral("port director Ilse Marten"),
        QStringLiteral("Senator Paul Okafor"), QStringLiteral("central bank governor Mira Sato")};
    static const QStringList groups
        = {QStringLiteral("two officials familiar with the talks"), QStringLiteral("a senior diplomat"),
            QStringLiteral("people close to the negotiations"), QStringLiteral("three industry sources")};
    static const QStringList outlets = {QStringLiteral("Reuters"), QStringLiteral("Bloomberg"),
        QStringLiteral("the Harbour Wire"), QStringLiteral("state television")};
    static const QStringList topics = {QStringLiteral("the grain corridor"), QStringLiteral("fuel subsidies"),
        QStringLiteral("the border crossing"), QStringLiteral("the new tariff"), QStringLiteral("the ferry strike")};
    QString text = QStringLiteral("---\ntitle: Bench article %1\noutlet: Bench Wire\nurl: https://bench.invalid/a/%1\n"
                                  "language: en\n---\n\n")
                       .arg(number);
    Bench::appendProse(text, ArticleBytes, random, topics, [&random](const QString &topic, int value, int sentence) {
        switch (random.bounded(5)) {
        case 0:
            return QStringLiteral("%1 said on %2 that %3 would cost about %4 million euros. ")
                .arg(Bench::pick(random, people), QStringLiteral("Tuesday"), topic)
                .arg(value);
        case 1:
            return QStringLiteral("\"We will not accept %1 in its current form,\" %2 told reporters. ")
                .arg(topic, Bench::pick(random, people));
        case 2:
            return QStringLiteral("According to %1, %2 agreed to review %3 within %4 days, %5 reported. ")
                .arg(Bench::pick(random, groups), Bench::pick(random, people), topic)
                .arg(value % 60 + 1)
                .arg(Bench::pick(random, outlets));
        case 3:
            return QStringLiteral("Speaking on condition of anonymity, %1 said the decision on %2 was delayed. ")
                .arg(Bench::pick(random, groups), topic);
        default:
            return QStringLiteral("Prices rose %1 percent in the week, the highest since record %2 began. ")
                .arg(value % 40)
                .arg(sentence);
        }
    });
    return text;
}

double rawInsertRate(const QString &path, int rows)
{
    const QString name = QStringLiteral("bench-raw");
    double rate = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            return 0;
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER, body TEXT)"));
        const QString body = QString(100, QLatin1Char('x'));
        QElapsedTimer timer;
        timer.start();
        q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO t (a, b, body) VALUES (:a, :b, :body)"));
        for (int i = 0; i < rows; ++i) {
            insert.bindValue(QStringLiteral(":a"), i);
            insert.bindValue(QStringLiteral(":b"), i * 2);
            insert.bindValue(QStringLiteral(":body"), body);
            insert.exec();
        }
        insert.finish();
        q.exec(QStringLiteral("COMMIT"));
        rate = rows / (double(timer.nsecsElapsed()) / 1e9);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rate;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return 1;
    }
    QRandomGenerator random(424242);
    QStringList files;
    QStringList bodies;
    qint64 bytes = 0;
    for (int i = 0; i < Articles; ++i) {
        const QString text = article(random, i);
        const QByteArray utf8 = text.toUtf8();
        const QString file = dir.filePath(QStringLiteral("a%1.md").arg(i, 4, 10, QLatin1Char('0')));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(utf8) != utf8.size()) {
            return 1;
        }
        bytes += utf8.size();
        files.append(file);
        bodies.append(text);
    }

    // The analysis alone (what import spends most of its time on), for the split.
    QElapsedTimer timer;
    timer.start();
    qint64 sentences = 0;
    for (const QString &body : std::as_const(bodies)) {
        sentences += analyzeDocument(body, Language::English).sentences.size();
    }
    const double analysisSeconds = double(timer.nsecsElapsed()) / 1e9;

    // The folder import as the GUI runs it: worker thread, grouped commits, while the window has the project open
    // (its connection is why the import's own close does not copy the log into the file; the window has that done
    // on a worker afterwards, timed here on its own).
    const QString project = dir.filePath(QStringLiteral("bench.sourcelight"));
    ProjectStore window;
    if (!window.open(project, ProjectStore::OpenMode::CreateIfMissing)) {
        return 1;
    }
    timer.restart();
    QFuture<ImportResult> future = BatchImporter::start(project, files);
    future.waitForFinished();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    if (!StoreMaintenance::checkpoint(window)) {
        return 1;
    }
    const double checkpointSeconds = double(timer.nsecsElapsed()) / 1e9;
    window.close();
    int failed = 0;
    for (const ImportResult &result : future.results()) {
        failed += result.status == ImportStatus::Error ? 1 : 0;
    }
    Bench::print({{QStringLiteral("bench"), QStringLiteral("import_folder")}, {QStringLiteral("files"), Articles},
        {QStringLiteral("failed"), failed}, {QStringLiteral("mb"), double(bytes) / 1e6},
        {QStringLiteral("sentences"), sentences}, {QStringLiteral("seconds"), seconds},
        {QStringLiteral("files_per_s"), Articles / seconds},
        {QStringLiteral("mb_per_s"), double(bytes) / 1e6 / seconds},
        {QStringLiteral("analysis_seconds"), analysisSeconds},
        {QStringLiteral("checkpoint_after_seconds"), checkpointSeconds}, {QStringLiteral("budget_seconds"), 3}});

    // One transaction per file, as `sourcelight import` does: one fsync each.
    const QString cliProject = dir.filePath(QStringLiteral("cli.sourcelight"));
    {
        ProjectStore store;
        if (!store.open(cliProject, ProjectStore::OpenMode::CreateIfMissing)) {
            return 1;
        }
        ProjectImporter importer(store);
        const int n = 200;
        timer.restart();
        for (int i = 0; i < n; ++i) {
            importer.importFile(files.at(i));
        }
        const double cliSeconds = double(timer.nsecsElapsed()) / 1e9;
        Bench::print({{QStringLiteral("bench"), QStringLiteral("import_per_file_commit")}, {QStringLiteral("files"), n},
            {QStringLiteral("seconds"), cliSeconds}, {QStringLiteral("files_per_s"), n / cliSeconds}});
    }

    const int rows = 200'000;
    const double rate = rawInsertRate(dir.filePath(QStringLiteral("raw.sqlite")), rows);
    Bench::print({{QStringLiteral("bench"), QStringLiteral("sqlite_raw_insert_one_transaction")},
        {QStringLiteral("rows"), rows}, {QStringLiteral("rows_per_s"), rate}});
    return failed == 0 ? 0 : 1;
}
