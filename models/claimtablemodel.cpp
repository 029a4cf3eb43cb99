#include "claimtablemodel.h"

#include "claimtable.h"
#include "displaynames.h"
#include "itemroles.h"
#include "projectstore.h"

#include <QLocale>

namespace Sourcelight {

ClaimTableModel::ClaimTableModel(ProjectStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

ClaimTableModel::~ClaimTableModel() = default;

bool ClaimTableModel::setQuery(const ClaimQuery &query)
{
    m_query = query;
    return reload();
}

bool ClaimTableModel::reload()
{
    // No count of every match: one row beyond the page tells whether there are more.
    std::optional<QList<ClaimRow>> first
        = m_store.isOpen() ? ProjectQueries::claimRows(m_store, m_query, 0, PageSize + 1) : QList<ClaimRow> {};
    if (!first && m_store.isConnectionLost()) {
        return false; // the rows shown stay until the server can be read again (the project reloads on reconnect)
    }
    // Views (and QAbstractItemModelTester) may ask for more rows while a change is still being announced.
    m_resetting = true;
    beginResetModel();
    m_rows = first.value_or(QList<ClaimRow> {});
    m_hasMore = m_rows.size() > PageSize;
    if (m_hasMore) {
        m_rows.removeLast();
    }
    endResetModel();
    m_resetting = false;
    return first.has_value();
}

std::optional<qint64> ClaimTableModel::countMatches() const
{
    return m_store.isOpen() ? ProjectQueries::countClaims(m_store, m_query.filter) : qint64(0);
}

bool ClaimTableModel::refreshSentence(Id sentenceId)
{
    const std::optional<QList<ClaimRecord>> claims = m_store.claims().forSentence(sentenceId, DecisionLayers::Own);
    if (!claims) {
        return false;
    }
    int shown = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).sentenceId != sentenceId) {
            continue;
        }
        ++shown;
        const std::optional<ClaimRow> fresh = ProjectQueries::claimRow(m_store, m_rows.at(row).claimId);
        if (!fresh || fresh->claimId == 0) {
            return false; // removed
        }
        m_rows[row] = *fresh;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    // A claim that was created, or one the filter now treats differently, changes the set of rows.
    return shown == claims->size();
}

Id ClaimTableModel::claimId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).claimId : 0;
}

const ClaimRow *ClaimTableModel::claimRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ClaimTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ClaimRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DocumentColumn:
            return r.documentTitle;
        case SentenceColumn:
            return r.sentenceText;
        case SourceColumn:
            return r.sourceName.isEmpty() ? tr("(author)") : r.sourceName;
        case ViaColumn:
            return r.via.join(QStringLiteral(" → "));
        case CueColumn:
            return r.cue;
        case VerdictColumn:
            return DisplayNames::verdict(r.verdict);
        case TypeColumn:
            return DisplayNames::claimType(r.type);
        case NoteColumn:
            return r.note;
        case ReviewerColumn:
            return r.reviewer;
        case UpdatedColumn:
            return QLocale().toString(r.updatedAt.toLocalTime(), QLocale::ShortFormat);
        default:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SentenceColumn || index.column() == NoteColumn) {
            return index.column() == SentenceColumn ? r.sentenceText : r.note;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == SourceColumn && r.sourceId != 0 ? QVariant(DisplayNames::sourceColour(r.sourceId, {}))
                                                                 : QVariant();
    case IdRole:
        return r.claimId;
    case SentenceIdRole:
        return r.sentenceId;
    case DocumentIdRole:
        return r.documentId;
    case SourceIdRole:
        return r.sourceId;
    case AnonymousRole:
        return r.anonymous;
    case VerdictRole:
        return int(r.verdict);
    case ClaimTypeRole:
        return int(r.type);
    case NoteRole:
        return r.note;
    case ReviewerRole:
        return r.reviewer;
    case UpdatedAtRole:
        return r.updatedAt;
    default:
        return {};
    }
}

QVariant ClaimTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case SentenceColumn:
        return tr("Claim", "the reviewed statement");
    case SourceColumn:
        return tr("Source", "who a claim comes from");
    case ViaColumn:
        return tr("Via");
    case CueColumn:
        return tr("Cue");
    case VerdictColumn:
        return tr("Verdict");
    case TypeColumn:
        return tr("Type", "claim type");
    case NoteColumn:
        return tr("Note");
    case ReviewerColumn:
        return tr("Reviewer");
    case UpdatedColumn:
        return tr("Changed");
    default:
        break;
    }
    return {};
}

bool ClaimTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_resetting && m_hasMore;
}

void ClaimTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    std::optional<QList<ClaimRow>> page = ProjectQueries::claimRows(m_store, m_query, m_rows.size(), PageSize + 1);
    m_hasMore = page && page->size() > PageSize;
    if (m_hasMore) {
        page->removeLast();
    }
    if (!page || page->isEmpty()) {
        return; // the project changed underneath: stop asking
    }
    m_resetting = true; // no re-entrant fetch from views reacting to the insertion
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size()) - 1);
    m_rows.append(*page);
    endInsertRows();
    m_resetting = false;
}

void ClaimTableModel::sort(int column, Qt::SortOrder order)
{
    ClaimQuery query = m_query;
    switch (column) {
    case SourceColumn:
    case ViaColumn:
        query.order = ClaimQuery::Order::Source;
        break;
    case VerdictColumn:
        query.order = ClaimQuery::Order::Verdict;
        break;
    case TypeColumn:
        query.order = ClaimQuery::Order::Type;
        break;
    case ReviewerColumn:
        query.order = ClaimQuery::Order::Reviewer;
        break;
    case UpdatedColumn:
        query.order = ClaimQuery::Order::Updated;
        break;
    default:
        query.order = ClaimQuery::Order::Document;
        break;
    }
    query.descending = order == Qt::DescendingOrder;
    if (query == m_query) {
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_query = query;
    const std::optional<QList<ClaimRow>> rows = ProjectQueries::claimRows(m_store, m_query, 0, int(m_rows.size()));
    if (rows && rows->size() == m_rows.size()) {
        const QModelIndexList before = persistentIndexList();
        QHash<Id, int> newRow;
        for (int i = 0; i < rows->size(); ++i) {
            newRow.insert(rows->at(i).claimId, i);
        }
        QModelIndexList after;
        for (const QModelIndex &idx : before) {
            const int to = newRow.value(m_rows.at(idx.row()).claimId, -1);
            after << (to < 0 ? QModelIndex() : index(to, idx.column()));
        }
        m_rows = *rows;
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        reload();
    }
}

} // namespace Sourcelight
