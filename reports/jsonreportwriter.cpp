#include "jsonreportwriter.h"

#include "codepointmap.h"
#include "reporttext.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace Sourcelight {

namespace {

QJsonValue idOrNull(const std::optional<Id> &id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(ReportText::timestamp(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalString(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue spanValue(const CodePointMap &map, const TextSpan &span)
{
    if (!span.isValid()) {
        return QJsonValue::Null;
    }
    return QJsonObject {
        {QStringLiteral("start"), map.toCodePoint(span.start)}, {QStringLiteral("end"), map.toCodePoint(span.end)}};
}

} // namespace

QJsonObject JsonReportWriter::documentObject(const ReportDocument &document)
{
    const DocumentRecord &r = document.record;
    const CodePointMap map(r.body);
    QJsonArray sentences;
    for (const SentenceRecord &s : document.sentences) {
        sentences.append(QJsonObject {{QStringLiteral("id"), s.id}, {QStringLiteral("ordinal"), s.ordinal},
            {QStringLiteral("start"), map.toCodePoint(s.span.start)},
            {QStringLiteral("end"), map.toCodePoint(s.span.end)}});
    }
    QJsonArray attributions;
    for (const AttributionRecord &a : document.attributions) {
        QJsonArray chain;
        for (const AttributionHop &hop : a.hops) {
            chain.append(QJsonObject {{QStringLiteral("source"), hop.sourceId},
                {QStringLiteral("mention"), spanValue(map, hop.mention)}, {QStringLiteral("anonymous"), hop.anonymous},
                {QStringLiteral("count"), toString(hop.count)}, {QStringLiteral("title"), hop.title},
                {QStringLiteral("onRecord"), hop.onRecord}});
        }
        QJsonObject cue {{QStringLiteral("text"), a.cueText}};
        const QJsonValue cueSpan = spanValue(map, a.cue);
        cue.insert(QStringLiteral("span"), cueSpan);
        attributions.append(QJsonObject {{QStringLiteral("id"), a.id}, {QStringLiteral("sentence"), a.sentenceId},
            {QStringLiteral("origin"), toString(a.origin)}, {QStringLiteral("chain"), chain},
            {QStringLiteral("cue"), cue}, {QStringLiteral("quote"), toString(a.quote)},
            {QStringLiteral("scope"), toString(a.scope)}, {QStringLiteral("confidence"), a.confidence},
            {QStringLiteral("reason"), a.reason}, {QStringLiteral("reviewer"), idOrNull(a.reviewerId)},
            {QStringLiteral("createdAt"), timeValue(a.createdAt)},
            {QStringLiteral("updatedAt"), timeValue(a.updatedAt)}});
    }
    QJsonArray claims;
    for (const ReportClaim &c : document.claims) {
        const ClaimRecord &claim = c.record;
        QJsonArray tags;
        for (const Id tagId : claim.tagIds) {
            tags.append(tagId);
        }
        QJsonArray evidence;
        for (const EvidenceRecord &e : c.evidence) {
            evidence.append(QJsonObject {{QStringLiteral("id"), e.id}, {QStringLiteral("url"), e.url},
                {QStringLiteral("note"), e.note}, {QStringLiteral("retrievedAt"), e.retrievedAt},
                {QStringLiteral("createdAt"), timeValue(e.createdAt)}});
        }
        claims.append(QJsonObject {{QStringLiteral("id"), claim.id}, {QStringLiteral("sentence"), claim.sentenceId},
            {QStringLiteral("span"), spanValue(map, claim.span)}, {QStringLiteral("type"), toString(claim.type)},
            {QStringLiteral("verdict"), toString(claim.verdict)},
            {QStringLiteral("confidence"),
                claim.confidence ? QJsonValue(*claim.confidence) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("note"), claim.note}, {QStringLiteral("reviewer"), idOrNull(claim.reviewerId)},
            {QStringLiteral("createdAt"), timeValue(claim.createdAt)},
            {QStringLiteral("updatedAt"), timeValue(claim.updatedAt)}, {QStringLiteral("tags"), tags},
            {QStringLiteral("evidence"), evidence}});
    }
    const DocumentMetadata &m = r.metadata;
    return QJsonObject {{QStringLiteral("id"), r.id}, {QStringLiteral("title"), m.title},
        {QStringLiteral("outlet"), m.outlet}, {QStringLiteral("author"), m.author}, {QStringLiteral("url"), m.url},
        {QStringLiteral("published"), m.published}, {QStringLiteral("language"), languageCode(m.language)},
        {QStringLiteral("text"), r.body}, {QStringLiteral("contentHash"), r.contentHash},
        {QStringLiteral("sourceFile"), r.sourceFile}, {QStringLiteral("encoding"), r.encoding},
        {QStringLiteral("importedAt"), timeValue(r.importedAt)},
        {QStringLiteral("supersededBy"), idOrNull(r.supersededBy)}, {QStringLiteral("sentences"), sentences},
        {QStringLiteral("attributions"), attributions}, {QStringLiteral("claims"), claims}};
}

QJsonObject JsonReportWriter::toJson(const ReportData &data, const ReportOptions &options)
{
    QJsonArray reviewers;
    for (const ReportReviewer &r : data.reviewers) {
        reviewers.append(QJsonObject {{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name},
            {QStringLiteral("createdAt"), timeValue(r.createdAt)}});
    }
    QJsonArray sources;
    for (const ReportSource &s : data.sources) {
        sources.append(QJsonObject {{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name},
            {QStringLiteral("kind"), toString(s.kind)}, {QStringLiteral("description"), s.description},
            {QStringLiteral("colour"), s.colour}, {QStringLiteral("parent"), idOrNull(s.parentId)},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(s.aliases)},
            {QStringLiteral("createdAt"), timeValue(s.createdAt)}});
    }
    QJsonArray tags;
    for (const TagRecord &t : data.tags) {
        tags.append(QJsonObject {{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name},
            {QStringLiteral("colour"), t.colour}, {QStringLiteral("shortcut"), t.shortcut},
            {QStringLiteral("description"), t.description}});
    }
    QJsonArray documents;
    for (qsizetype i = 0; i < data.documents.size(); ++i) {
        documents.append(documentObject(data.documents.at(i)));
        if (!progress(i + 1, data.documents.size())) {
            return {};
        }
    }
    QJsonArray history;
    for (const HistoryEntry &h : data.history) {
        history.append(QJsonObject {{QStringLiteral("id"), h.id}, {QStringLiteral("reviewer"), idOrNull(h.reviewerId)},
            {QStringLiteral("changedAt"), timeValue(h.changedAt)}, {QStringLiteral("entity"), h.entity},
            {QStringLiteral("entityId"), h.entityId}, {QStringLiteral("field"), h.field},
            {QStringLiteral("old"), optionalString(h.oldValue)}, {QStringLiteral("new"), optionalString(h.newValue)}});
    }
    const ReportFilter &f = data.request.filter;
    QJsonArray scopeDocuments;
    for (const Id id : data.request.scope.documentIds) {
        scopeDocuments.append(id);
    }
    const QJsonObject scope {{QStringLiteral("documents"), scopeDocuments},
        {QStringLiteral("includeSuperseded"), data.request.scope.includeSuperseded},
        {QStringLiteral("filter"),
            QJsonObject {{QStringLiteral("onlyVerified"), f.onlyVerified},
                {QStringLiteral("onlyAnonymous"), f.onlyAnonymous}, {QStringLiteral("source"), idOrNull(f.sourceId)},
                {QStringLiteral("verdict"),
                    f.verdict ? QJsonValue(toString(*f.verdict)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("claimType"),
                    f.claimType ? QJsonValue(toString(*f.claimType)) : QJsonValue(QJsonValue::Null)}}}};
    return QJsonObject {{QStringLiteral("format"), QStringLiteral("sourcelight-project")},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("generator"),
            QJsonObject {{QStringLiteral("name"), QStringLiteral("Sourcelight")},
                {QStringLiteral("version"), QStringLiteral(SOURCELIGHT_VERSION)}}},
        {QStringLiteral("exportedAt"), timeValue(ReportText::generatedAt(data, options))},
        {QStringLiteral("offsets"), QStringLiteral("unicode-code-points")},
        {QStringLiteral("project"),
            QJsonObject {
                {QStringLiteral("name"), data.projectName}, {QStringLiteral("schemaVersion"), data.schemaVersion}}},
        {QStringLiteral("complete"), data.complete}, {QStringLiteral("scope"), scope},
        {QStringLiteral("reviewers"), reviewers}, {QStringLiteral("sources"), sources}, {QStringLiteral("tags"), tags},
        {QStringLiteral("documents"), documents}, {QStringLiteral("history"), history}};
}

bool JsonReportWriter::write(const ReportData &data, const ReportOptions &options, QIODevice &device)
{
    const QJsonObject json = toJson(data, options);
    if (wasCancelled()) {
        return false;
    }
    return writeAll(
        device, QJsonDocument(json).toJson(options.indentJson ? QJsonDocument::Indented : QJsonDocument::Compact));
}

} // namespace Sourcelight
