// What the server's row-level security (migrations/postgresql/0009_team_roles.sql) costs the queries a window runs:
// one project of 10,000 documents, 500,000 sentences and 250,000 claims, the same statements timed as the project's
// superuser (exempt from the policies) and as a reviewer, in shared and in independent mode. Prints one JSON line
// per statement and mode with the median of 7 runs for each login and the ratio; exits 1 when a statement fails.
// Runs under pg_virtualenv (`make bench`).

#include "projectstore.h"
#include "reviewteam.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

using namespace Sourcelight;

namespace {

const QString Password = QStringLiteral("bench");

bool run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        QTextStream(stderr) << sql << ": " << query.lastError().text() << '\n';
        return false;
    }
    return true;
}

/// Median milliseconds of 7 runs of sql on db (after one warm-up), reading every row; -1 when it fails.
double median(const QSqlDatabase &db, const QString &sql)
{
    QList<double> times;
    for (int i = 0; i < 8; ++i) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        QElapsedTimer timer;
        timer.start();
        if (!query.exec(sql)) {
            QTextStream(stderr) << sql << ": " << query.lastError().text() << '\n';
            return -1;
        }
        while (query.next()) { }
        if (i > 0) {
            times.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

QSqlDatabase connect(const QString &name, const QString &user)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setDatabaseName(QStringLiteral("rights"));
    if (!user.isEmpty()) {
        db.setUserName(user);
        db.setPassword(Password);
    }
    db.open();
    return db;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    {
        QSqlDatabase admin = connect(QStringLiteral("setup"), {});
        admin.setDatabaseName(QStringLiteral("postgres"));
        admin.close();
        if (!admin.open() || !run(admin, QStringLiteral("CREATE DATABASE rights"))
            || !run(admin, QStringLiteral("CREATE ROLE ana LOGIN PASSWORD '%1'").arg(Password))) {
            return 1;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));
    {
        ProjectStore store;
        if (!store.open(QStringLiteral("postgresql:///rights"), ProjectStore::OpenMode::CreateIfMissing)
            || !ReviewTeam::setMember(
                store, QStringLiteral("ana"), QStringLiteral("Ana"), ReviewTeam::Role::Reviewer)) {
            QTextStream(stderr) << store.errorString() << '\n';
            return 1;
        }
    }
    QSqlDatabase owner = connect(QStringLiteral("owner"), {});
    const QStringList fill = {
        QStringLiteral("INSERT INTO documents (id, title, body, content_hash, imported_at) SELECT g, 'Doc ' || g, "
                       "repeat('Word ', 200), md5(g::text), '2026-01-01' FROM generate_series(1, 10000) g"),
        QStringLiteral("INSERT INTO sentences (id, document_id, ordinal, start_offset, end_offset) SELECT (d - 1) * 50 "
                       "+ o + 1, d, o, o * 20, o * 20 + 19 FROM generate_series(1, 10000) d, generate_series(0, 49) o"),
        QStringLiteral("INSERT INTO sources (id, name, kind, created_at) SELECT g, 'Source ' || g, 'person', "
                       "'2026-01-01' FROM generate_series(1, 500) g"),
        QStringLiteral("INSERT INTO attributions (id, sentence_id, origin, scope, created_at, updated_at) SELECT id, "
                       "id, 'suggested', 'explicit', '2026-01-01', '2026-01-01' FROM sentences"),
        QStringLiteral("INSERT INTO attribution_hops (attribution_id, position, source_id) SELECT id, 0, 1 + id % 500 "
                       "FROM attributions"),
        QStringLiteral("INSERT INTO claims (sentence_id, verdict, claim_type, created_at, updated_at) SELECT id, "
                       "(ARRAY['unverified', 'supported', 'disputed', 'false'])[1 + id % 4], 'fact', '2026-01-01', "
                       "'2026-01-01' FROM sentences WHERE id % 2 = 0"),
        QStringLiteral("ANALYZE"),
    };
    for (const QString &sql : fill) {
        if (!run(owner, sql)) {
            return 1;
        }
    }
    QSqlDatabase reviewer = connect(QStringLiteral("ana"), QStringLiteral("ana"));
    const QList<QPair<QString, QString>> statements = {
        {QStringLiteral("claims filter, first page"),
            QStringLiteral("SELECT c.id, c.verdict FROM claims c JOIN sentences s ON s.id = c.sentence_id WHERE "
                           "c.verdict = 'disputed' ORDER BY s.document_id, s.ordinal LIMIT 200")},
        {QStringLiteral("claims count by verdict"),
            QStringLiteral("SELECT verdict, count(*) FROM claims GROUP BY verdict")},
        {QStringLiteral("document's sentences"),
            QStringLiteral("SELECT s.id, s.ordinal FROM sentences s WHERE s.document_id = 5000 ORDER BY s.ordinal")},
        {QStringLiteral("document's attributions and hops"),
            QStringLiteral("SELECT a.id, h.source_id FROM attributions a JOIN sentences s ON s.id = a.sentence_id "
                           "JOIN attribution_hops h ON h.attribution_id = a.id WHERE s.document_id = 5000")},
        {QStringLiteral("sentences per source"),
            QStringLiteral("SELECT source_id, count(*) FROM sentence_sources GROUP BY source_id")},
    };
    int failures = 0;
    for (const char *mode : {"shared", "independent"}) {
        if (!run(owner,
                QStringLiteral("UPDATE project_settings SET value = '%1' WHERE key = 'review_mode'")
                    .arg(QLatin1String(mode)))) {
            return 1;
        }
        for (const auto &[name, sql] : statements) {
            const double exempt = median(owner, sql);
            const double policed = median(reviewer, sql);
            failures += exempt < 0 || policed < 0;
            QTextStream(stdout) << QJsonDocument(
                QJsonObject {{QStringLiteral("bench"), QStringLiteral("teamrights")},
                    {QStringLiteral("mode"), QLatin1String(mode)}, {QStringLiteral("statement"), name},
                    {QStringLiteral("superuser_ms"), exempt}, {QStringLiteral("reviewer_ms"), policed},
                    {QStringLiteral("ratio"), exempt > 0 ? policed / exempt : 0.0}})
                                       .toJson(QJsonDocument::Compact)
                                << '\n';
        }
    }
    return failures > 0 ? 1 : 0;
}
