#include "jsonreportwriter.h"

#include "codepointmap.h"
#include "reporttext.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

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

/// Compact JSON written straight into bytes: the large part of a big export (the documents) without building
/// QJsonObjects, which costs several times more than the text itself.
class JsonStream
{
public:
    explicit JsonStream(QByteArray &out)
        : m_out(out)
    {
    }

    void begin(char bracket)
    {
        comma();
        m_out += bracket;
        m_first = true;
    }
    void end(char bracket)
    {
        m_out += bracket;
        m_first = false;
    }
    void key(const char *name)
    {
        comma();
        m_out += '"';
        m_out += name;
        m_out += "\":";
        m_first = true; // the value follows without a comma
    }
    void string(const QString &text)
    {
        comma();
        m_out += '"';
        const QByteArray utf8 = text.toUtf8();
        for (const char c : utf8) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                m_out += '\\';
                m_out += c;
            } else if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                m_out += "\\u00";
                m_out += hex[u >> 4];
                m_out += hex[u & 15];
            } else {
                m_out += c;
            }
        }
        m_out += '"';
    }
    void number(qint64 value)
    {
        comma();
        m_out += QByteArray::number(value);
    }
    void real(double value)
    {
        comma();
        m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    }
    void boolean(bool value)
    {
        comma();
        m_out += value ? "true" : "false";
    }
    void null()
    {
        comma();
        m_out += "null";
    }
    void time(const QDateTime &value) { value.isValid() ? string(ReportText::timestamp(value)) : null(); }
    void id(const std::optional<Id> &value) { value ? number(*value) : null(); }
    void span(const CodePointMap &map, const TextSpan &span)
    {
        if (!span.isValid()) {
            null();
            return;
        }
        begin('{');
        key("start");
        number(map.toCodePoint(span.start));
        key("end");
        number(map.toCodePoint(span.end));
        end('}');
    }

private:
    void comma()
    {
        if (!m_first) {
            m_out += ',';
        }
        m_first = false;
    }

    QByteArray &m_out;
    bool m_first = true;
};

