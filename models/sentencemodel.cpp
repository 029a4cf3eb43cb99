#include "sentencemodel.h"

#include "attributiontable.h"
#include "claimtable.h"
#include "displaynames.h"
#include "documenttable.h"
#include "itemroles.h"
#include "projectstore.h"
#include "sourcetable.h"

#include <QSet>

#include <algorithm>

namespace Sourcelight {

SentenceModel::SentenceModel(ProjectStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
}

SentenceModel::~SentenceModel() = default;

bool SentenceModel::setDocument(Id documentId)
{
    beginResetModel();
    m_rows.clear();
    m_rowOfSentence.clear();
    m_sources.clear();
    m_text.clear();
    m_title.clear();
    m_documentId = 0;
    bool ok = true;
    if (documentId != 0) {
        const std::optional<DocumentRecord> document = m_store.documents().document(documentId);
        const auto sentences = m_store.documents().sentences(documentId);
        ok = document && sentences;
        if (ok) {
            m_documentId = documentId;
            m_text = document->body;
            m_title = document->metadata.title;
            m_rows.reserve(sentences->size());
            for (const SentenceRecord &sentence : *sentences) {
                m_rowOfSentence.insert(sentence.id, int(m_rows.size()));
                m_rows.append(Row {sentence, {}, {}, {}});
            }
            ok = readDecisions();
        }
        if (!ok) {
            m_rows.clear();
            m_rowOfSentence.clear();
            m_text.clear();
            m_title.clear();
            m_documentId = 0;
        }
    }
    endResetModel();
    return ok;
}

bool SentenceModel::readDecisions()
{
    const auto attributions = m_store.attributions().forDocument(m_documentId, DecisionLayers::Own);
    const auto claims = m_store.claims().forDocument(m_documentId, DecisionLayers::Own);
    // Only the sources the document names: a project may hold thousands. source() reads any other on demand.
    const auto sources = attributions ? m_store.sources().sources(sourceIds(*attributions)) : std::nullopt;
    if (!attributions || !claims || !sources) {
        return false;
    }
    m_sources.clear();
    for (const SourceRecord &s : *sources) {
        m_sources.insert(s.id, s);
    }
    for (Row &row : m_rows) {
        row.suggestion.reset();
        row.human.reset();
        row.claim.reset();
    }
    for (const AttributionRecord &a : *attributions) {
        const int row = m_rowOfSentence.value(a.sentenceId, -1);
        if (row >= 0) {
            (a.origin == AttributionOrigin::Suggested ? m_rows[row].suggestion : m_rows[row].human) = a;
        }
    }
    for (const ClaimRecord &c : *claims) {
        const int row = m_rowOfSentence.value(c.sentenceId, -1);
        // The whole-sentence claim is the one the panel edits; otherwise the first span claim.
        if (row >= 0 && (!m_rows[row].claim || (!c.span.isValid() && m_rows[row].claim->span.isValid()))) {
            m_rows[row].claim = c;
        }
    }
    return true;
}

QList<Id> SentenceModel::sourceIds(const QList<AttributionRecord> &attributions)
{
    QSet<Id> ids;
    for (const AttributionRecord &a : attributions) {
        for (const AttributionHop &hop : a.hops) {
            ids.insert(hop.sourceId);
        }
    }
    return QList<Id>(ids.cbegin(), ids.cend());
}

void SentenceModel::assign(Row &row, const QList<AttributionRecord> &attributions, const QList<ClaimRecord> &claims)
{
    row.suggestion.reset();
    row.human.reset();
    row.claim.reset();
    for (const AttributionRecord &a : attributions) {
        (a.origin == AttributionOrigin::Suggested ? row.suggestion : row.human) = a;
    }
    for (const ClaimRecord &c : claims) {
        if (!row.claim || (!c.span.isValid() && row.claim->span.isValid())) {
            row.claim = c;
        }
    }
}

bool SentenceModel::refreshSentence(Id sentenceId)
{
    const int row = rowForSentence(sentenceId);
    if (row < 0) {
        return false;
    }
    const auto attributions = m_store.attributions().forSentence(sentenceId, DecisionLayers::Own);
    const auto claims = m_store.claims().forSentence(sentenceId, DecisionLayers::Own);
    if (!attributions || !claims) {
        return false;
    }
    assign(m_rows[row], *attributions, *claims);
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
    return true;
}

std::optional<SentenceModel::Shown> SentenceModel::shown(Id sentenceId) const
{
    const int row = rowForSentence(sentenceId);
    if (row < 0) {
        return std::nullopt;
    }
    const Row &r = m_rows.at(row);
    return Shown {r.suggestion, r.human, r.claim};
}

void SentenceModel::showWhileOffline(Id sentenceId, const std::function<void(Shown &)> &change)
{
    const int row = rowForSentence(sentenceId);
    if (row < 0) {
        return;
    }
    Row &r = m_rows[row];
    Shown shown {r.suggestion, r.human, r.claim};
    change(shown);
    r.human = shown.human;
    r.claim = shown.claim;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

void SentenceModel::refreshRows()
{
    if (m_documentId == 0) {
        return;
    }
    m_sources.clear();
    readDecisions(); // on an error the rows keep what they showed; source() reads names on demand
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    }
}

int SentenceModel::rowAt(qsizetype position) const
{
    // The first sentence ending after position: the rows are in document order and do not overlap.
    const auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), position,
        [](qsizetype pos, const Row &row) { return pos < row.sentence.span.end; });
    if (it == m_rows.cend() || position < it->sentence.span.start) {
        return -1;
    }
    return int(it - m_rows.cbegin());
}

