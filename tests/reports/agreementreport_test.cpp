// The agreement section of the reports: two reviewers code one article independently on a team project (each a
// database login, through the window's own layer), mark it done, and the curator's HTML and Markdown reports say how
// far they agree — over the report and in the document's section, with Krippendorff's α worked out by hand below.
// With every reviewer's decisions asked for, the CSV and JSON exports carry them. A reviewer who may not read the
// other's codings yet, and a project reviewed in shared mode, get no such section: agreement with nobody is not shown
// as a figure.
#include "../models/itemmodels_fixture.h"
#include "csvreportwriter.h"
#include "htmlreportwriter.h"
#include "jsonreportwriter.h"
#include "markdownreportwriter.h"
#include "pdfreportwriter.h"
#include "reportbuilder.h"
#include "reportoptions.h"
#include "reviewteam.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Sourcelight;
using namespace Qt::StringLiterals;

namespace {

const QString Password = u"agreement-report"_s;

std::optional<ReportData> reportOf(Project &project, Id document)
{
    ReportBuilder builder(project.store());
    ReportRequest request;
    request.scope.documentIds = {document};
    request.agreement = true; // as for HTML, PDF and Markdown
    std::optional<ReportData> data = builder.build(request);
    if (!data) {
        qWarning() << builder.errorString();
    }
    return data;
}

QString htmlOf(const ReportData &data)
{
    HtmlReportWriter writer;
    return writer.html(data, ReportOptions {}, HtmlReportWriter::Target::Browser);
}

} // namespace

