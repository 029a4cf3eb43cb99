// A team project on a PostgreSQL server through the command line, as an analyst or a script uses it: the same
// articles imported into a project file and into a server project export the same JSON (the engines store, order
// and count alike); a project file with an analyst's whole range of work, published to the server, exports as it
// did; and what goes wrong with an address is said plainly. Needs the test server: it runs as
// app_serverproject_test_postgresql (tests/testprojects.h) and skips otherwise.

#include "../reports/reportfixture.h"
#include "../testprojects.h"
#include "claimtable.h"
#include "cliprocess.h"
#include "documenttable.h"
#include "projectstore.h"
#include "reviewteam.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sourcelight;

namespace {

QStringList sampleArticles()
{
    const QDir samples(QStringLiteral(SOURCELIGHT_TEST_DATA "/../../resources/samples"));
    QStringList files;
    for (const QString &name : samples.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        files.append(samples.filePath(name));
    }
    return files;
}

// The export without the project's name (the file's base name, the database's name) and the moment of the export;
// for two projects made at different moments (not a copy of one), without any timestamp.
QByteArray comparable(const QByteArray &json, bool copy = false)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonObject project = root.value(QStringLiteral("project")).toObject();
    project.remove(QStringLiteral("name"));
    root.insert(QStringLiteral("project"), project);
    root.remove(QStringLiteral("exportedAt"));
    QString text = QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!copy) {
        static const QRegularExpression timestamp(QStringLiteral("\"\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z\""));
        text.replace(timestamp, QStringLiteral("\"(time)\""));
    }
    return text.toUtf8();
}