const SourceRecord *SentenceModel::source(Id sourceId) const
{
    auto it = m_sources.constFind(sourceId);
    if (it == m_sources.constEnd()) {
        // Created since the document was opened.
        const std::optional<SourceRecord> record = m_store.sources().source(sourceId);
        if (!record) {
            return nullptr;
        }
        it = m_sources.insert(sourceId, *record);
    }
    return &*it;
}

int SentenceModel::rowForSentence(Id sentenceId) const
{
    return m_rowOfSentence.value(sentenceId, -1);
}

Id SentenceModel::sentenceId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).sentence.id : 0;
}

int SentenceModel::nextUnreviewed(int from) const
{
    const int n = int(m_rows.size());
    for (int step = 1; step <= n; ++step) {
        const int row = ((from < 0 ? -1 : from) + step) % n;
        if (!m_rows.at(row).human) {
            return row;
        }
    }
    return -1;
}

int SentenceModel::reviewedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.human.has_value(); }));
}

int SentenceModel::attributedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return r.effective() && !r.effective()->hops.isEmpty() && r.effective()->scope != AttributionScope::Author;
    }));
}

int SentenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString SentenceModel::toolTip(const Row &row) const
{
    const auto &a = row.effective();
    QStringList lines;
    if (!a || a->hops.isEmpty()) {
        lines << tr("Author's own voice (no attribution)");
    } else {
        const SourceRecord *s = source(a->hops.first().sourceId);
        QString sourceLine = tr("Source: %1").arg(s ? s->name : QString());
        if (a->hops.first().anonymous || (s && s->kind == SourceKind::Anonymous)) {
            sourceLine += QStringLiteral(" (") + tr("anonymous") + QLatin1Char(')');
        }
        lines << sourceLine;
        QStringList via;
        for (qsizetype i = 1; i < a->hops.size(); ++i) {
            const SourceRecord *conduit = source(a->hops.at(i).sourceId);
            via << (conduit ? conduit->name : QString());
        }
        if (!via.isEmpty()) {
            lines << tr("Via: %1").arg(via.join(QStringLiteral(" → ")));
        }
    }
    if (a && !a->cueText.isEmpty()) {
        lines << tr("Cue: “%1”").arg(a->cueText);
    }
    if (a) {
        lines << DisplayNames::origin(a->origin);
    }
    if (row.claim) {
        lines << tr("Verdict: %1").arg(DisplayNames::verdict(row.claim->verdict));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant SentenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const auto &effective = row.effective();
    const AttributionHop *hop0 = effective && !effective->hops.isEmpty() ? &effective->hops.first() : nullptr;
    const SourceRecord *src = hop0 ? source(hop0->sourceId) : nullptr;
    const auto names = [this](const std::optional<AttributionRecord> &a) {
        QStringList list;
        if (a) {
            for (qsizetype i = 1; i < a->hops.size(); ++i) {
                const SourceRecord *s = source(a->hops.at(i).sourceId);
                list << (s ? s->name : QString());
            }
        }
        return list;
    };

    switch (role) {
    case Qt::DisplayRole:
        return m_text.mid(row.sentence.span.start, row.sentence.span.length());
    case Qt::ToolTipRole:
    case ToolTipTextRole:
        return toolTip(row);
    case IdRole:
        return row.sentence.id;
    case SpanStartRole:
        return qint64(row.sentence.span.start);
    case SpanEndRole:
        return qint64(row.sentence.span.end);
    case SourceIdRole:
        return src ? src->id : Id(0);
    case SourceNameRole:
        return src ? src->name : QString();
    case SourceKindRole:
        return src ? int(src->kind) : -1;
    case SourceColourRole:
        return src ? DisplayNames::sourceColour(src->id, src->colour) : QColor();
    case AnonymousRole:
        return (hop0 && hop0->anonymous) || (src && src->kind == SourceKind::Anonymous);
    case ViaRole:
        return names(effective);
    case CueTextRole:
        return effective ? effective->cueText : QString();
    case CueStartRole:
    case CueEndRole: {
        // The cue is stored in document offsets; a span outside the sentence (stale data) marks nothing.
        const TextSpan cue = effective ? effective->cue : TextSpan {};
        const TextSpan &sentence = row.sentence.span;
        if (!cue.isValid() || cue.start < sentence.start || cue.end > sentence.end) {
            return qint64(-1);
        }
        return qint64((role == CueStartRole ? cue.start : cue.end) - sentence.start);
    }
    case QuoteTypeRole:
        return int(effective ? effective->quote : QuoteType::None);
    case ScopeRole:
        return int(effective ? effective->scope : AttributionScope::Author);
    case OriginRole:
        return effective ? QVariant(int(effective->origin)) : QVariant();
    case HasHumanAttributionRole:
        return row.human.has_value();
    case ConfidenceRole:
        return effective ? effective->confidence : 0.0;
    case ReasonRole:
        return row.suggestion ? row.suggestion->reason : QString();
    case SuggestionSourceNameRole: {
        if (!row.suggestion || row.suggestion->hops.isEmpty()) {
            return QString();
        }
        const SourceRecord *s = source(row.suggestion->hops.first().sourceId);
        return s ? s->name : QString();
    }
    case SuggestionViaRole:
        return names(row.suggestion);
    case HasClaimRole:
        return row.claim.has_value();
    case ClaimIdRole:
        return row.claim ? row.claim->id : Id(0);
    case VerdictRole:
        return int(row.claim ? row.claim->verdict : Verdict::Unverified);
    case ClaimTypeRole:
        return int(row.claim ? row.claim->type : ClaimType::Fact);
    case NoteRole:
        return row.claim ? row.claim->note : QString();
    case ClaimSpanStartRole:
        return qint64(row.claim && row.claim->span.isValid() ? row.claim->span.start : -1);
    case ClaimSpanEndRole:
        return qint64(row.claim && row.claim->span.isValid() ? row.claim->span.end : -1);
    case ClaimTextRole: {
        const TextSpan words = row.claim && row.claim->span.isValid() ? row.claim->span : row.sentence.span;
        return m_text.mid(words.start, words.length());
    }
    case TagIdsRole: {
        QVariantList ids;
        if (row.claim) {
            for (const Id id : row.claim->tagIds) {
                ids << id;
            }
        }
        return ids;
    }
    case UpdatedAtRole: {
        QDateTime latest = row.human ? row.human->updatedAt : QDateTime();
        if (row.claim && (!latest.isValid() || row.claim->updatedAt > latest)) {
            latest = row.claim->updatedAt;
        }
        return latest;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> SentenceModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "sentenceId");
    names.insert(SourceNameRole, "sourceName");
    names.insert(VerdictRole, "verdict");
    return names;
}

} // namespace Sourcelight