class AgreementReportTest : public Fixture::ShownArticleTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (TestProjects::onServer()) {
            QVERIFY(!TestProjects::newServerProject(u"logins"_s).isEmpty());
            QVERIFY(TestProjects::createLogins({u"ana"_s, u"ben"_s, u"cora"_s}, Password));
        }
    }

    void init() { QVERIFY(createProject()); }
    void cleanup() { m_project.reset(); }

    /// Shared review (every project file): one decision per sentence, nothing to compare.
    void sharedReviewHasNoAgreement()
    {
        m_project->setVerdict(m_sentences[0], Verdict::False);
        const std::optional<ReportData> data = reportOf(*m_project, m_document);
        QVERIFY(data);
        QVERIFY(data->agreement.isEmpty());
        const QString html = htmlOf(*data);
        QVERIFY(!html.contains(u"Agreement between reviewers"_s));
    }

    void curatorsReportSaysHowFarReviewersAgree()
    {
        if (!TestProjects::onServer()) {
            QSKIP("independent review needs a server");
        }
        ProjectStore &owner = m_project->store();
        QVERIFY(ReviewTeam::setMember(owner, u"ana"_s, u"Ana"_s, ReviewTeam::Role::Reviewer));
        QVERIFY(ReviewTeam::setMember(owner, u"ben"_s, u"Ben"_s, ReviewTeam::Role::Reviewer));
        QVERIFY(ReviewTeam::setMember(owner, u"cora"_s, u"Cora"_s, ReviewTeam::Role::Curator));
        QVERIFY(ReviewTeam::setMode(owner, ReviewTeam::Mode::Independent));
        auto ana = Fixture::openShowing(TestProjects::asLogin(m_path, u"ana"_s, Password), m_document);
        auto ben = Fixture::openShowing(TestProjects::asLogin(m_path, u"ben"_s, Password), m_document);
        auto cora = Fixture::openShowing(TestProjects::asLogin(m_path, u"cora"_s, Password), m_document);
        QVERIFY(ana && ben && cora);

        // Verdicts: agreed on sentences 1 and 3, not on 2.
        ana->setVerdict(m_sentences[0], Verdict::False);
        ben->setVerdict(m_sentences[0], Verdict::False);
        ana->setVerdict(m_sentences[1], Verdict::Supported);
        ben->setVerdict(m_sentences[1], Verdict::Disputed);
        ana->setVerdict(m_sentences[2], Verdict::Supported);
        ben->setVerdict(m_sentences[2], Verdict::Supported);
        QVERIFY(ana->markDocumentDone());

        // Ben is not done: he may not read Ana's codings, so his report compares him with nobody.
        std::optional<ReportData> data = reportOf(*ben, m_document);
        QVERIFY(data);
        // (Ana's done mark is readable to him; her codings are not, and must not count as suggestions she let stand.)
        for (const ReportAgreement &entry : std::as_const(data->agreement)) {
            QCOMPARE(entry.figures.coders, 1);
        }
        QVERIFY(!htmlOf(*data).contains(u"Agreement between reviewers"_s));

        QVERIFY(ben->markDocumentDone());
        data = reportOf(*cora, m_document);
        QVERIFY(data);
        const auto verdictOf = [&data](Id document) -> std::optional<AgreementReport> {
            for (const ReportAgreement &entry : std::as_const(data->agreement)) {
                if (entry.documentId == document && entry.field == u"verdict"_s) {
                    return entry.figures;
                }
            }
            return std::nullopt;
        };
        // Six values in three units: False ×2, Supported ×3, Disputed ×1; two disagreeing pairs (Supported–Disputed
        // both ways). α = 1 − (n − 1)·Σo_disagree / (n² − Σn_c²) = 1 − 5·2 / (36 − 14) = 0.5454…
        const std::optional<AgreementReport> overall = verdictOf(0);
        QVERIFY(overall);
        QCOMPARE(overall->coders, 2);
        QCOMPARE(overall->pairableUnits, 3);
        QVERIFY(overall->alpha);
        QVERIFY(qAbs(*overall->alpha - (1.0 - 10.0 / 22.0)) < 1e-9);
        const std::optional<AgreementReport> inDocument = verdictOf(m_document);
        QVERIFY(inDocument);
        QVERIFY(qAbs(*inDocument->alpha - *overall->alpha) < 1e-9); // the report holds one document

        const QString html = htmlOf(*data);
        const qsizetype section = html.indexOf(u"<section id=\"agreement\">"_s);
        QVERIFY2(section > 0, qPrintable(html.left(2000)));
        const QString overallPart = html.mid(section, html.indexOf(u"</section>"_s, section) - section);
        QVERIFY2(
            overallPart.contains(u"<td>Verdict</td><td>0.545</td><td>3</td><td>2</td>"_s), qPrintable(overallPart));
        QVERIFY2(overallPart.contains(u"Ana–Ben: 66.7 %"_s), qPrintable(overallPart));
        QVERIFY(overallPart.contains(u"Independent codings by Ana, Ben."_s));
        // The document's own table, inside its section.
        const qsizetype document = html.indexOf(u"id=\"document-%1\""_s.arg(m_document));
        QVERIFY(document > section);
        QVERIFY(html.indexOf(u"<h3>Agreement between reviewers</h3>"_s, document) > document);

        MarkdownReportWriter markdown;
        const QString md = markdown.markdown(*data, ReportOptions {});
        QVERIFY2(md.contains(u"## Agreement between reviewers"_s), qPrintable(md.left(2000)));
        QVERIFY(md.contains(u"### Agreement between reviewers"_s));
        QVERIFY2(
            md.contains(u"| Verdict | 0\\.545 | 3 | 2 |"_s), qPrintable(md.mid(md.indexOf(u"## Agreement"_s), 900)));

        // Exports with every reviewer's own decisions: the CSV's rows of each reviewer's claims, named in a last
        // column, and the JSON's codings, alike from the streamed (compact) and the indented writer.
        ReportBuilder builder(cora->store());
        ReportRequest request;
        request.scope.documentIds = {m_document};
        request.codings = true;
        const std::optional<ReportData> withCodings = builder.build(request);
        QVERIFY(withCodings);
        QCOMPARE(CsvReportWriter::columns(*withCodings).constLast(), u"coder"_s);
        QCOMPARE(CsvReportWriter::columns(*data).constLast(), u"updated_at"_s); // not asked: the public columns
        QStringList csvRows;
        for (const QStringList &row : CsvReportWriter::rows(*withCodings)) {
            csvRows << row.at(6) + u' ' + row.at(15) + u' ' + row.constLast(); // sentence, verdict, coder
        }
        csvRows.sort();
        QCOMPARE(csvRows,
            (QStringList {u"1 false Ana"_s, u"1 false Ben"_s, u"2 disputed Ben"_s, u"2 supported Ana"_s,
                u"3 supported Ana"_s, u"3 supported Ben"_s}));
        QJsonArray codingsOf[2];
        for (const bool indent : {false, true}) {
            QBuffer buffer;
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            ReportOptions options;
            options.indentJson = indent;
            JsonReportWriter json;
            QVERIFY(json.write(*withCodings, options, buffer));
            const QJsonObject exported
                = QJsonDocument::fromJson(buffer.data()).object().value(u"documents"_s).toArray().at(0).toObject();
            codingsOf[indent ? 1 : 0] = exported.value(u"codings"_s).toArray();
        }
        QCOMPARE(codingsOf[0], codingsOf[1]);
        QCOMPARE(codingsOf[0].size(), 2);
        for (const QJsonValue &coding : std::as_const(codingsOf[0])) {
            QVERIFY(coding.toObject().value(u"done"_s).toBool());
            QCOMPARE(coding.toObject().value(u"claims"_s).toArray().size(), 3);
        }
        if (const QString shots = qEnvironmentVariable("SOURCELIGHT_TEST_SHOTS"); !shots.isEmpty()) {
            QFile out(shots + u"/agreement-report.html"_s);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(html.toUtf8());
            QFile pdf(shots + u"/agreement-report.pdf"_s);
            QVERIFY(pdf.open(QIODevice::WriteOnly));
            PdfReportWriter pdfWriter;
            QVERIFY(pdfWriter.write(*data, ReportOptions {}, pdf));
        }
    }
};

QTEST_MAIN(AgreementReportTest)
#include "agreementreport_test.moc"