/// A team's backup: `export --format json --codings` of the project at location into path; the file's bytes, empty
/// when the export failed.
QByteArray backupOf(const QString &location, const QString &path)
{
    const Cli::Result exported = Cli::run({QStringLiteral("export"), QStringLiteral("--project"), location,
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--codings"), QStringLiteral("-o"), path});
    QFile file(path);
    return exported.exitCode == 0 && file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class ServerProjectTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QByteArray importAndExport(const QString &project)
    {
        const Cli::Result imported
            = Cli::run(QStringList {QStringLiteral("import"), QStringLiteral("--project"), project} + sampleArticles());
        if (imported.exitCode != 0) {
            qWarning() << imported.err;
            return {};
        }
        const QString output
            = m_dir.filePath(QStringLiteral("export-%1.json").arg(m_dir.path().size() + project.size()));
        const Cli::Result exported = Cli::run({QStringLiteral("export"), QStringLiteral("--project"), project,
            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), output});
        QFile file(output);
        if (exported.exitCode != 0 || !file.open(QIODevice::ReadOnly)) {
            qWarning() << exported.err;
            return {};
        }
        return file.readAll();
    }

private Q_SLOTS:
    void init()
    {
        if (!TestProjects::onServer()) {
            QSKIP("needs the PostgreSQL test server: runs as app_serverproject_test_postgresql");
        }
    }

    void exportIsTheSameFromEitherEngine()
    {
        const QByteArray fromFile = importAndExport(m_dir.filePath(QStringLiteral("file.sourcelight")));
        const QByteArray fromServer = importAndExport(TestProjects::newServerProject(QStringLiteral("server")));
        QVERIFY(!fromFile.isEmpty());
        QVERIFY(!fromServer.isEmpty());
        QVERIFY(fromFile.contains("\"claims\""));
        const QByteArray a = comparable(fromFile);
        const QByteArray b = comparable(fromServer);
        if (a != b) {
            const QList<QByteArray> left = a.split('\n');
            const QList<QByteArray> right = b.split('\n');
            for (qsizetype i = 0; i < qMin(left.size(), right.size()); ++i) {
                QCOMPARE(right.at(i), left.at(i)); // the first line that differs
            }
            QCOMPARE(right.size(), left.size());
        }
    }

    void publishedProjectIsTheSameOnTheServer()
    {
        const QString file = m_dir.filePath(QStringLiteral("casework.sourcelight"));
        {
            ProjectStore store;
            QVERIFY(ReportFixture::create(store, file));
        }
        const QString team = TestProjects::newServerProject(QStringLiteral("casework"));
        const Cli::Result published
            = Cli::run({QStringLiteral("publish"), QStringLiteral("--project"), file, QStringLiteral("--to"), team});
        QVERIFY2(published.exitCode == 0, published.out.constData());
        const QJsonObject line = QJsonDocument::fromJson(published.out).object();
        QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("published"));
        QCOMPARE(line.value(QStringLiteral("to")).toString(), team);
        QVERIFY(line.value(QStringLiteral("claims")).toInt() > 0);

        const auto exported = [](const QString &project) {
            const Cli::Result result = Cli::run({QStringLiteral("export"), QStringLiteral("--project"), project,
                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), QStringLiteral("-")});
            return result.exitCode == 0 ? comparable(result.out, true) : QByteArray();
        };
        const QByteArray before = exported(file);
        QVERIFY(!before.isEmpty());
        QVERIFY(before.contains("\"history\""));
        QCOMPARE(exported(team), before);

        // Once the server project holds documents, publishing again is refused and changes nothing.
        const Cli::Result again
            = Cli::run({QStringLiteral("publish"), QStringLiteral("--project"), file, QStringLiteral("--to"), team});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("status")).toString(),
            QStringLiteral("error"));
        QCOMPARE(exported(team), before);
        // A file is not a place to publish to.
        const Cli::Result notAServer = Cli::run({QStringLiteral("publish"), QStringLiteral("--project"), file,
            QStringLiteral("--to"), m_dir.filePath(QStringLiteral("other.sourcelight"))});
        QCOMPARE(notAServer.exitCode, 2);
        QVERIFY2(notAServer.err.contains(QStringLiteral("not a PostgreSQL address")), qPrintable(notAServer.err));
    }

    void statsNameTheProjectWithoutItsPassword()
    {
        const QString project = TestProjects::newServerProject(QStringLiteral("stats"));
        QCOMPARE(Cli::run({QStringLiteral("import"), QStringLiteral("--project"), project, sampleArticles().first()})
                     .exitCode,
            0);
        // A password in the address is used (the test server's own, from the environment) but never printed.
        const QString password = qEnvironmentVariable("PGPASSWORD");
        QVERIFY(!password.isEmpty());
        QString withPassword = project;
        withPassword.replace(QLatin1String("postgresql://"),
            QStringLiteral("postgresql://%1:%2@").arg(qEnvironmentVariable("PGUSER"), password));
        const Cli::Result stats = Cli::run({QStringLiteral("stats"), QStringLiteral("--project"), withPassword,
            QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
        QCOMPARE(QJsonDocument::fromJson(stats.out).object().value(QStringLiteral("documents")).toInt(), 1);
        QVERIFY(!stats.out.contains(password.toUtf8()));
        QVERIFY(!stats.err.contains(password));
    }

    /// Only a team project's admins import; a reviewer is told so before any file is read, also for an article
    /// the project already holds (which would otherwise answer "duplicate").
    void reviewerIsToldOnlyAdminsImport()
    {
        const QString project = TestProjects::newServerProject(QStringLiteral("importrights"));
        const QStringList articles = sampleArticles();
        QVERIFY(articles.size() >= 2);
        QCOMPARE(
            Cli::run({QStringLiteral("import"), QStringLiteral("--project"), project, articles.at(0)}).exitCode, 0);
        const QString password = QStringLiteral("rights-of-import");
        QVERIFY(TestProjects::createLogins({QStringLiteral("rita")}, password));
        {
            ProjectStore owner;
            QVERIFY(owner.open(project));
            QVERIFY(ReviewTeam::setMember(
                owner, QStringLiteral("rita"), QStringLiteral("Rita"), ReviewTeam::Role::Reviewer));
        }
        const QString asRita = TestProjects::asLogin(project, QStringLiteral("rita"), password);
        for (const QString &article : {articles.at(0), articles.at(1)}) {
            const Cli::Result refused
                = Cli::run({QStringLiteral("import"), QStringLiteral("--project"), asRita, article});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY(refused.out.isEmpty()); // no line per file: nothing was tried
            QVERIFY2(refused.err.contains(QLatin1String("only its admins may, and you are a reviewer there")),
                qPrintable(refused.err));
            QVERIFY(!refused.err.contains(password));
        }
        const Cli::Result stats = Cli::run({QStringLiteral("stats"), QStringLiteral("--project"), project,
            QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(stats.out).object().value(QStringLiteral("documents")).toInt(), 1);
    }

    // A team's backup (export --codings) put back into a new server project by its owner, an admin who is not a
    // superuser (row-level security binds them): the logins and parts, the review mode, every reviewer's codings and
    // who marked which document done come back, so that the backup exported again is the same file, and the
    // reviewers find their own work as they left it. Into a project file, the codings are left out and said so.
    void teamBackupRestoresTheTeam()
    {
        const QString password = QStringLiteral("team-backup");
        const QString team = TestProjects::newServerProject(QStringLiteral("team-backup"));
        QVERIFY(!team.isEmpty());
        QVERIFY(TestProjects::createLogins(
            {QStringLiteral("bkana"), QStringLiteral("bkben"), QStringLiteral("bkolga")}, password));
        QCOMPARE(
            Cli::run({QStringLiteral("import"), QStringLiteral("--project"), team, sampleArticles().first()}).exitCode,
            0);
        // Olga, the admin who keeps the backups (a login of her own: row-level security binds her, not a superuser).
        for (const auto &[login, name, role] : {std::tuple {"bkana", "Ana", "reviewer"},
                 std::tuple {"bkben", "Ben", "reviewer"}, std::tuple {"bkolga", "Olga", "admin"}}) {
            QCOMPARE(Cli::run({QStringLiteral("team"), QStringLiteral("--project"), team, QStringLiteral("--add"),
                                  QLatin1String(login), QStringLiteral("--name"), QLatin1String(name),
                                  QStringLiteral("--role"), QLatin1String(role)})
                         .exitCode,
                0);
        }
        QCOMPARE(Cli::run({QStringLiteral("team"), QStringLiteral("--project"), team, QStringLiteral("--mode"),
                              QStringLiteral("independent")})
                     .exitCode,
            0);
        // Ana and Ben code the same sentence apart; Ana marks the article done.
        Id document = 0;
        Id sentence = 0;
        for (const auto &[login, verdict] :
            {std::pair {"bkana", Verdict::Disputed}, std::pair {"bkben", Verdict::Supported}}) {
            ProjectStore store;
            QVERIFY(store.open(TestProjects::asLogin(team, QLatin1String(login), password)));
            QVERIFY(store.setReviewer(QStringLiteral("ignored: the login decides")));
            const std::optional<QList<DocumentSummary>> documents = store.documents().summaries();
            QVERIFY(documents && !documents->isEmpty());
            document = documents->first().id;
            const std::optional<QList<SentenceRecord>> sentences = store.documents().sentences(document);
            QVERIFY(sentences && sentences->size() > 2);
            sentence = sentences->at(2).id;
            ClaimRecord claim;
            claim.sentenceId = sentence;
            claim.verdict = verdict;
            claim.note = QStringLiteral("coded by %1").arg(QLatin1String(login));
            QVERIFY2(store.claims().addClaim(claim), qPrintable(store.errorString()));
        }
        {
            ProjectStore ana;
            QVERIFY(ana.open(TestProjects::asLogin(team, QStringLiteral("bkana"), password)));
            QVERIFY(ana.setReviewer(QStringLiteral("Ana")));
            QVERIFY2(ReviewTeam::markDone(ana, document), qPrintable(ana.errorString()));
        }
        const QString backup = m_dir.filePath(QStringLiteral("team-backup.json"));
        const QByteArray original = backupOf(TestProjects::asLogin(team, QStringLiteral("bkolga"), password), backup);
        QVERIFY(original.contains("\"login\":\"bkana\"") && original.contains("\"reviewMode\":\"independent\""));
        QVERIFY(original.contains("coded by bkben"));
        // The same export by a database superuser, whom row-level security does not bind, sees every reviewer's
        // codings and their history lines; its final decisions and history are still the shared layer's (none here),
        // not the codings mixed in.
        const QByteArray bySuperuser = backupOf(team, m_dir.filePath(QStringLiteral("team-backup-superuser.json")));
        QVERIFY(!bySuperuser.isEmpty());
        QCOMPARE(comparable(bySuperuser, true), comparable(original, true));

        // Olga owns a new, empty database; the first write (the restore) makes the project there, as hers.
        const QString copy = TestProjects::newServerProject(QStringLiteral("team-restored"));
        QVERIFY(!copy.isEmpty());
        {
            QSqlQuery own(QSqlDatabase::database(QStringLiteral("test-server-admin")));
            QVERIFY2(own.exec(QStringLiteral("ALTER DATABASE %1 OWNER TO bkolga").arg(copy.section(u'/', -1))),
                qPrintable(own.lastError().text()));
        }
        const QString asOlga = TestProjects::asLogin(copy, QStringLiteral("bkolga"), password);
        const Cli::Result restored = Cli::run({QStringLiteral("import"), QStringLiteral("--project"), asOlga, backup});
        QVERIFY2(restored.exitCode == 0, qPrintable(QString::fromUtf8(restored.out) + restored.err));
        QVERIFY2(restored.out.contains("\"message\":\"\""), restored.out.constData());
        const QByteArray again = backupOf(asOlga, m_dir.filePath(QStringLiteral("team-backup-again.json")));
        QVERIFY(!again.isEmpty());
        QCOMPARE(comparable(again, true), comparable(original, true));

        // Ana finds her coding and her done mark; Ben his, and his document still open to him.
        for (const auto &[login, verdict, done] :
            {std::tuple {"bkana", Verdict::Disputed, true}, std::tuple {"bkben", Verdict::Supported, false}}) {
            ProjectStore store;
            QVERIFY(store.open(TestProjects::asLogin(copy, QLatin1String(login), password)));
            QVERIFY(store.setReviewer(QStringLiteral("ignored")));
            const std::optional<ReviewTeam::Session> session = ReviewTeam::session(store);
            QVERIFY(session && session->codesAlone());
            const std::optional<QList<ClaimRecord>> claims = store.claims().forSentence(sentence);
            QVERIFY2(claims && claims->size() == 1, login); // their own only
            QVERIFY(claims->first().verdict == verdict);
            const std::optional<QList<Id>> doneBy = ReviewTeam::doneBy(store, document);
            QVERIFY(doneBy);
            QCOMPARE(doneBy->contains(*session->reviewerId), done);
        }

        // Into a project file: the final decisions go in; the codings are left out, and the result says so.
        const QString file = m_dir.filePath(QStringLiteral("team-backup.sourcelight"));
        const Cli::Result intoFile = Cli::run({QStringLiteral("import"), QStringLiteral("--project"), file, backup});
        QCOMPARE(intoFile.exitCode, 0);
        QVERIFY2(intoFile.out.contains("cannot hold independent review"), intoFile.out.constData());
    }

    void badAddressesAreSaidPlainly_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("message");
        QTest::newRow("no database named")
            << QStringLiteral("postgresql://localhost") << QStringLiteral("names no database");
        QTest::newRow("database missing")
            << QStringLiteral("postgresql:///no_such_database") << QStringLiteral("Cannot connect to the team project");
        QTest::newRow("unknown option") << QStringLiteral("postgresql:///postgres?sslmod=require")
                                        << QStringLiteral("does not know: “sslmod”");
        QTest::newRow("not a project") << QStringLiteral("postgresql:///postgres?application_name=probe")
                                       << QStringLiteral("is empty: it holds no Sourcelight project");
    }

    void badAddressesAreSaidPlainly()
    {
        QFETCH(QString, address);
        QFETCH(QString, message);
        const Cli::Result stats = Cli::run({QStringLiteral("stats"), QStringLiteral("--project"), address});
        QVERIFY(stats.exitCode != 0);
        QVERIFY2(stats.err.contains(message), qPrintable(stats.err));
    }
};

QTEST_GUILESS_MAIN(ServerProjectTest)
#include "serverproject_test.moc"
