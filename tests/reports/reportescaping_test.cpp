// Hostile article text (<script>, onerror=, javascript: URLs) must come out of the HTML and Markdown reports as
// inert text: no element, attribute or link of the attacker's survives.

#include "htmlreportwriter.h"
#include "markdownreportwriter.h"
#include "reportfixture.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>

using namespace Sourcelight;

class ReportEscapingTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void html();
    void markdownSource();
    void markdownRendered();

private:
    QTemporaryDir m_dir;
    ProjectStore m_store;
    ReportData m_data;
};

namespace {

const QString Script = QStringLiteral("<script>alert(1)</script>");
const QString Image = QStringLiteral("<img src=x onerror=alert(2)>");
const QString MarkdownLink = QStringLiteral("[click me](javascript:alert(3))");

} // namespace

void ReportEscapingTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(
        m_store.open(m_dir.filePath(QStringLiteral("hostile.sourcelight")), ProjectStore::OpenMode::CreateIfMissing));
    m_store.setReviewer(QStringLiteral("<i>Mallory</i>"));
    SourceRecord evil;
    evil.name = QStringLiteral("<b onmouseover=alert(5)>Evil</b> | *bold* `code`");
    evil.kind = SourceKind::Anonymous;
    evil.colour = QStringLiteral("red;background:url(https://evil.example/x.png)");
    const Id evilId = ReportFixture::must(m_store.sources().addSource(evil), m_store);
    TagRecord tag;
    tag.name = QStringLiteral("</td><script>alert(7)</script>");
    const Id tagId = ReportFixture::must(m_store.codebook().addTag(tag), m_store);

    DocumentMetadata m;
    m.title = QStringLiteral("</title><script>alert('title')</script>");
    m.outlet = QStringLiteral("\"><svg onload=alert(8)>");
    m.url = QStringLiteral("javascript:alert(4)");
    const ReportFixture::Article article = ReportFixture::addArticle(m_store, m,
        {QStringLiteral("Officials said ") + Script + QStringLiteral(" was found."),
            QStringLiteral("Then ") + Image + QStringLiteral(" appeared, sources said."),
            QStringLiteral("See ") + MarkdownLink + QStringLiteral(" and <a href=\"javascript:alert(9)\">this</a>."),
            QStringLiteral("# Not a heading\n\n<!-- comment --> &amp; &lt;b&gt; done.")});
    for (const Id sentence : article.sentenceIds) {
        AttributionRecord a;
        a.hops = {ReportFixture::hop(evilId, {}, true)};
        a.cueText = QStringLiteral("<u>said</u>");
        a.scope = AttributionScope::Explicit;
        a.reason = Image;
        a.origin = AttributionOrigin::Edited;
        ReportFixture::must(m_store.attributions().setHumanAttribution(sentence, a), m_store);
        ClaimRecord c;
        c.sentenceId = sentence;
        c.note = QStringLiteral("<iframe src=\"https://evil.example\"></iframe> ") + MarkdownLink;
        c.tagIds = {tagId};
        const Id claim = ReportFixture::must(m_store.claims().addClaim(c), m_store);
        EvidenceRecord e;
        e.claimId = claim;
        e.url = QStringLiteral("javascript:alert(6)");
        // The store refuses such a link as new evidence; one an older project already holds must still be escaped.
        ReportFixture::must(m_store.claims().addEvidence(e, ClaimTable::LinkOrigin::Stored), m_store);
    }
    m_data = ReportFixture::report(m_store);
}

