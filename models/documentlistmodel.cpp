#include "documentlistmodel.h"

#include "documenttable.h"
#include "fulltextsearch.h"
#include "itemroles.h"
#include "projectstore.h"

#include <QLocale>
#include <QSet>

namespace Sourcelight {

DocumentListModel::DocumentListModel(ProjectStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_counting(
          this, [](ProjectStore &worker) { return worker.documents().counts(); },
          [this](const std::optional<Counts> &counts, const QString &path) { backgroundCountDone(counts, path); })
{
}

DocumentListModel::~DocumentListModel() = default;

std::optional<QList<DocumentSummary>> DocumentListModel::filtered()
{
    std::optional<QList<DocumentSummary>> all = m_store.documents().summaries();
    if (!all || m_search.trimmed().isEmpty()) {
        return all;
    }
    QSet<Id> matching;
    if (m_store.fullText().isAvailable()) {
        const auto sentences = m_store.fullText().matchingSentences(m_search, 5000);
        if (!sentences) {
            return std::nullopt;
        }
        for (const Id sentenceId : *sentences) {
            if (const auto sentence = m_store.documents().sentence(sentenceId)) {
                matching.insert(sentence->documentId);
            }
        }
    }
    QList<DocumentSummary> result;
    for (const DocumentSummary &d : std::as_const(*all)) {
        if (matching.contains(d.id) || d.metadata.title.contains(m_search, Qt::CaseInsensitive)
            || d.metadata.outlet.contains(m_search, Qt::CaseInsensitive)) {
            result.append(d);
        }
    }
    return result;
}

bool DocumentListModel::reload()
{
    return readRows() && (!m_store.isOpen() || readCounts());
}

bool DocumentListModel::readRows()
{
    std::optional<QList<DocumentSummary>> rows = m_store.isOpen() ? filtered() : QList<DocumentSummary> {};
    if (!rows && m_store.isConnectionLost()) {
        return false; // the library shown stays until the server can be read again (the project reloads then)
    }
    if (!m_store.isOpen() || m_countsPath != m_store.path()) {
        m_counts.clear(); // another project's
        m_countsPath = m_store.isOpen() ? m_store.path() : QString();
    }
    beginResetModel();
    m_rows = rows.value_or(QList<DocumentSummary> {});
    endResetModel();
    return rows.has_value();
}

bool DocumentListModel::readCounts()
{
    if (m_background) {
        m_counting.request(m_store.path());
        return true;
    }
    return countHere();
}

bool DocumentListModel::countHere()
{
    std::optional<Counts> counts = m_store.documents().counts();
    if (!counts) {
        return false;
    }
    m_counts = std::move(*counts);
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, SentencesColumn), index(int(m_rows.size()) - 1, ReviewedColumn));
    }
    return true;
}

void DocumentListModel::backgroundCountDone(const std::optional<Counts> &counts, const QString &path)
{
    if (!m_store.isOpen() || m_store.path() != path) {
        return; // another project's (its own count was requested when it was read)
    }
    if (!counts) {
        // The worker could not open the project (moved, permissions changed): count here rather than show nothing.
        countHere();
        return;
    }
    m_counts = *counts;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, SentencesColumn), index(int(m_rows.size()) - 1, ReviewedColumn));
    }
}

void DocumentListModel::setCounts(Id documentId, const DocumentCounts &counts)
{
    m_counts.insert(documentId, counts);
    if (m_counting.isRunning()) {
        m_counting.request(m_store.path()); // that count may have read the document before this edit
    }
}

bool DocumentListModel::setSearchText(const QString &text)
{
    if (text == m_search) {
        return true;
    }
    m_search = text;
    return readRows(); // a search changes which rows show, not what they count: the counts stay
}

bool DocumentListModel::refreshDocument(Id documentId)
{
    const int row = rowForDocument(documentId);
    if (row < 0) {
        return false;
    }
    const std::optional<DocumentSummary> summary = m_store.documents().summary(documentId);
    const std::optional<DocumentCounts> counts = m_store.documents().counts(documentId);
    if (!summary || !counts) {
        return false;
    }
    m_rows[row] = *summary;
    setCounts(documentId, *counts);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void DocumentListModel::removeDocumentRow(Id documentId)
{
    const int row = rowForDocument(documentId);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

bool DocumentListModel::addDocumentRows(const QList<Id> &documentIds)
{
    const std::optional<QList<DocumentSummary>> current = filtered();
    if (!current) {
        return false;
    }
    QList<DocumentSummary> added;
    for (const DocumentSummary &d : *current) {
        if (documentIds.contains(d.id) && rowForDocument(d.id) < 0) {
            const std::optional<DocumentCounts> counts = m_store.documents().counts(d.id);
            if (!counts) {
                return false;
            }
            setCounts(d.id, *counts);
            added.append(d);
        }
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows += added;
        endInsertRows();
    }
    return true;
}

int DocumentListModel::rowForDocument(Id documentId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == documentId) {
            return i;
        }
    }
    return -1;
}

Id DocumentListModel::documentId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const DocumentSummary &d = m_rows.at(index.row());
    const auto known = m_counts.constFind(d.id);
    const bool counted = known != m_counts.cend();
    const DocumentCounts counts = counted ? *known : DocumentCounts {};
    const double share = counts.sentences > 0 ? double(counts.reviewed) / double(counts.sentences) : 0.0;
    const bool countColumn = index.column() == SentencesColumn || index.column() == ReviewedColumn;
    if (countColumn && !counted && role == Qt::DisplayRole) {
        return {}; // not counted yet
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return d.metadata.title.isEmpty() ? tr("(untitled)") : d.metadata.title;
        case OutletColumn:
            return d.metadata.outlet;
        case PublishedColumn:
            return d.metadata.published.left(10);
        case SentencesColumn:
            return counts.sentences;
        case ReviewedColumn:
            return QString(QLocale().toString(share * 100.0, 'f', 0) + QLatin1Char('%'));
        default:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (!counted) {
            return tr("%1\n%2 · %3").arg(d.metadata.title, d.metadata.outlet, d.metadata.published);
        }
        return tr("%1\n%2 · %3\n%4 of %5 sentences reviewed")
            .arg(d.metadata.title, d.metadata.outlet, d.metadata.published)
            .arg(counts.reviewed)
            .arg(counts.sentences);
    case Qt::TextAlignmentRole:
        return index.column() >= SentencesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return d.id;
    case ReviewedShareRole:
        return counted ? QVariant(share) : QVariant();
    case SentenceCountRole:
        return counted ? QVariant(counts.sentences) : QVariant();
    default:
        return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case PublishedColumn:
        return tr("Published");
    case SentencesColumn:
        return tr("Sentences");
    case ReviewedColumn:
        return tr("Reviewed");
    default:
        break;
    }
    return {};
}

} // namespace Sourcelight
