// A team project on a PostgreSQL server through the command line, as an analyst or a script uses it: the same
// articles imported into a project file and into a server project export the same JSON (the engines store, order
// and count alike); a project file with an analyst's whole range of work, published to the server, exports as it
// did; and what goes wrong with an address is said plainly. Needs the test server: it runs as
// app_serverproject_test_postgresql (tests/testprojects.h) and skips otherwise.

#include "../reports/reportfixture.h"
#include "../testprojects.h"
#include "cliprocess.h"
#include "projectstore.h"
#include "reviewteam.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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
