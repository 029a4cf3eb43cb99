#pragma once

// A small, fixed project for the report tests: two articles (English with an emoji outside the BMP, Ukrainian),
// outlets, a named official with an affiliation, an anonymous group, a chain ("Kirby said, Reuters reported"),
// suggested and confirmed attributions, claims with every field, tags and evidence. The texts are our own.

#include "../acceptsuggestion.h"
#include "attributiontable.h"
#include "claimtable.h"
#include "codebook.h"
#include "documenttable.h"
#include "projectstore.h"
#include "reportbuilder.h"
#include "reportdata.h"
#include "sourcetable.h"

#include <QTemporaryDir>
#include <QTest>

namespace Sourcelight::ReportFixture {

inline const QDateTime FixedTime = QDateTime(QDate(2026, 3, 5), QTime(9, 30), QTimeZone::UTC);

struct Article
{
    Id id = 0;
    QString body;
    QList<Id> sentenceIds;
    QList<SentenceSpan> spans;
};

/// Splits body into the given sentences (each must occur in order) and stores it.
inline Article addArticle(ProjectStore &store, const DocumentMetadata &metadata, const QStringList &sentences,
    const QString &separator = QStringLiteral(" "))
{
    Article article;
    article.body = sentences.join(separator);
    qsizetype from = 0;
    for (const QString &s : sentences) {
        const qsizetype start = article.body.indexOf(s, from);
        article.spans.append({start, start + s.size()});
        from = start + s.size();
    }
    DocumentRecord record;
    record.metadata = metadata;
    record.body = article.body;
    record.sourceFile = QStringLiteral("/fixtures/") + metadata.title.left(12) + QStringLiteral(".md");
    record.encoding = QStringLiteral("UTF-8");
    const std::optional<Id> id = store.documents().addDocument(record, article.spans, &article.sentenceIds);
    if (!id) {
        qFatal("fixture: %s", qPrintable(store.errorString()));
    }
    article.id = *id;
    return article;
}

inline TextSpan spanOf(const Article &article, const QString &words, qsizetype from = 0)
{
    const qsizetype start = article.body.indexOf(words, from);
    Q_ASSERT(start >= 0);
    return {start, start + words.size()};
}

inline AttributionHop hop(Id source, const TextSpan &mention = {}, bool anonymous = false,
    SourceCount count = SourceCount::Unspecified, const QString &title = {}, bool onRecord = true)
{
    AttributionHop h;
    h.sourceId = source;
    h.mention = mention;
    h.anonymous = anonymous;
    h.count = count;
    h.title = title;
    h.onRecord = onRecord;
    return h;
}

inline Id must(const std::optional<Id> &id, ProjectStore &store)
{
    if (!id) {
        qFatal("fixture: %s", qPrintable(store.errorString()));
    }
    return *id;
}

/// Fills an empty, open store with the fixture project.
inline void populate(ProjectStore &store)
{
    must(store.setReviewer(QStringLiteral("Dana Analyst")), store);

    SourceRecord nsc;
    nsc.name = QStringLiteral("White House National Security Council");
    nsc.kind = SourceKind::OfficialBody;
    nsc.aliases = {QStringLiteral("NSC")};
    const Id nscId = must(store.sources().addSource(nsc), store);
    SourceRecord kirby;
    kirby.name = QStringLiteral("John Kirby");
    kirby.kind = SourceKind::Person;
    kirby.description = QStringLiteral("Spokesman, \"national security\" & communications");
    kirby.parentId = nscId;
    const Id kirbyId = must(store.sources().addSource(kirby), store);
    SourceRecord reuters;
    reuters.name = QStringLiteral("Reuters");
    reuters.kind = SourceKind::Outlet;
    reuters.colour = QStringLiteral("#ff8800");
    const Id reutersId = must(store.sources().addSource(reuters), store);
    SourceRecord officials;
    officials.name = QStringLiteral("US officials");
    officials.kind = SourceKind::Anonymous;
    const Id officialsId = must(store.sources().addSource(officials), store);
    SourceRecord bloomberg;
    bloomberg.name = QStringLiteral("Bloomberg");
    bloomberg.kind = SourceKind::Outlet;
    bloomberg.aliases = {QStringLiteral("Bloomberg News")};
    const Id bloombergId = must(store.sources().addSource(bloomberg), store);
    SourceRecord ministry;
    ministry.name = QStringLiteral("Міністерство оборони України");
    ministry.kind = SourceKind::OfficialBody;
    const Id ministryId = must(store.sources().addSource(ministry), store);

    TagRecord followUp;
    followUp.name = QStringLiteral("follow-up");
    followUp.colour = QStringLiteral("#cc79a7");
    followUp.shortcut = QStringLiteral("Ctrl+1");
    followUp.description = QStringLiteral("Ask the source again");
    const Id followUpId = must(store.codebook().addTag(followUp), store);
    TagRecord numbers;
    numbers.name = QStringLiteral("numbers");
    const Id numbersId = must(store.codebook().addTag(numbers), store);

    DocumentMetadata m1;
    m1.title = QStringLiteral("Escorts for grain ships to continue, officials say");
    m1.outlet = QStringLiteral("Example Wire");
    m1.author = QStringLiteral("Jane Reporter");
    m1.url = QStringLiteral("https://news.example.org/world/grain-escorts?id=7&lang=en");
    m1.published = QStringLiteral("2026-03-04T08:15:00Z");
    m1.language = Language::English;
    const Article a = addArticle(store, m1,
        {QStringLiteral("Three ships carrying grain left the port on Tuesday under naval escort."),
            QStringLiteral("The escorts will continue \u201cas long as they are needed,\u201d John Kirby, the White "
                           "House National Security Council spokesman, said, as quoted by Reuters."),
            QStringLiteral("Two US officials, speaking on condition of anonymity, said at least 14 vessels had been "
                           "inspected \U0001F6A2 since March."),
            QStringLiteral("Insurers raised premiums for the route by 30% last month, Bloomberg reported, citing "
                           "people familiar with the matter."),
            QStringLiteral("The arrangement remains fragile.")},
        QStringLiteral(" "));

    // Sentence 1: the outlet's own voice, suggested with no source.
    AttributionRecord author;
    author.scope = AttributionScope::Author;
    author.reason = QStringLiteral("no attribution cue");
    must(store.attributions().setSuggestion(a.sentenceIds.at(0), author), store);

    // Sentence 2: Kirby via Reuters, confirmed by the analyst.
    AttributionRecord chain;
    chain.hops = {hop(kirbyId, spanOf(a, QStringLiteral("John Kirby")), false, SourceCount::One,
                      QStringLiteral("White House National Security Council spokesman")),
        hop(reutersId, spanOf(a, QStringLiteral("Reuters")))};
    chain.cueText = QStringLiteral("said, as quoted by");
    chain.cue = spanOf(a, QStringLiteral("said, as quoted by"));
    chain.quote = QuoteType::Mixed;
    chain.scope = AttributionScope::Explicit;
    chain.confidence = 0.875;
    chain.reason = QStringLiteral("speech verb after a named person; conduit \"as quoted by\"");
    must(store.attributions().setSuggestion(a.sentenceIds.at(1), chain), store);
    must(TestSupport::acceptSuggestion(store, a.sentenceIds.at(1)), store);

    // Sentence 3: anonymous officials, edited by the analyst.
    AttributionRecord anonymous;
    anonymous.hops = {
        hop(officialsId, spanOf(a, QStringLiteral("Two US officials")), true, SourceCount::Several, QString(), false)};
    anonymous.cueText = QStringLiteral("said");
    anonymous.cue = spanOf(a, QStringLiteral("said at least"));
    anonymous.cue.end = anonymous.cue.start + 4;
    anonymous.quote = QuoteType::Indirect;
    anonymous.scope = AttributionScope::Explicit;
    anonymous.confidence = 0.5;
    anonymous.origin = AttributionOrigin::Edited;
    must(store.attributions().setHumanAttribution(a.sentenceIds.at(2), anonymous), store);

    // Sentence 4: Bloomberg, suggestion only.
    AttributionRecord outlet;
    outlet.hops = {hop(bloombergId, spanOf(a, QStringLiteral("Bloomberg")))};
    outlet.cueText = QStringLiteral("reported, citing");
    outlet.cue = spanOf(a, QStringLiteral("reported, citing"));
    outlet.quote = QuoteType::Indirect;
    outlet.scope = AttributionScope::Explicit;
    outlet.confidence = 0.75;
    outlet.reason = QStringLiteral("outlet + reporting verb");
    must(store.attributions().setSuggestion(a.sentenceIds.at(3), outlet), store);

    ClaimRecord c1;
    c1.sentenceId = a.sentenceIds.at(1);
    c1.type = ClaimType::Quote;
    c1.note = QStringLiteral("Matches the NSC briefing transcript; see <evidence> & notes.");
    c1.tagIds = {followUpId};
    const Id c1Id = must(store.claims().addClaim(c1), store);
    store.claims().setVerdict(c1Id, Verdict::Supported);
    store.claims().setConfidence(c1Id, 0.9);
    EvidenceRecord e1;
    e1.claimId = c1Id;
    e1.url = QStringLiteral("https://www.example.gov/briefing-room/2026/03/04");
    e1.note = QStringLiteral("official transcript");
    e1.retrievedAt = QStringLiteral("2026-03-04");
    must(store.claims().addEvidence(e1), store);

    ClaimRecord c2;
    c2.sentenceId = a.sentenceIds.at(2);
    c2.span = spanOf(a, QStringLiteral("at least 14 vessels had been inspected \U0001F6A2"));
    c2.type = ClaimType::Statistic;
    c2.note = QStringLiteral("Port authority lists 11 inspections.\nAsk for the log.");
    c2.tagIds = {followUpId, numbersId};
    const Id c2Id = must(store.claims().addClaim(c2), store);
    store.claims().setVerdict(c2Id, Verdict::Disputed);

    ClaimRecord c3;
    c3.sentenceId = a.sentenceIds.at(3);
    c3.type = ClaimType::Statistic;
    const Id c3Id = must(store.claims().addClaim(c3), store);
    store.claims().setVerdict(c3Id, Verdict::Misleading);
    store.claims().setNote(c3Id, QStringLiteral("The rise was 30% for one insurer, \"about 10%\" on average."));

    ClaimRecord c4;
    c4.sentenceId = a.sentenceIds.at(4);
    c4.type = ClaimType::Opinion;
    must(store.claims().addClaim(c4), store);

    DocumentMetadata m2;
    m2.title = QStringLiteral("Удари тривали всю ніч");
    m2.outlet = QStringLiteral("Приклад");
    m2.url = QStringLiteral("javascript:alert(1)");
    m2.published = QStringLiteral("2026-03-02");
    m2.language = Language::Ukrainian;
    const Article b = addArticle(store, m2,
        {QStringLiteral("Удари тривали всю ніч, заявило Міністерство оборони України."),
            QStringLiteral("За його даними, збито 12 дронів.")},
        QStringLiteral("\n\n"));
    AttributionRecord ministryAttribution;
    ministryAttribution.hops = {hop(ministryId, spanOf(b, QStringLiteral("Міністерство оборони України")))};
    ministryAttribution.cueText = QStringLiteral("заявило");
    ministryAttribution.cue = spanOf(b, QStringLiteral("заявило"));
    ministryAttribution.quote = QuoteType::Indirect;
    ministryAttribution.scope = AttributionScope::Explicit;
    ministryAttribution.confidence = 0.8;
    must(store.attributions().setSuggestion(b.sentenceIds.at(0), ministryAttribution), store);
    must(TestSupport::acceptSuggestion(store, b.sentenceIds.at(0)), store);
    AttributionRecord carried = ministryAttribution;
    carried.hops = {hop(ministryId)};
    carried.cueText = QStringLiteral("За його даними");
    carried.cue = spanOf(b, QStringLiteral("За його даними"));
    carried.scope = AttributionScope::Carried;
    must(store.attributions().setSuggestion(b.sentenceIds.at(1), carried), store);
    ClaimRecord c5;
    c5.sentenceId = b.sentenceIds.at(1);
    c5.type = ClaimType::Statistic;
    const Id c5Id = must(store.claims().addClaim(c5), store);
    store.claims().setVerdict(c5Id, Verdict::False);
}

/// Creates the fixture project at path, populated, and leaves store open on it; says why when it cannot.
inline bool create(ProjectStore &store, const QString &path)
{
    if (!store.open(path, ProjectStore::OpenMode::CreateIfMissing)) {
        qWarning() << "cannot create the fixture project:" << store.errorString();
        return false;
    }
    populate(store);
    return true;
}

/// Every time in data set to a fixed instant (plus a second per id, so order stays visible), for golden files.
inline void freezeTimes(ReportData &data)
{
    const auto at = [](Id id) { return FixedTime.addSecs(id); };
    data.generatedAt = FixedTime;
    for (ReportReviewer &r : data.reviewers) {
        r.createdAt = at(r.id);
    }
    for (ReportSource &s : data.sources) {
        s.createdAt = at(s.id);
    }
    for (HistoryEntry &h : data.history) {
        h.changedAt = at(h.id);
    }
    for (ReportDocument &d : data.documents) {
        d.record.importedAt = at(d.record.id);
        for (AttributionRecord &a : d.attributions) {
            a.createdAt = at(a.id);
            a.updatedAt = at(a.id + 100);
        }
        for (ReportClaim &c : d.claims) {
            c.record.createdAt = at(c.record.id);
            c.record.updatedAt = at(c.record.id + 100);
            for (EvidenceRecord &e : c.evidence) {
                e.createdAt = at(e.id);
            }
        }
    }
    data.index();
}

/// The fixture report (whole project, or as requested), with frozen times.
inline ReportData report(ProjectStore &store, const ReportRequest &request = {})
{
    ReportBuilder builder(store);
    std::optional<ReportData> data = builder.build(request);
    if (!data) {
        qFatal("fixture: %s", qPrintable(builder.errorString()));
    }
    data->projectName = QStringLiteral("fixture");
    data->projectPath = QStringLiteral("/projects/fixture.sourcelight");
    freezeTimes(*data);
    return *data;
}

/// The fixture project in a temporary folder of its own, open, and its whole-project report: what the tests of one
/// report format start from.
struct TempProject
{
    QTemporaryDir dir;
    ProjectStore store;
    ReportData data;

    /// Creates the project (name: its file in dir) and builds data; says why when it cannot.
    bool create(const QString &name)
    {
        if (!dir.isValid()) {
            qWarning() << "no temporary folder for the fixture project:" << dir.errorString();
            return false;
        }
        if (!ReportFixture::create(store, dir.filePath(name))) {
            return false;
        }
        data = report(store);
        return true;
    }
};

} // namespace Sourcelight::ReportFixture
