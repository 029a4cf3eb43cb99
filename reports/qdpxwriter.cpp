#include "qdpxwriter.h"

#include "claimvocabulary.h"
#include "codepointmap.h"
#include "reporttext.h"

#include <KZip>

#include <QBuffer>
#include <QIODevice>
#include <QXmlStreamWriter>

namespace Sourcelight {

namespace {

const QString Namespace = QStringLiteral("urn:QDA-XML:project:1.0");

QString xmlTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString guidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces).toUpper();
}

} // namespace

QUuid QdpxWriter::guid(const QString &base, const QString &kind, qint64 id)
{
    static const QUuid ns = QUuid::fromString(QLatin1StringView("{4c0b0d9e-7f3a-5b8e-a0d1-6e2f9c3b7a55}"));
    return QUuid::createUuidV5(ns, base + QLatin1Char('/') + kind + QLatin1Char('/') + QString::number(id));
}

QString QdpxWriter::textPath(const QString &base, Id documentId)
{
    return QStringLiteral("sources/") + guidText(guid(base, QStringLiteral("document"), documentId))
        + QStringLiteral(".txt");
}

namespace {

/// project.qde, written element by element in the order REFI-QDA's schema wants.
class QdeDocument final
{
public:
    QdeDocument(const ReportData &data, const QString &base)
        : m_data(data)
        , m_base(base)
        , m_software(id("user", 0))
        , m_xml(&m_bytes)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(1);
    }

    void startProject(const QString &title, const QDateTime &generated)
    {
        m_xml.writeStartDocument();
        m_xml.writeDefaultNamespace(Namespace);
        m_xml.writeStartElement(Namespace, QStringLiteral("Project"));
        m_xml.writeAttribute(QStringLiteral("name"), title);
        m_xml.writeAttribute(
            QStringLiteral("origin"), QStringLiteral("Sourcelight %1").arg(QStringLiteral(SOURCELIGHT_VERSION)));
        m_xml.writeAttribute(QStringLiteral("creatingUserGUID"), m_software);
        m_xml.writeAttribute(QStringLiteral("creationDateTime"), xmlTime(generated));
    }

    void users()
    {
        m_xml.writeStartElement(QStringLiteral("Users"));
        m_xml.writeEmptyElement(QStringLiteral("User"));
        m_xml.writeAttribute(QStringLiteral("guid"), m_software);
        m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Sourcelight"));
        for (const ReportReviewer &r : m_data.reviewers) {
            m_xml.writeEmptyElement(QStringLiteral("User"));
            m_xml.writeAttribute(QStringLiteral("guid"), id("user", r.id));
            m_xml.writeAttribute(QStringLiteral("name"), r.name);
        }
        m_xml.writeEndElement(); // Users
    }

    /// The codebook: one group per dimension.
    void codeBook()
    {
        m_xml.writeStartElement(QStringLiteral("CodeBook"));
        m_xml.writeStartElement(QStringLiteral("Codes"));
        sourceCodes();
        vocabularyCodes();
        tagCodes();
        m_xml.writeEndElement(); // Codes
        m_xml.writeEndElement(); // CodeBook
    }

    void startSources() { m_xml.writeStartElement(QStringLiteral("Sources")); }

    void textSource(const ReportDocument &document)
    {
        const CodePointMap map(document.record.body);
        m_xml.writeStartElement(QStringLiteral("TextSource"));
        const QString docGuid = id("document", document.record.id);
        m_xml.writeAttribute(QStringLiteral("guid"), docGuid);
        const DocumentMetadata &m = document.record.metadata;
        m_xml.writeAttribute(QStringLiteral("name"), ReportText::documentTitle(document));
        m_xml.writeAttribute(
            QStringLiteral("plainTextPath"), QStringLiteral("internal://") + docGuid + QStringLiteral(".txt"));
        m_xml.writeAttribute(QStringLiteral("creatingUser"), m_software);
        if (document.record.importedAt.isValid()) {
            m_xml.writeAttribute(QStringLiteral("creationDateTime"), xmlTime(document.record.importedAt));
        }
        metadataDescription(m);
        for (const SentenceRecord &sentence : document.sentences) {
            const AttributionRecord *a = document.effectiveAttribution(sentence.id);
            const QList<qsizetype> claims = document.claimsOf(sentence.id);
            if (claims.isEmpty() && ReportText::restingHop(a)) {
                attributedSentence(document, map, sentence, *a);
            }
            for (const qsizetype index : claims) {
                claimSelection(document, map, sentence, a, document.claims.at(index));
            }
        }
        m_xml.writeEndElement(); // TextSource
    }

