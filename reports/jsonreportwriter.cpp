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

/// Writes what ReportText::timestamp() gives ("2026-03-01T09:30:00.000Z", the time in UTC) without QDateTime's
/// formatting, which an export of 500,000 attributions calls a million times. False for a year outside 0001–9999,
/// which the caller formats the slow way.
bool isoTimestamp(const QDateTime &time, char (&text)[24])
{
    constexpr qint64 MsPerDay = 86'400'000;
    const qint64 ms = time.toMSecsSinceEpoch();
    qint64 days = ms / MsPerDay;
    qint64 inDay = ms % MsPerDay;
    if (inDay < 0) {
        inDay += MsPerDay;
        --days;
    }
    // Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1 || year > 9999) {
        return false;
    }
    const auto put = [&text](int at, qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            text[at + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = 'T';
    put(11, inDay / 3'600'000, 2);
    text[13] = ':';
    put(14, inDay / 60'000 % 60, 2);
    text[16] = ':';
    put(17, inDay / 1000 % 60, 2);
    text[19] = '.';
    put(20, inDay % 1000, 3);
    text[23] = 'Z';
    return true;
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
    void string(QStringView text)
    {
        comma();
        // Most text is ASCII without anything to escape: copied straight across. The rest (and anything after the
        // first character that needs more) goes through UTF-8, escaped run by run.
        const qsizetype start = m_out.size();
        m_out.resize(start + text.size() + 2);
        char *out = m_out.data() + start;
        *out++ = '"';
        qsizetype i = 0;
        for (const QChar qc : text) {
            const char16_t c = qc.unicode();
            if (c >= 0x80 || c < 0x20 || c == u'"' || c == u'\\') {
                break;
            }
            *out++ = char(c);
            ++i;
        }
        if (i == text.size()) {
            *out = '"';
            return;
        }
        m_out.resize(start + 1 + i);
        const QByteArray utf8 = text.mid(i).toUtf8();
        qsizetype run = 0;
        for (qsizetype k = 0; k < utf8.size(); ++k) {
            const auto u = static_cast<unsigned char>(utf8.at(k));
            if (u >= 0x20 && u != '"' && u != '\\') {
                continue;
            }
            m_out.append(utf8.constData() + run, k - run);
            run = k + 1;
            if (u == '"' || u == '\\') {
                m_out += '\\';
                m_out += char(u);
            } else {
                static const char hex[] = "0123456789abcdef";
                m_out += "\\u00";
                m_out += hex[u >> 4];
                m_out += hex[u & 15];
            }
        }
        m_out.append(utf8.constData() + run, utf8.size() - run);
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
    void time(const QDateTime &value)
    {
        char text[24];
        if (!value.isValid()) {
            null();
        } else if (!isoTimestamp(value, text)) {
            string(ReportText::timestamp(value));
        } else {
            comma();
            m_out += '"';
            m_out.append(text, sizeof text);
            m_out += '"';
        }
    }
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

// Keys in the order QJsonObject sorts them, so both writers give the same objects.
QJsonObject attributionObject(const CodePointMap &map, const AttributionRecord &a)
{
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
    return QJsonObject {{QStringLiteral("id"), a.id}, {QStringLiteral("sentence"), a.sentenceId},
        {QStringLiteral("origin"), toString(a.origin)}, {QStringLiteral("chain"), chain}, {QStringLiteral("cue"), cue},
        {QStringLiteral("quote"), toString(a.quote)}, {QStringLiteral("scope"), toString(a.scope)},
        {QStringLiteral("confidence"), a.confidence}, {QStringLiteral("reason"), a.reason},
        {QStringLiteral("reviewer"), idOrNull(a.reviewerId)}, {QStringLiteral("createdAt"), timeValue(a.createdAt)},
        {QStringLiteral("updatedAt"), timeValue(a.updatedAt)}};
}

QJsonObject claimObject(const CodePointMap &map, const ReportClaim &c)
{
    const ClaimRecord &claim = c.record;
    QJsonArray tags;
    for (const Id tagId : claim.tagIds) {
        tags.append(tagId);
    }
    QJsonArray evidence;
    for (const EvidenceRecord &e : c.evidence) {
        evidence.append(
            QJsonObject {{QStringLiteral("id"), e.id}, {QStringLiteral("url"), e.url}, {QStringLiteral("note"), e.note},
                {QStringLiteral("retrievedAt"), e.retrievedAt}, {QStringLiteral("createdAt"), timeValue(e.createdAt)}});
    }
    return QJsonObject {{QStringLiteral("id"), claim.id}, {QStringLiteral("sentence"), claim.sentenceId},
        {QStringLiteral("span"), spanValue(map, claim.span)}, {QStringLiteral("type"), toString(claim.type)},
        {QStringLiteral("verdict"), toString(claim.verdict)},
        {QStringLiteral("confidence"), claim.confidence ? QJsonValue(*claim.confidence) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("note"), claim.note}, {QStringLiteral("reviewer"), idOrNull(claim.reviewerId)},
        {QStringLiteral("createdAt"), timeValue(claim.createdAt)},
        {QStringLiteral("updatedAt"), timeValue(claim.updatedAt)}, {QStringLiteral("tags"), tags},
        {QStringLiteral("evidence"), evidence}};
}

/// Each reviewer's own decisions on the document (exports asked for them, ReportRequest::codings).
QJsonArray codingsArray(const CodePointMap &map, const ReportDocument &document)
{
    QJsonArray codings;
    for (const ReportCoding &coding : document.codings) {
        QJsonArray attributions;
        for (const AttributionRecord &a : coding.attributions) {
            attributions.append(attributionObject(map, a));
        }
        QJsonArray claims;
        for (const ClaimRecord &claim : coding.claims) {
            claims.append(claimObject(map, ReportClaim {claim, {}}));
        }
        codings.append(
            QJsonObject {{QStringLiteral("reviewer"), coding.reviewerId}, {QStringLiteral("done"), coding.done},
                {QStringLiteral("attributions"), attributions}, {QStringLiteral("claims"), claims}});
    }
    return codings;
}

void streamAttribution(JsonStream &json, const CodePointMap &map, const AttributionRecord &a)
{
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

void streamClaim(JsonStream &json, const CodePointMap &map, const ReportClaim &c)
{
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

void streamSentence(JsonStream &json, const CodePointMap &map, const SentenceRecord &s)
{
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

void streamDocument(JsonStream &json, const ReportDocument &document)
{
    const DocumentRecord &r = document.record;
    const DocumentMetadata &m = r.metadata;
    const CodePointMap map(r.body);
    json.begin('{');
    json.key("attributions");
    json.begin('[');
    for (const AttributionRecord &a : document.attributions) {
        streamAttribution(json, map, a);
    }
    json.end(']');
    json.key("author");
    json.string(m.author);
    json.key("claims");
    json.begin('[');
    for (const ReportClaim &c : document.claims) {
        streamClaim(json, map, c);
    }
    json.end(']');
    if (!document.codings.isEmpty()) {
        json.key("codings");
        json.begin('[');
        for (const ReportCoding &coding : document.codings) {
            json.begin('{');
            json.key("attributions");
            json.begin('[');
            for (const AttributionRecord &a : coding.attributions) {
                streamAttribution(json, map, a);
            }
            json.end(']');
            json.key("claims");
            json.begin('[');
            for (const ClaimRecord &claim : coding.claims) {
                streamClaim(json, map, ReportClaim {claim, {}});
            }
            json.end(']');
            json.key("done");
            json.boolean(coding.done);
            json.key("reviewer");
            json.number(coding.reviewerId);
            json.end('}');
        }
        json.end(']');
    }
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
        streamSentence(json, map, s);
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
        attributions.append(attributionObject(map, a));
    }
    QJsonArray claims;
    for (const ReportClaim &c : document.claims) {
        claims.append(claimObject(map, c));
    }
    const DocumentMetadata &m = r.metadata;
    QJsonObject object {{QStringLiteral("id"), r.id}, {QStringLiteral("title"), m.title},
        {QStringLiteral("outlet"), m.outlet}, {QStringLiteral("author"), m.author}, {QStringLiteral("url"), m.url},
        {QStringLiteral("published"), m.published}, {QStringLiteral("language"), languageCode(m.language)},
        {QStringLiteral("text"), r.body}, {QStringLiteral("contentHash"), r.contentHash},
        {QStringLiteral("sourceFile"), r.sourceFile}, {QStringLiteral("encoding"), r.encoding},
        {QStringLiteral("importedAt"), timeValue(r.importedAt)},
        {QStringLiteral("supersededBy"), idOrNull(r.supersededBy)}, {QStringLiteral("sentences"), sentences},
        {QStringLiteral("attributions"), attributions}, {QStringLiteral("claims"), claims}};
    if (!document.codings.isEmpty()) {
        object.insert(QStringLiteral("codings"), codingsArray(map, document));
    }
    return object;
}

namespace {

QJsonObject projectObject(const ReportData &data)
{
    QJsonObject project {
        {QStringLiteral("name"), data.projectName}, {QStringLiteral("schemaVersion"), data.schemaVersion}};
    if (!data.reviewMode.isEmpty()) { // a team's backup (--codings)
        project.insert(QStringLiteral("reviewMode"), data.reviewMode);
    }
    return project;
}

} // namespace

QJsonObject JsonReportWriter::toJson(const ReportData &data, const ReportOptions &options)
{
    QJsonArray reviewers;
    for (const ReportReviewer &r : data.reviewers) {
        QJsonObject reviewer {{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name},
            {QStringLiteral("createdAt"), timeValue(r.createdAt)}};
        if (!data.reviewMode.isEmpty()) { // a team's backup (--codings)
            reviewer.insert(QStringLiteral("login"), r.login.isEmpty() ? QJsonValue() : QJsonValue(r.login));
            reviewer.insert(QStringLiteral("role"), r.role);
        }
        reviewers.append(reviewer);
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
    const ClaimFilter &f = data.request.filter;
    QJsonArray scopeDocuments;
    for (const Id id : data.request.scope.documentIds) {
        scopeDocuments.append(id);
    }
    const QJsonObject scope {{QStringLiteral("documents"), scopeDocuments},
        {QStringLiteral("includeSuperseded"), data.request.scope.includeSuperseded},
        {QStringLiteral("filter"),
            QJsonObject {{QStringLiteral("onlyVerified"), f.onlyVerified},
                {QStringLiteral("onlyAnonymous"), f.anonymous.value_or(false)},
                {QStringLiteral("source"), idOrNull(f.sourceId)},
                {QStringLiteral("verdict"),
                    f.verdict ? QJsonValue(toString(*f.verdict)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("claimType"), f.type ? QJsonValue(toString(*f.type)) : QJsonValue(QJsonValue::Null)}}}};
    return QJsonObject {{QStringLiteral("format"), QStringLiteral("sourcelight-project")},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("generator"),
            QJsonObject {{QStringLiteral("name"), QStringLiteral("Sourcelight")},
                {QStringLiteral("version"), QStringLiteral(SOURCELIGHT_VERSION)}}},
        {QStringLiteral("exportedAt"), timeValue(ReportText::generatedAt(data, options))},
        {QStringLiteral("offsets"), QStringLiteral("unicode-code-points")},
        {QStringLiteral("project"), projectObject(data)}, {QStringLiteral("complete"), data.complete},
        {QStringLiteral("scope"), scope}, {QStringLiteral("reviewers"), reviewers},
        {QStringLiteral("sources"), sources}, {QStringLiteral("tags"), tags}, {QStringLiteral("documents"), documents},
        {QStringLiteral("history"), history}};
}

bool JsonReportWriter::write(const ReportData &data, const ReportOptions &options, QIODevice &device)
{
    if (options.indentJson) {
        return writeJson(device, QJsonDocument(toJson(data, options)), options);
    }
    // Compact: everything but the documents through QJsonObject, the documents streamed (same JSON, much faster).
    ReportData head;
    head.projectName = data.projectName;
    head.schemaVersion = data.schemaVersion;
    head.reviewMode = data.reviewMode;
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