void streamDocument(JsonStream &json, const ReportDocument &document)
{
    // Keys in the order QJsonObject sorts them, so both writers give the same objects.
    const DocumentRecord &r = document.record;
    const DocumentMetadata &m = r.metadata;
    const CodePointMap map(r.body);
    json.begin('{');
    json.key("attributions");
    json.begin('[');
    for (const AttributionRecord &a : document.attributions) {
        json.begin('{');
        json.key("chain");
        json.begin('[');
        for (const AttributionHop &hop : a.hops) {
            json.begin('{');
            json.key("anonymous");
            json.boolean(hop.anonymous);
            json.key("count");
            json.string(toString(hop.count));
            json.key("mention");
            json.span(map, hop.mention);
            json.key("onRecord");
            json.boolean(hop.onRecord);
            json.key("source");
            json.number(hop.sourceId);
            json.key("title");
            json.string(hop.title);
            json.end('}');
        }
        json.end(']');
        json.key("confidence");
        json.real(a.confidence);
        json.key("createdAt");
        json.time(a.createdAt);
        json.key("cue");
        json.begin('{');
        json.key("span");
        json.span(map, a.cue);
        json.key("text");
        json.string(a.cueText);
        json.end('}');
        json.key("id");
        json.number(a.id);
        json.key("origin");
        json.string(toString(a.origin));
        json.key("quote");
        json.string(toString(a.quote));
        json.key("reason");
        json.string(a.reason);
        json.key("reviewer");
        json.id(a.reviewerId);
        json.key("scope");
        json.string(toString(a.scope));
        json.key("sentence");
        json.number(a.sentenceId);
        json.key("updatedAt");
        json.time(a.updatedAt);
        json.end('}');
    }
    json.end(']');
    json.key("author");
    json.string(m.author);
    json.key("claims");
    json.begin('[');
    for (const ReportClaim &c : document.claims) {
        const ClaimRecord &claim = c.record;
        json.begin('{');
        json.key("confidence");
        claim.confidence ? json.real(*claim.confidence) : json.null();
        json.key("createdAt");
        json.time(claim.createdAt);
        json.key("evidence");
        json.begin('[');
        for (const EvidenceRecord &e : c.evidence) {
            json.begin('{');
            json.key("createdAt");
            json.time(e.createdAt);
            json.key("id");
            json.number(e.id);
            json.key("note");
            json.string(e.note);
            json.key("retrievedAt");
            json.string(e.retrievedAt);
            json.key("url");
            json.string(e.url);
            json.end('}');
        }
        json.end(']');
        json.key("id");
        json.number(claim.id);
        json.key("note");
        json.string(claim.note);
        json.key("reviewer");
        json.id(claim.reviewerId);
        json.key("sentence");
        json.number(claim.sentenceId);
        json.key("span");
        json.span(map, claim.span);
        json.key("tags");
        json.begin('[');
        for (const Id tagId : claim.tagIds) {
            json.number(tagId);
        }
        json.end(']');
        json.key("type");
        json.string(toString(claim.type));
        json.key("updatedAt");
        json.time(claim.updatedAt);
        json.key("verdict");
        json.string(toString(claim.verdict));
        json.end('}');
    }
    json.end(']');
    json.key("contentHash");
    json.string(r.contentHash);
    json.key("encoding");
    json.string(r.encoding);
    json.key("id");
    json.number(r.id);
    json.key("importedAt");
    json.time(r.importedAt);
    json.key("language");
    json.string(languageCode(m.language));
    json.key("outlet");
    json.string(m.outlet);
    json.key("published");
    json.string(m.published);
    json.key("sentences");
    json.begin('[');
    for (const SentenceRecord &s : document.sentences) {
        json.begin('{');
        json.key("end");
        json.number(map.toCodePoint(s.span.end));
        json.key("id");
        json.number(s.id);
        json.key("ordinal");
        json.number(s.ordinal);
        json.key("start");
        json.number(map.toCodePoint(s.span.start));
        json.end('}');
    }
    json.end(']');
    json.key("sourceFile");
    json.string(r.sourceFile);
    json.key("supersededBy");
    json.id(r.supersededBy);
    json.key("text");
    json.string(r.body);
    json.key("title");
    json.string(m.title);
    json.key("url");
    json.string(m.url);
    json.end('}');
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
    if (options.indentJson) {
        const QJsonObject json = toJson(data, options);
        if (wasCancelled()) {
            return false;
        }
        return writeAll(device, QJsonDocument(json).toJson(QJsonDocument::Indented));
    }
    // Compact: everything but the documents through QJsonObject, the documents streamed (same JSON, much faster).
    ReportData head;
    head.projectName = data.projectName;
    head.schemaVersion = data.schemaVersion;
    head.generatedAt = data.generatedAt;
    head.request = data.request;
    head.complete = data.complete;
    head.sources = data.sources;
    head.tags = data.tags;
    head.reviewers = data.reviewers;
    head.history = data.history;
    QJsonObject top = toJson(head, options);
    top.remove(QStringLiteral("documents"));
    QByteArray bytes = QJsonDocument(top).toJson(QJsonDocument::Compact);
    bytes.chop(1); // the closing brace
    bytes += ",\"documents\":[";
    JsonStream json(bytes);
    for (qsizetype i = 0; i < data.documents.size(); ++i) {
        streamDocument(json, data.documents.at(i));
        if (bytes.size() > (1 << 22)) { // write in chunks of a few megabytes
            if (!writeAll(device, bytes)) {
                return false;
            }
            bytes.clear();
        }
        if (!progress(i + 1, data.documents.size())) {
            return false;
        }
    }
    bytes += "]}";
    return writeAll(device, bytes);
}

} // namespace Sourcelight