    /// Ends the sources, adds the claim notes and the scope; the finished project.qde.
    QByteArray finish()
    {
        m_xml.writeEndElement(); // Sources
        notes();
        m_xml.writeTextElement(QStringLiteral("Description"), ReportText::scopeDescription(m_data));
        m_xml.writeEndElement(); // Project
        m_xml.writeEndDocument();
        return m_bytes;
    }

private:
    QString id(const char *kind, qint64 n) const { return guidText(QdpxWriter::guid(m_base, QLatin1String(kind), n)); }

    QString userOf(const std::optional<Id> &reviewer) const
    {
        return reviewer && m_data.reviewer(*reviewer) ? id("user", *reviewer) : m_software;
    }

    QString sourceCode(const AttributionRecord *a) const
    {
        const AttributionHop *hop = ReportText::restingHop(a);
        return hop ? id("source", hop->sourceId) : id("source", 0);
    }

    /// Opens a group of codes; the caller closes it.
    void group(const char *kind, const QString &name)
    {
        m_xml.writeStartElement(QStringLiteral("Code"));
        m_xml.writeAttribute(QStringLiteral("guid"), id(kind, 0));
        m_xml.writeAttribute(QStringLiteral("name"), name);
        m_xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("false"));
    }

    void code(const QString &guid, const QString &name, const QString &colour = {}, const QString &description = {})
    {
        m_xml.writeStartElement(QStringLiteral("Code"));
        m_xml.writeAttribute(QStringLiteral("guid"), guid);
        m_xml.writeAttribute(QStringLiteral("name"), name);
        m_xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
        if (!colour.isEmpty()) {
            m_xml.writeAttribute(QStringLiteral("color"), colour);
        }
        if (!description.isEmpty()) {
            m_xml.writeTextElement(QStringLiteral("Description"), description);
        }
        m_xml.writeEndElement();
    }

    void sourceCodes()
    {
        group("source-group", QdpxWriter::tr("Sources", "source: who a claim comes from"));
        code(id("source", 0), ReportText::restingSourceName(m_data, nullptr));
        for (const ReportSource &s : m_data.sources) {
            QString description = ReportText::sourceKindLabel(s.kind);
            if (!s.aliases.isEmpty()) {
                description += QStringLiteral("; ")
                    + QdpxWriter::tr("also called %1").arg(s.aliases.join(QStringLiteral(", ")));
            }
            if (s.parentId) {
                description += QStringLiteral("; ")
                    + QdpxWriter::tr("affiliation: %1").arg(ReportText::sourceName(m_data, *s.parentId));
            }
            if (!s.description.isEmpty()) {
                description += QStringLiteral("; ") + s.description;
            }
            code(id("source", s.id), s.name, ReportText::sourceColour(m_data, s.id).name().toUpper(), description);
        }
        m_xml.writeEndElement();
    }

    void vocabularyCodes()
    {
        group("verdict-group", QdpxWriter::tr("Verdicts"));
        for (const ClaimVocabulary::VerdictEntry &e : ClaimVocabulary::verdicts()) {
            code(id("verdict", int(e.verdict) + 1), ReportText::verdictLabel(e.verdict));
        }
        m_xml.writeEndElement();
        group("type-group", QdpxWriter::tr("Claim types", "claim: a reviewed statement"));
        for (const ClaimVocabulary::ClaimTypeEntry &e : ClaimVocabulary::claimTypes()) {
            code(id("type", int(e.type) + 1), ReportText::claimTypeLabel(e.type));
        }
        m_xml.writeEndElement();
    }

    void tagCodes()
    {
        if (m_data.tags.isEmpty()) {
            return;
        }
        group("tag-group", QdpxWriter::tr("Tags"));
        for (const TagRecord &t : m_data.tags) {
            const QColor colour = QColor::fromString(t.colour);
            code(id("tag", t.id), t.name, colour.isValid() ? colour.name().toUpper() : QString(), t.description);
        }
        m_xml.writeEndElement();
    }

    void metadataDescription(const DocumentMetadata &m)
    {
        QStringList description;
        for (const auto &[label, value] :
            {std::pair {QdpxWriter::tr("Outlet"), m.outlet}, std::pair {QdpxWriter::tr("Author"), m.author},
                std::pair {QdpxWriter::tr("Published"), m.published}, std::pair {QdpxWriter::tr("Address"), m.url}}) {
            if (!value.isEmpty()) {
                description.append(label + QStringLiteral(": ") + value);
            }
        }
        if (!description.isEmpty()) {
            m_xml.writeTextElement(QStringLiteral("Description"), description.join(QLatin1Char('\n')));
        }
    }

    /// Opens a PlainTextSelection; the caller closes it.
    void selection(const CodePointMap &map, const QString &guid, const TextSpan &span, const QString &name,
        const QString &user, const QDateTime &when)
    {
        m_xml.writeStartElement(QStringLiteral("PlainTextSelection"));
        m_xml.writeAttribute(QStringLiteral("guid"), guid);
        m_xml.writeAttribute(QStringLiteral("name"), name.simplified().left(80));
        m_xml.writeAttribute(QStringLiteral("startPosition"), QString::number(map.toCodePoint(span.start)));
        m_xml.writeAttribute(QStringLiteral("endPosition"), QString::number(map.toCodePoint(span.end)));
        m_xml.writeAttribute(QStringLiteral("creatingUser"), user);
        if (when.isValid()) {
            m_xml.writeAttribute(QStringLiteral("creationDateTime"), xmlTime(when));
        }
    }

    void coding(
        const QString &codeGuid, const QString &selectionGuid, int n, const QString &user, const QDateTime &when)
    {
        m_xml.writeStartElement(QStringLiteral("Coding"));
        m_xml.writeAttribute(QStringLiteral("guid"),
            guidText(QUuid::createUuidV5(QUuid::fromString(selectionGuid), QString::number(n))));
        m_xml.writeAttribute(QStringLiteral("creatingUser"), user);
        if (when.isValid()) {
            m_xml.writeAttribute(QStringLiteral("creationDateTime"), xmlTime(when));
        }
        m_xml.writeEmptyElement(QStringLiteral("CodeRef"));
        m_xml.writeAttribute(QStringLiteral("targetGUID"), codeGuid);
        m_xml.writeEndElement();
    }

    /// A sentence with a source and no claim: a selection coded with its source.
    void attributedSentence(const ReportDocument &document, const CodePointMap &map, const SentenceRecord &sentence,
        const AttributionRecord &a)
    {
        const QString guid = id("sentence", sentence.id);
        selection(map, guid, sentence.span, document.sentenceText(sentence), userOf(a.reviewerId), a.createdAt);
        coding(sourceCode(&a), guid, 0, userOf(a.reviewerId), a.updatedAt);
        m_xml.writeEndElement();
    }

    /// A claim: a selection coded with its source, verdict, type and tags, its note a memo.
    void claimSelection(const ReportDocument &document, const CodePointMap &map, const SentenceRecord &sentence,
        const AttributionRecord *a, const ReportClaim &c)
    {
        const ClaimRecord &claim = c.record;
        const QString guid = id("claim", claim.id);
        const QString user = userOf(claim.reviewerId);
        selection(map, guid, claim.span.isValid() ? claim.span : sentence.span, document.claimText(claim), user,
            claim.createdAt);
        if (!claim.note.isEmpty()) {
            m_xml.writeTextElement(QStringLiteral("Description"), claim.note);
        }
        coding(sourceCode(a), guid, 0, user, claim.updatedAt);
        coding(id("verdict", int(claim.verdict) + 1), guid, 1, user, claim.updatedAt);
        coding(id("type", int(claim.type) + 1), guid, 2, user, claim.updatedAt);
        int n = 3;
        for (const Id tagId : claim.tagIds) {
            coding(id("tag", tagId), guid, n++, user, claim.updatedAt);
        }
        if (!claim.note.isEmpty()) {
            m_xml.writeEmptyElement(QStringLiteral("NoteRef"));
            m_xml.writeAttribute(QStringLiteral("targetGUID"), id("note", claim.id));
            m_memos.append(&c);
        }
        m_xml.writeEndElement(); // PlainTextSelection
    }

    void notes()
    {
        if (m_memos.isEmpty()) {
            return;
        }
        m_xml.writeStartElement(QStringLiteral("Notes"));
        for (const ReportClaim *c : std::as_const(m_memos)) {
            m_xml.writeStartElement(QStringLiteral("Note"));
            m_xml.writeAttribute(QStringLiteral("guid"), id("note", c->record.id));
            m_xml.writeAttribute(QStringLiteral("name"),
                QdpxWriter::tr("Note on claim %1", "claim: a reviewed statement").arg(c->record.id));
            m_xml.writeAttribute(QStringLiteral("creatingUser"), userOf(c->record.reviewerId));
            if (c->record.updatedAt.isValid()) {
                m_xml.writeAttribute(QStringLiteral("creationDateTime"), xmlTime(c->record.updatedAt));
            }
            m_xml.writeTextElement(QStringLiteral("PlainTextContent"), c->record.note);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    const ReportData &m_data;
    const QString m_base;
    const QString m_software;
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
    QList<const ReportClaim *> m_memos;
};

} // namespace