void ReportEscapingTest::html()
{
    HtmlReportWriter writer;
    ReportOptions options;
    options.organisation = QStringLiteral("<script>org</script>");
    options.organisationUrl = QStringLiteral("javascript:alert(10)");
    const QString html = writer.html(m_data, options, HtmlReportWriter::Target::Browser);
    QVERIFY(!html.isEmpty());
    const auto none = [&html](const QString &pattern) {
        const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = re.match(html);
        if (match.hasMatch()) {
            qWarning("found %s near: %s", qPrintable(pattern),
                qPrintable(html.mid(qMax(0, int(match.capturedStart()) - 60), 160)));
        }
        return !match.hasMatch();
    };
    // No element of the attacker's, in any case.
    QVERIFY(none(QStringLiteral("<script")));
    QVERIFY(none(QStringLiteral("<img")));
    QVERIFY(none(QStringLiteral("<iframe")));
    QVERIFY(none(QStringLiteral("<svg onload")));
    QVERIFY(none(QStringLiteral("<b[ >]")));
    QVERIFY(none(QStringLiteral("<u>")));
    QVERIFY(none(QStringLiteral("<i>")));
    QVERIFY(none(QStringLiteral("<!--")));
    // No event handler attribute inside any tag, no javascript: link, no remote resource.
    // Attribute values are quoted and escaped; outside them no tag may carry an on… handler.
    static const QRegularExpression tag(QStringLiteral("<[a-zA-Z][^>]*>"));
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\""));
    static const QRegularExpression handler(
        QStringLiteral("\\son\\w+\\s*="), QRegularExpression::CaseInsensitiveOption);
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        QString element = it.next().captured();
        element.remove(quoted);
        QVERIFY2(!element.contains(handler), qPrintable(element));
        QVERIFY2(!element.contains(QRegularExpression(QStringLiteral("\\s(src|action|formaction)\\s*="))),
            qPrintable(element));
    }
    // Links go to an anchor in the report or to a web page, nowhere else.
    static const QRegularExpression href(QStringLiteral("\\shref=\"([^\"]*)\""));
    int webLinks = 0;
    for (auto it = href.globalMatch(html); it.hasNext();) {
        const QString target = it.next().captured(1);
        QVERIFY2(
            target.startsWith(QLatin1Char('#')) || target.startsWith(QLatin1String("https://")), qPrintable(target));
        webLinks += target.startsWith(QLatin1String("https://")) ? 1 : 0;
    }
    QCOMPARE(webLinks, 0);                        // every URL in this project is hostile
    QVERIFY(none(QStringLiteral("url\\((?!#)"))); // only the chart's own pattern masks
    QVERIFY(none(QStringLiteral("<link")));
    QVERIFY(none(QStringLiteral("@import")));
    // The text itself is there, escaped.
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(2)&gt;")));
    QVERIFY(html.contains(QStringLiteral("&lt;/title&gt;&lt;script&gt;alert(&#39;title&#39;)")));
    QVERIFY(html.contains(QStringLiteral("javascript:alert(4)"))); // shown as text
    QVERIFY(html.contains(QStringLiteral("&amp;amp; &amp;lt;b&amp;gt;")));
    // A source colour that is not #rrggbb never reaches the CSS.
    QVERIFY(!html.contains(QStringLiteral("evil.example/x.png")));
    QVERIFY(html.contains(QStringLiteral("Content-Security-Policy")));
    QVERIFY(html.contains(QStringLiteral("default-src 'none'")));
}

void ReportEscapingTest::markdownSource()
{
    MarkdownReportWriter writer;
    const QString md = writer.markdown(m_data, {});
    QVERIFY(!md.isEmpty());
    // Every '<' is escaped, or opens the destination of a link we made ("](<https://…>)").
    for (qsizetype i = md.indexOf(QLatin1Char('<')); i >= 0; i = md.indexOf(QLatin1Char('<'), i + 1)) {
        const bool escaped = i > 0 && md.at(i - 1) == QLatin1Char('\\');
        const bool ourLink = md.mid(i - 2, 2) == QLatin1String("](") && md.mid(i + 1, 8) == QLatin1String("https://");
        QVERIFY2(escaped || ourLink, qPrintable(md.mid(qMax<qsizetype>(0, i - 40), 100)));
    }
    QVERIFY(!md.contains(QStringLiteral("](javascript:")));
    QVERIFY(!md.contains(QStringLiteral("](<javascript:")));
    QVERIFY(!md.contains(QStringLiteral("\n# Not a heading")));
}

void ReportEscapingTest::markdownRendered()
{
    // What a Markdown renderer makes of it (Qt's md4c): the hostile text is text, and no link leads anywhere but
    // the web.
    MarkdownReportWriter writer;
    QTextDocument document;
    document.setMarkdown(writer.markdown(m_data, {}));
    const QString plain = document.toPlainText();
    QVERIFY2(plain.contains(Script), qPrintable(plain.left(2000)));
    QVERIFY(plain.contains(Image));
    QVERIFY(plain.contains(MarkdownLink));
    QVERIFY(plain.contains(QStringLiteral("# Not a heading")));
    int links = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor()) {
                ++links;
                QVERIFY2(format.anchorHref().startsWith(QLatin1String("https://"))
                        || format.anchorHref().startsWith(QLatin1String("http://")),
                    qPrintable(format.anchorHref()));
            }
        }
    }
    QCOMPARE(links, 0); // every URL in this project is hostile
}

QTEST_MAIN(ReportEscapingTest)
#include "reportescaping_test.moc"
