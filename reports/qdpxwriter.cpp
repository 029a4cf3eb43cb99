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

QByteArray QdpxWriter::projectXml(const ReportData &data, const ReportOptions &options)
{
    const QString base = ReportText::baseIri(data, options);
    const QDateTime generated = ReportText::generatedAt(data, options);
    const auto id = [&base](const char *kind, qint64 n) { return guidText(guid(base, QLatin1String(kind), n)); };
    const QString software = id("user", 0);
    const auto userOf = [&](const std::optional<Id> &reviewer) {
        return reviewer && data.reviewer(*reviewer) ? id("user", *reviewer) : software;
    };

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(Namespace);
    xml.writeStartElement(Namespace, QStringLiteral("Project"));
    xml.writeAttribute(QStringLiteral("name"), ReportText::title(data, options));
    xml.writeAttribute(
        QStringLiteral("origin"), QStringLiteral("Sourcelight %1").arg(QStringLiteral(SOURCELIGHT_VERSION)));
    xml.writeAttribute(QStringLiteral("creatingUserGUID"), software);
    xml.writeAttribute(QStringLiteral("creationDateTime"), xmlTime(generated));

    xml.writeStartElement(QStringLiteral("Users"));
    xml.writeEmptyElement(QStringLiteral("User"));
    xml.writeAttribute(QStringLiteral("guid"), software);
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Sourcelight"));
    for (const ReportReviewer &r : data.reviewers) {
        xml.writeEmptyElement(QStringLiteral("User"));
        xml.writeAttribute(QStringLiteral("guid"), id("user", r.id));
        xml.writeAttribute(QStringLiteral("name"), r.name);
    }
    xml.writeEndElement(); // Users

    // The codebook: one group per dimension.
    xml.writeStartElement(QStringLiteral("CodeBook"));
    xml.writeStartElement(QStringLiteral("Codes"));
    const auto group = [&](const char *kind, const QString &name) {
        xml.writeStartElement(QStringLiteral("Code"));
        xml.writeAttribute(QStringLiteral("guid"), id(kind, 0));
        xml.writeAttribute(QStringLiteral("name"), name);
        xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("false"));
    };
    const auto code = [&](const QString &guid, const QString &name, const QString &colour, const QString &description) {
        xml.writeStartElement(QStringLiteral("Code"));
        xml.writeAttribute(QStringLiteral("guid"), guid);
        xml.writeAttribute(QStringLiteral("name"), name);
        xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
        if (!colour.isEmpty()) {
            xml.writeAttribute(QStringLiteral("color"), colour);
        }
        if (!description.isEmpty()) {
            xml.writeTextElement(QStringLiteral("Description"), description);
        }
        xml.writeEndElement();
    };
    group("source-group", tr("Sources", "source: who a claim comes from"));
    code(id("source", 0), ReportText::restingSourceName(data, nullptr), QString(), QString());
    for (const ReportSource &s : data.sources) {
        QString description = ReportText::sourceKindLabel(s.kind);
        if (!s.aliases.isEmpty()) {
            description += QStringLiteral("; ") + tr("also called %1").arg(s.aliases.join(QStringLiteral(", ")));
        }
        if (s.parentId) {
            description += QStringLiteral("; ") + tr("affiliation: %1").arg(ReportText::sourceName(data, *s.parentId));
        }
        if (!s.description.isEmpty()) {
            description += QStringLiteral("; ") + s.description;
        }
        code(id("source", s.id), s.name, ReportText::sourceColour(data, s.id).name().toUpper(), description);
    }
    xml.writeEndElement();
    group("verdict-group", tr("Verdicts"));
    for (const ClaimVocabulary::VerdictEntry &e : ClaimVocabulary::verdicts()) {
        code(id("verdict", int(e.verdict) + 1), ReportText::verdictLabel(e.verdict), QString(), QString());
    }
    xml.writeEndElement();
    group("type-group", tr("Claim types", "claim: a reviewed statement"));
    for (const ClaimVocabulary::ClaimTypeEntry &e : ClaimVocabulary::claimTypes()) {
        code(id("type", int(e.type) + 1), ReportText::claimTypeLabel(e.type), QString(), QString());
    }
    xml.writeEndElement();
    if (!data.tags.isEmpty()) {
        group("tag-group", tr("Tags"));
        for (const TagRecord &t : data.tags) {
            const QColor colour = QColor::fromString(t.colour);
            code(id("tag", t.id), t.name, colour.isValid() ? colour.name().toUpper() : QString(), t.description);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // Codes
    xml.writeEndElement(); // CodeBook

    const auto coding = [&](const QString &codeGuid, const QString &selectionGuid, int n, const QString &user,
                            const QDateTime &when) {
        xml.writeStartElement(QStringLiteral("Coding"));
        xml.writeAttribute(QStringLiteral("guid"),
            guidText(QUuid::createUuidV5(QUuid::fromString(selectionGuid), QString::number(n))));
        xml.writeAttribute(QStringLiteral("creatingUser"), user);
        if (when.isValid()) {
            xml.writeAttribute(QStringLiteral("creationDateTime"), xmlTime(when));
        }
        xml.writeEmptyElement(QStringLiteral("CodeRef"));
        xml.writeAttribute(QStringLiteral("targetGUID"), codeGuid);
        xml.writeEndElement();
    };
    const auto sourceCode = [&](const AttributionRecord *a) {
        const AttributionHop *hop = ReportText::restingHop(a);
        return hop ? id("source", hop->sourceId) : id("source", 0);
    };

    xml.writeStartElement(QStringLiteral("Sources"));
    QList<const ReportClaim *> memos;
    for (qsizetype d = 0; d < data.documents.size(); ++d) {
        const ReportDocument &document = data.documents.at(d);
        const CodePointMap map(document.record.body);
        xml.writeStartElement(QStringLiteral("TextSource"));
        const QString docGuid = id("document", document.record.id);
        xml.writeAttribute(QStringLiteral("guid"), docGuid);
        const DocumentMetadata &m = document.record.metadata;
        xml.writeAttribute(
            QStringLiteral("name"), m.title.isEmpty() ? tr("Untitled document %1").arg(document.record.id) : m.title);
        xml.writeAttribute(
            QStringLiteral("plainTextPath"), QStringLiteral("internal://") + docGuid + QStringLiteral(".txt"));
        xml.writeAttribute(QStringLiteral("creatingUser"), software);
        if (document.record.importedAt.isValid()) {
            xml.writeAttribute(QStringLiteral("creationDateTime"), xmlTime(document.record.importedAt));
        }
        QStringList description;
        for (const auto &[label, value] : {std::pair {tr("Outlet"), m.outlet}, std::pair {tr("Author"), m.author},
                 std::pair {tr("Published"), m.published}, std::pair {tr("Address"), m.url}}) {
            if (!value.isEmpty()) {
                description.append(label + QStringLiteral(": ") + value);
            }
        }
        if (!description.isEmpty()) {
            xml.writeTextElement(QStringLiteral("Description"), description.join(QLatin1Char('\n')));
        }
        const auto selection = [&](const QString &guid, const TextSpan &span, const QString &name, const QString &user,
                                   const QDateTime &when) {
            xml.writeStartElement(QStringLiteral("PlainTextSelection"));
            xml.writeAttribute(QStringLiteral("guid"), guid);
            xml.writeAttribute(QStringLiteral("name"), name.simplified().left(80));
            xml.writeAttribute(QStringLiteral("startPosition"), QString::number(map.toCodePoint(span.start)));
            xml.writeAttribute(QStringLiteral("endPosition"), QString::number(map.toCodePoint(span.end)));
            xml.writeAttribute(QStringLiteral("creatingUser"), user);
            if (when.isValid()) {
                xml.writeAttribute(QStringLiteral("creationDateTime"), xmlTime(when));
            }
        };
        for (const SentenceRecord &sentence : document.sentences) {
            const AttributionRecord *a = document.effectiveAttribution(sentence.id);
            const QList<qsizetype> claims = document.claimsOf(sentence.id);
            if (claims.isEmpty() && ReportText::restingHop(a)) {
                const QString guid = id("sentence", sentence.id);
                selection(guid, sentence.span, document.sentenceText(sentence), userOf(a->reviewerId), a->createdAt);
                coding(sourceCode(a), guid, 0, userOf(a->reviewerId), a->updatedAt);
                xml.writeEndElement();
            }
            for (const qsizetype index : claims) {
                const ReportClaim &c = document.claims.at(index);
                const ClaimRecord &claim = c.record;
                const QString guid = id("claim", claim.id);
                const QString user = userOf(claim.reviewerId);
                selection(guid, claim.span.isValid() ? claim.span : sentence.span, document.claimText(claim), user,
                    claim.createdAt);
                if (!claim.note.isEmpty()) {
                    xml.writeTextElement(QStringLiteral("Description"), claim.note);
                }
                coding(sourceCode(a), guid, 0, user, claim.updatedAt);
                coding(id("verdict", int(claim.verdict) + 1), guid, 1, user, claim.updatedAt);
                coding(id("type", int(claim.type) + 1), guid, 2, user, claim.updatedAt);
                int n = 3;
                for (const Id tagId : claim.tagIds) {
                    coding(id("tag", tagId), guid, n++, user, claim.updatedAt);
                }
                if (!claim.note.isEmpty()) {
                    xml.writeEmptyElement(QStringLiteral("NoteRef"));
                    xml.writeAttribute(QStringLiteral("targetGUID"), id("note", claim.id));
                    memos.append(&c);
                }
                xml.writeEndElement(); // PlainTextSelection
            }
        }
        xml.writeEndElement(); // TextSource
        if (!progress(d + 1, data.documents.size() * 2)) {
            return {};
        }
    }
    xml.writeEndElement(); // Sources

    if (!memos.isEmpty()) {
        xml.writeStartElement(QStringLiteral("Notes"));
        for (const ReportClaim *c : std::as_const(memos)) {
            xml.writeStartElement(QStringLiteral("Note"));
            xml.writeAttribute(QStringLiteral("guid"), id("note", c->record.id));
            xml.writeAttribute(
                QStringLiteral("name"), tr("Note on claim %1", "claim: a reviewed statement").arg(c->record.id));
            xml.writeAttribute(QStringLiteral("creatingUser"), userOf(c->record.reviewerId));
            if (c->record.updatedAt.isValid()) {
                xml.writeAttribute(QStringLiteral("creationDateTime"), xmlTime(c->record.updatedAt));
            }
            xml.writeTextElement(QStringLiteral("PlainTextContent"), c->record.note);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeTextElement(QStringLiteral("Description"), ReportText::scopeDescription(data));
    xml.writeEndElement(); // Project
    xml.writeEndDocument();
    return bytes;
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