QByteArray QdpxWriter::projectXml(const ReportData &data, const ReportOptions &options)
{
    QdeDocument qde(data, ReportText::baseIri(data, options));
    qde.startProject(ReportText::title(data, options), ReportText::generatedAt(data, options));
    qde.users();
    qde.codeBook();
    qde.startSources();
    for (qsizetype d = 0; d < data.documents.size(); ++d) {
        qde.textSource(data.documents.at(d));
        if (!progress(d + 1, data.documents.size() * 2)) {
            return {};
        }
    }
    return qde.finish();
}

bool QdpxWriter::write(const ReportData &data, const ReportOptions &options, QIODevice &device)
{
    const QByteArray project = projectXml(data, options);
    if (wasCancelled()) {
        return false;
    }
    const QString base = ReportText::baseIri(data, options);
    const QDateTime when = ReportText::generatedAt(data, options);
    // KZip closes its device when done, which a QSaveFile must not be: build the archive in memory first.
    QByteArray archive;
    QBuffer buffer(&archive);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::WriteOnly)) {
        return fail(tr("Cannot write the REFI-QDA project: %1").arg(zip.errorString()));
    }
    zip.setCompression(KZip::DeflateCompression);
    bool ok = zip.writeFile(QStringLiteral("project.qde"), project, 0100644, QString(), QString(), when, when, when);
    for (qsizetype d = 0; ok && d < data.documents.size(); ++d) {
        const ReportDocument &document = data.documents.at(d);
        ok = zip.writeFile(textPath(base, document.record.id), document.record.body.toUtf8(), 0100644, QString(),
            QString(), when, when, when);
        if (ok && !progress(data.documents.size() + d + 1, data.documents.size() * 2)) {
            zip.close();
            return false;
        }
    }
    if (!ok || !zip.close()) {
        return fail(tr("Cannot write the REFI-QDA project: %1").arg(zip.errorString()));
    }
    return writeAll(device, archive);
}

} // namespace Sourcelight
