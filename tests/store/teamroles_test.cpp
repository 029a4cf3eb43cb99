// Reviewers' parts and independent review, enforced by the server (migrations/postgresql/0009_team_roles.sql).
//
// On a server, each person connects as a database login of their own: the project's owner (an admin without a
// row), two reviewers, a curator and a stranger with no part. The test shows what each may do and, by raw SQL that
// goes round the app, that the server refuses the rest: a stranger sees nothing; a reviewer cannot add a document,
// change the codebook, promote themselves or write under someone else's name; in independent mode each reviewer's
// codings stay hidden from the others until they mark the document done, after which their own are closed; the
// curator writes the final decisions and reads every coding. On project files the same API says what a file is:
// one shared layer, everyone an admin, independent mode refused.

#include "documenttable.h"
#include "projectcodings.h"
#include "reviewteam.h"
#include "storetest.h"

#include <QSqlError>

using namespace Sourcelight;
using namespace Qt::StringLiterals;

namespace {

const QString Body = u"The port reopened on Monday. Officials said the cranes were repaired. Trade rose."_s;
const QString Password = u"team-secret"_s;

/// A statement on the store's own connection (as the login it opened with), going round the app.
bool run(ProjectStore &store, const QString &sql, QSqlError *error = nullptr)
{
    QSqlQuery query(StoreAccess::database(store));
    const bool ok = query.exec(sql);
    if (error) {
        *error = query.lastError();
    }
    return ok;
}

/// The first column of the first row sql gives on the store's connection; -1 when it fails.
qint64 number(ProjectStore &store, const QString &sql)
{
    QSqlQuery query(StoreAccess::database(store));
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TeamRolesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database; ///< the server project's database name
    Id m_document = 0;
    QList<Id> m_sentences;

    /// A store on the server project, connected as login.
    std::unique_ptr<ProjectStore> connectAs(const QString &login)
    {
        auto store = std::make_unique<ProjectStore>();
        if (!store->open(u"postgresql://%1:%2@/%3"_s.arg(login, Password, m_database))) {
            qWarning() << login << store->errorString();
            return nullptr;
        }
        if (!store->setReviewer(login)) {
            qWarning() << login << "setReviewer:" << store->errorString();
            return nullptr;
        }
        return store;
    }

    static bool admin(const QStringList &statements)
    {
        QSqlDatabase db = QSqlDatabase::database(u"test-server-admin"_s);
        QSqlQuery query(db);
        for (const QString &sql : statements) {
            if (!query.exec(sql)) {
                qWarning() << sql << query.lastError().text();
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestProjects::onServer()) {
            return;
        }
        // The database, made empty by the test server's superuser, then handed to the project's owner.
        const QString address = TestProjects::newServerProject(u"team roles"_s);
        QVERIFY(!address.isEmpty());
        m_database = address.mid(address.lastIndexOf(u'/') + 1);
        QStringList setup;
        for (const char *login : {"owner", "ana", "ben", "cora", "stranger"}) {
            setup << u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(QLatin1String(login), Password);
        }
        setup << u"ALTER DATABASE %1 OWNER TO owner"_s.arg(m_database);
        QVERIFY(admin(setup));

        auto owner = std::make_unique<ProjectStore>();
        QVERIFY2(owner->open(
                     u"postgresql://owner:%1@/%2"_s.arg(Password, m_database), ProjectStore::OpenMode::CreateIfMissing),
            qPrintable(owner->errorString()));
        QVERIFY(owner->setReviewer(u"Olga Owner"_s)); // the owner is an admin without a row: named by the app
        const std::optional<ReviewTeam::Session> session = ReviewTeam::session(*owner);
        QVERIFY(session);
        QVERIFY(session->role == ReviewTeam::Role::Admin);
        QVERIFY(ReviewTeam::setMember(*owner, u"ana"_s, u"Ana"_s, ReviewTeam::Role::Reviewer));
        QVERIFY(ReviewTeam::setMember(*owner, u"ben"_s, u"Ben"_s, ReviewTeam::Role::Reviewer));
        QVERIFY(ReviewTeam::setMember(*owner, u"cora"_s, u"Cora"_s, ReviewTeam::Role::Curator));
        QVERIFY(!ReviewTeam::setMember(*owner, u"nobody"_s, {}, ReviewTeam::Role::Reviewer));
        QVERIFY2(owner->errorString().contains(u"no database role “nobody”"_s), qPrintable(owner->errorString()));

        DocumentRecord document;
        document.metadata.title = u"Port"_s;
        document.body = Body;
        const qsizetype s2 = Body.indexOf(u"Officials"_s);
        const qsizetype s3 = Body.indexOf(u"Trade"_s);
        const std::optional<Id> id
            = owner->documents().addDocument(document, {{0, s2 - 1}, {s2, s3 - 1}, {s3, Body.size()}}, &m_sentences);
        QVERIFY2(id, qPrintable(owner->errorString()));
        m_document = *id;
    }

    void aStrangerSeesNothing()
    {
        if (!TestProjects::onServer()) {
            QSKIP("a project file has no logins: whoever opens it reviews it");
        }
        // The store turns the login away with the reason …
        ProjectStore store;
        QVERIFY(!store.open(u"postgresql://stranger:%1@/%2"_s.arg(Password, m_database)));
        QVERIFY2(store.errorString().contains(u"“stranger” has no part"_s), qPrintable(store.errorString()));
        // … and a plain connection, going round it, finds nothing to read and may write nothing.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"stranger"_s);
            db.setDatabaseName(m_database);
            db.setUserName(u"stranger"_s);
            db.setPassword(Password);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            for (const char *table : {"documents", "sentences", "attributions", "claims", "history"}) {
                QVERIFY(query.exec(u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table))) && query.next());
                QCOMPARE(query.value(0).toInt(), 0);
            }
            QVERIFY(!query.exec(u"INSERT INTO tags (name) VALUES ('mine')"_s));
            QCOMPARE(query.lastError().nativeErrorCode(), u"42501"_s); // insufficient privilege: row-level security
            QVERIFY(!query.exec(u"UPDATE sourcelight_schema SET version = 1"_s));
            QCOMPARE(query.lastError().nativeErrorCode(), u"42501"_s);
        }
        QSqlDatabase::removeDatabase(u"stranger"_s);
    }

    void aReviewerDecidesButDoesNotManage()
    {
        if (!TestProjects::onServer()) {
            QSKIP("rights are the server's");
        }
        auto ana = connectAs(u"ana"_s);
        QVERIFY(ana);
        QCOMPARE(ana->reviewerName(), u"Ana"_s); // the login's row, not the name the app passed
        const std::optional<ReviewTeam::Session> session = ReviewTeam::session(*ana);
        QVERIFY(session);
        QVERIFY(session->role == ReviewTeam::Role::Reviewer);
        QVERIFY(session->mode == ReviewTeam::Mode::Shared);

        // What a reviewer may do: decide, under her own name.
        ClaimRecord claim;
        claim.sentenceId = m_sentences.at(0);
        const std::optional<Id> claimId = ana->claims().addClaim(claim);
        QVERIFY2(claimId, qPrintable(ana->errorString()));
        QVERIFY(ana->claims().setVerdict(*claimId, Verdict::Supported));
        // Under someone else's name: the server writes hers.
        const qint64 ben = number(*ana, u"SELECT id FROM reviewers WHERE login = 'ben'"_s);
        QVERIFY(ben > 0);
        QVERIFY(
            run(*ana, u"UPDATE claims SET reviewer_id = %1, note = 'as Ben' WHERE id = %2"_s.arg(ben).arg(*claimId)));
        QCOMPARE(number(*ana, u"SELECT reviewer_id FROM claims WHERE id = %1"_s.arg(*claimId)), *ana->reviewerId());

        // What she may not: documents, the codebook, the team, the mode, someone else's "done".
        DocumentRecord document;
        document.metadata.title = u"Hers"_s;
        document.body = u"A sentence of her own."_s;
        QVERIFY(!ana->documents().addDocument(document, {{0, document.body.size()}}));
        QCOMPARE(ana->error(), ProjectStore::Error::ReadOnly);
        QVERIFY(!ana->codebook().addTag({0, u"hers"_s, {}, {}, {}}));
        QCOMPARE(ana->error(), ProjectStore::Error::ReadOnly);
        QVERIFY(!ReviewTeam::setMember(*ana, u"ana"_s, u"Ana"_s, ReviewTeam::Role::Admin));
        QVERIFY(!ReviewTeam::setMode(*ana, ReviewTeam::Mode::Independent));
        QSqlError error;
        QVERIFY(run(*ana, u"UPDATE reviewers SET role = 'admin' WHERE login = 'ana'"_s));
        QCOMPARE(number(*ana, u"SELECT count(*) FROM reviewers WHERE role = 'admin'"_s), 0);
        QVERIFY(run(*ana, u"DELETE FROM documents"_s));
        QCOMPARE(number(*ana, u"SELECT count(*) FROM documents"_s), 1);
        QVERIFY(!run(*ana, u"INSERT INTO document_reviews VALUES (%1, %2, 'now')"_s.arg(m_document).arg(ben), &error));
        QCOMPARE(error.nativeErrorCode(), u"42501"_s);
        QVERIFY(run(*ana, u"UPDATE project_settings SET value = 'independent'"_s)); // no row she may change
        QVERIFY(ReviewTeam::mode(*ana) == ReviewTeam::Mode::Shared);
    }

    void independentCodingsStayApart()
    {
        if (!TestProjects::onServer()) {
            QSKIP("independent review needs a server");
        }
        auto owner = connectAs(u"owner"_s);
        QVERIFY(owner);
        QVERIFY2(ReviewTeam::setMode(*owner, ReviewTeam::Mode::Independent), qPrintable(owner->errorString()));
        auto ana = connectAs(u"ana"_s);
        auto ben = connectAs(u"ben"_s);
        auto cora = connectAs(u"cora"_s);
        QVERIFY(ana && ben && cora);
        QVERIFY(ReviewTeam::session(*ana)->codesAlone());
        QVERIFY(!ReviewTeam::session(*cora)->codesAlone());

        // The shared decision made before the switch is now the final one: the curator's, not the reviewers'.
        const Id sentence = m_sentences.at(1);
        QCOMPARE(cora->claims().forSentence(m_sentences.at(0))->size(), 1);
        QCOMPARE(ana->claims().forSentence(m_sentences.at(0))->size(), 0);

        ClaimRecord claim;
        claim.sentenceId = sentence;
        const std::optional<Id> anas = ana->claims().addClaim(claim);
        const std::optional<Id> bens = ben->claims().addClaim(claim);
        QVERIFY2(anas && bens, qPrintable(ana->errorString() + ben->errorString()));
        QVERIFY(ana->claims().setVerdict(*anas, Verdict::Supported));
        QVERIFY(ben->claims().setVerdict(*bens, Verdict::Disputed));
        // Each reads their own coding only; the final layer has none.
        QCOMPARE(ana->claims().forSentence(sentence)->size(), 1);
        QVERIFY(ana->claims().forSentence(sentence)->first().verdict == Verdict::Supported);
        QVERIFY(ben->claims().forSentence(sentence)->first().verdict == Verdict::Disputed);
        QCOMPARE(cora->claims().forSentence(sentence)->size(), 0);
        QCOMPARE(owner->claims().forSentence(sentence)->size(), 0); // the rules bind the tables' owner too
        // Ben cannot touch Ana's coding, even by its id.
        QVERIFY(run(*ben, u"UPDATE claims SET verdict = 'false' WHERE id = %1"_s.arg(*anas)));
        QVERIFY(ana->claims().claim(*anas)->verdict == Verdict::Supported);

        // Asking for the others' codings before she is done shows Ana nothing more; the curator sees both.
        const QString codings = u"SELECT count(*) FROM claims WHERE sentence_id = %1"_s.arg(sentence);
        QVERIFY(run(*ana, u"SET sourcelight.codings = on"_s));
        QCOMPARE(number(*ana, codings), 1);
        QVERIFY(run(*cora, u"SET sourcelight.codings = on"_s));
        QCOMPARE(number(*cora, codings), 2);

        // Done: she reads Ben's coding, and can no longer change hers.
        QVERIFY2(ReviewTeam::markDone(*ana, m_document), qPrintable(ana->errorString()));
        QCOMPARE(ReviewTeam::doneBy(*ana, m_document).value_or(QList<Id> {}), QList<Id> {*ana->reviewerId()});
        QCOMPARE(number(*ana, codings), 2);
        QVERIFY(!ana->claims().setVerdict(*anas, Verdict::False));
        QVERIFY(cora->claims().claim(*anas)->verdict == Verdict::Supported);
        // Reopened by the curator, she codes again.
        QVERIFY(ReviewTeam::reopen(*cora, m_document, *ana->reviewerId()));
        QVERIFY2(ana->claims().setVerdict(*anas, Verdict::False), qPrintable(ana->errorString()));

        // Agreement reads the codings the reader may see: the curator both reviewers' verdicts on the sentence.
        const std::optional<QList<ProjectCodings::Field>> fields = ProjectCodings::read(*cora, m_document);
        QVERIFY2(fields, qPrintable(cora->errorString()));
        const auto verdicts = std::find_if(
            fields->cbegin(), fields->cend(), [](const ProjectCodings::Field &f) { return f.field == u"verdict"_s; });
        QVERIFY(verdicts != fields->cend());
        QCOMPARE(verdicts->data.coders, (QStringList {u"Ana"_s, u"Ben"_s}));
        const qsizetype unit = verdicts->data.units.indexOf(u"d%1s1"_s.arg(m_document));
        QVERIFY(unit >= 0);
        QCOMPARE(verdicts->data.values.at(unit), (QList<std::optional<QString>> {u"false"_s, u"disputed"_s}));
        const AgreementReport report = AgreementReport::nominal(verdicts->data);
        QCOMPARE(report.pairs.size(), 1);
        QCOMPARE(report.pairs.first().percent, 0.0);
        // Ben, not done, reads only his own: Ana's coding is not even there as a coder.
        const std::optional<QList<ProjectCodings::Field>> benFields = ProjectCodings::read(*ben, m_document);
        QVERIFY(benFields);
        QVERIFY(!benFields->isEmpty());
        QCOMPARE(benFields->first().data.coders, QStringList {u"Ben"_s});

        // The curator writes the final decision; a reviewer cannot write into the final layer.
        const std::optional<Id> final = cora->claims().addClaim(claim);
        QVERIFY(final);
        QVERIFY(run(*cora, u"SET sourcelight.codings = off"_s));
        QCOMPARE(cora->claims().forSentence(sentence)->size(), 1);
        // A row she writes with no coder lands in her own layer: the server sets the coder.
        QVERIFY(run(*ana,
            u"INSERT INTO claims (sentence_id, created_at, updated_at, coder_id) VALUES (%1, 'now', "
            "'now', NULL)"_s.arg(sentence)));
        QCOMPARE(number(*cora, u"SELECT count(*) FROM claims WHERE sentence_id = %1"_s.arg(sentence)), 1);
        QCOMPARE(number(*ana,
                     u"SELECT count(*) FROM claims WHERE sentence_id = %1 AND coder_id = %2"_s.arg(sentence).arg(
                         *ana->reviewerId())),
            2);
        QSqlError error;
        // Splitting sentences is the curator's now, not a reviewer's.
        QVERIFY(!run(*ana, u"UPDATE sentences SET end_offset = end_offset WHERE id = %1"_s.arg(sentence), &error));
        QCOMPARE(error.nativeErrorCode(), u"42501"_s);
        QVERIFY(run(*cora, u"UPDATE sentences SET end_offset = end_offset WHERE id = %1"_s.arg(sentence)));
    }

    // The rules' own functions and triggers cannot be pointed at tables of the caller's making: a temporary table
    // of the same name comes first in a session's search path unless the function says otherwise.
    void temporaryTablesDoNotFoolTheRules()
    {
        if (!TestProjects::onServer()) {
            QSKIP("rights are the server's");
        }
        auto ben = connectAs(u"ben"_s);
        auto ana = connectAs(u"ana"_s);
        QVERIFY(ben && ana);
        const qint64 anaId = *ana->reviewerId();
        // Ben poses as an admin through a reviewers table of his own, then tries to make it stick.
        QVERIFY(run(*ben, u"CREATE TEMP TABLE reviewers (id BIGINT, login TEXT, role TEXT)"_s));
        QVERIFY(run(*ben, u"INSERT INTO reviewers VALUES (%1, current_user, 'admin')"_s.arg(anaId)));
        QVERIFY(run(*ben, u"GRANT SELECT ON pg_temp.reviewers TO PUBLIC"_s));
        QCOMPARE(number(*ben, u"SELECT CASE sourcelight_role() WHEN 'reviewer' THEN 1 ELSE 0 END"_s), 1);
        QCOMPARE(number(*ben, u"SELECT sourcelight_me()"_s), qint64(*ben->reviewerId()));
        QVERIFY(run(*ben, u"UPDATE public.reviewers SET role = 'admin' WHERE login = current_user"_s));
        QCOMPARE(number(*ben, u"SELECT count(*) FROM public.reviewers WHERE role = 'admin'"_s), 0);
        // He fakes "done" marks to read Ana's codings.
        QVERIFY(run(*ben,
            u"CREATE TEMP TABLE document_reviews AS SELECT id AS document_id, "
            "sourcelight_me() AS reviewer_id FROM public.documents"_s));
        QVERIFY(run(*ben, u"GRANT SELECT ON pg_temp.document_reviews TO PUBLIC"_s));
        QVERIFY(run(*ben, u"SET sourcelight.codings = on"_s));
        QCOMPARE(number(*ben, u"SELECT count(*) FROM public.claims WHERE coder_id = %1"_s.arg(anaId)), 0);
        // He cannot delete the evidence and tags of other layers through a claims table of his own.
        QVERIFY(run(*ben, u"CREATE TEMP TABLE claims (id BIGINT, coder_id BIGINT, sentence_id BIGINT)"_s));
        QVERIFY(run(
            *ben, u"INSERT INTO claims SELECT id, sourcelight_me(), %1 FROM public.claims"_s.arg(m_sentences.at(2))));
        QVERIFY(run(*ben, u"GRANT SELECT ON pg_temp.claims TO PUBLIC"_s));
        auto owner = connectAs(u"owner"_s);
        QVERIFY(owner && owner->codebook().addTag({0, u"timeline"_s, {}, {}, {}}));
        QVERIFY(run(*ana,
            u"INSERT INTO claim_tags (claim_id, tag_id) SELECT c.id, t.id FROM claims c, tags t "
            "WHERE c.coder_id = sourcelight_me() LIMIT 1"_s));
        const qint64 tagsBefore = number(*ana, u"SELECT count(*) FROM claim_tags"_s);
        QCOMPARE(tagsBefore, 1);
        QVERIFY(run(*ben, u"DELETE FROM public.claim_tags"_s));
        QCOMPARE(number(*ana, u"SELECT count(*) FROM claim_tags"_s), tagsBefore);
        // Nor see another layer's words in the search index.
        QCOMPARE(
            number(*ben,
                u"SELECT count(*) FROM claim_fts f WHERE NOT EXISTS (SELECT 1 FROM public.claims c WHERE c.id = f.id)"_s),
            0);
    }

    void aFileIsOneSharedLayer()
    {
        if (TestProjects::onServer()) {
            QSKIP("the file behaviour");
        }
        ProjectStore store;
        QVERIFY(store.open(m_dir.filePath(u"solo.sourcelight"_s), ProjectStore::OpenMode::CreateIfMissing));
        QVERIFY(store.setReviewer(u"Ana"_s));
        const std::optional<ReviewTeam::Session> session = ReviewTeam::session(store);
        QVERIFY(session);
        QVERIFY(session->role == ReviewTeam::Role::Admin);
        QVERIFY(session->mode == ReviewTeam::Mode::Shared);
        QVERIFY(!ReviewTeam::setMode(store, ReviewTeam::Mode::Independent));
        QVERIFY(store.errorString().contains(u"needs a team project on a server"_s));
        QVERIFY(ReviewTeam::mode(store) == ReviewTeam::Mode::Shared);
        // Naming a team member in a file records the mapping (it travels with a publish) and nothing more.
        QVERIFY(ReviewTeam::setMember(store, u"ana"_s, u"Ana"_s, ReviewTeam::Role::Curator));
        const std::optional<QList<ReviewTeam::Member>> team = ReviewTeam::members(store);
        QVERIFY(team);
        QCOMPARE(team->size(), 1); // the reviewer called Ana got the login, not a second row
        QCOMPARE(team->first().login, u"ana"_s);
        QVERIFY(team->first().role == ReviewTeam::Role::Curator);
    }
};

QTEST_GUILESS_MAIN(TeamRolesTest)
#include "teamroles_test.moc"
