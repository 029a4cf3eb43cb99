#include "sourcemodel.h"

#include "displaynames.h"
#include "itemroles.h"
#include "projectqueries.h"
#include "projectstore.h"
#include "sourcetable.h"

#include <algorithm>

namespace Sourcelight {

namespace {
// internalId 0 marks a kind group; a source's internalId is its group's row + 1.
constexpr quintptr GroupMarker = 0;

constexpr std::array<SourceKind, 6> KindOrder {SourceKind::Person, SourceKind::Anonymous, SourceKind::Outlet,
    SourceKind::OfficialBody, SourceKind::Document, SourceKind::Author};
} // namespace

SourceModel::SourceModel(ProjectStore &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_counting(
          this, [](ProjectStore &worker) { return ProjectQueries::effectiveSourceCounts(worker); },
          [this](const std::optional<Counts> &counts, const QString &path) { backgroundCountDone(counts, path); })
{
}

SourceModel::~SourceModel() = default;

QList<SourceModel::Group> SourceModel::group(const QList<SourceRecord> &sources)
{
    QList<Group> groups;
    for (const SourceKind kind : KindOrder) {
        Group g {kind, {}};
        for (const SourceRecord &s : sources) {
            if (s.kind == kind) {
                g.sources.append(s);
            }
        }
        if (!g.sources.isEmpty()) {
            std::sort(g.sources.begin(), g.sources.end(), [](const SourceRecord &a, const SourceRecord &b) {
                return QString::localeAwareCompare(a.name, b.name) < 0;
            });
            groups.append(g);
        }
    }
    return groups;
}

bool SourceModel::reload()
{
    std::optional<QList<SourceRecord>> sources
        = m_store.isOpen() ? m_store.sources().sources() : QList<SourceRecord> {};
    const bool background = m_background && m_store.isOpen();
    if (background && m_countsPath != m_store.path()) {
        // Another project: its counts are not known until the worker has them (the dock shows no numbers).
        m_counts.clear();
        m_countsKnown = false;
    }
    std::optional<Counts> counts = !m_store.isOpen() ? Counts {}
        : background                                 ? m_counts
                                                     : ProjectQueries::effectiveSourceCounts(m_store);
    if (!sources || !counts) {
        return false;
    }
    if (!background) {
        m_countsKnown = true;
        // (A closed store still knows its last path; its empty counts belong to no project.)
        m_countsPath = m_store.isOpen() ? m_store.path() : QString();
    }
    QList<Group> groups = group(*sources);
    const auto sameShape = [this, &groups] {
        if (groups.size() != m_groups.size()) {
            return false;
        }
        for (qsizetype i = 0; i < groups.size(); ++i) {
            if (groups[i].kind != m_groups[i].kind || groups[i].sources.size() != m_groups[i].sources.size()) {
                return false;
            }
            for (qsizetype j = 0; j < groups[i].sources.size(); ++j) {
                if (groups[i].sources[j].id != m_groups[i].sources[j].id) {
                    return false;
                }
            }
        }
        return true;
    }();
    if (sameShape) {
        m_groups = groups;
        m_counts = *counts;
        if (background) {
            countInBackground();
        }
        for (int g = 0; g < m_groups.size(); ++g) {
            const QModelIndex parentIndex = index(g, 0);
            Q_EMIT dataChanged(parentIndex, index(g, ColumnCount - 1));
            if (!m_groups[g].sources.isEmpty()) {
                Q_EMIT dataChanged(
                    index(0, 0, parentIndex), index(int(m_groups[g].sources.size()) - 1, ColumnCount - 1, parentIndex));
            }
        }
        return true;
    }
    beginResetModel();
    m_groups = groups;
    m_counts = *counts;
    endResetModel();
    if (background) {
        countInBackground();
    }
    return true;
}

bool SourceModel::refreshCounts()
{
    if (m_background && m_store.isOpen()) {
        countInBackground();
        return true;
    }
    const std::optional<Counts> counts = ProjectQueries::effectiveSourceCounts(m_store);
    if (!counts) {
        return false;
    }
    applyCounts(*counts);
    return true;
}

void SourceModel::applyCounts(const Counts &counts)
{
    const bool wereKnown = std::exchange(m_countsKnown, true);
    m_countsPath = m_store.path();
    const Counts old = std::exchange(m_counts, counts);
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex parentIndex = index(g, 0);
        bool groupChanged = false;
        for (int r = 0; r < m_groups[g].sources.size(); ++r) {
            const Id id = m_groups[g].sources[r].id;
            if (!wereKnown || m_counts.value(id) != old.value(id)) {
                groupChanged = true;
                Q_EMIT dataChanged(index(r, CountColumn, parentIndex), index(r, CountColumn, parentIndex));
            }
        }
        if (groupChanged) {
            Q_EMIT dataChanged(index(g, CountColumn), index(g, CountColumn));
        }
    }
}

void SourceModel::countInBackground()
{
    m_counting.request(m_store.path());
}

void SourceModel::backgroundCountDone(const std::optional<Counts> &counts, const QString &path)
{
    const bool current = m_store.isOpen() && m_store.path() == path;
    if (current && counts) {
        applyCounts(*counts);
    } else if (current && !m_countsKnown) {
        // The worker could not open the file (moved, permissions changed): count here rather than show nothing.
        if (const std::optional<Counts> here = ProjectQueries::effectiveSourceCounts(m_store)) {
            applyCounts(*here);
        }
    }
    // A count that could not run otherwise leaves the previous counts; the next edit asks again. One that was for
    // another project (switched while it counted) is followed by the open project's own.
    if (m_store.isOpen() && !current) {
        countInBackground();
    }
}

Id SourceModel::sourceId(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupMarker) {
        return 0;
    }
    return m_groups.at(int(index.internalId() - 1)).sources.at(index.row()).id;
}

QList<SourceRecord> SourceModel::allSources() const
{
    QList<SourceRecord> all;
    for (const Group &g : m_groups) {
        all.append(g.sources);
    }
    std::sort(all.begin(), all.end(),
        [](const SourceRecord &a, const SourceRecord &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    return all;
}

QModelIndex SourceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, GroupMarker);
    }
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex SourceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupMarker) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, GroupMarker);
}

int SourceModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_groups.size());
    }
    if (parent.internalId() == GroupMarker && parent.column() == 0) {
        return int(m_groups.at(parent.row()).sources.size());
    }
    return 0;
}

int SourceModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SourceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == GroupMarker) {
        const Group &g = m_groups.at(index.row());
        qint64 total = 0;
        for (const SourceRecord &s : g.sources) {
            total += m_counts.value(s.id);
        }
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? QVariant(DisplayNames::sourceKindPlural(g.kind))
                : m_countsKnown                 ? QVariant(total)
                                                : QVariant();
        case KindRole:
            return int(g.kind);
        case ClaimCountRole:
            return total;
        case Qt::TextAlignmentRole:
            return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        default:
            return {};
        }
    }
    const SourceRecord &s = m_groups.at(int(index.internalId() - 1)).sources.at(index.row());
    const qint64 count = m_counts.value(s.id);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(s.name) : m_countsKnown ? QVariant(count) : QVariant();
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(DisplayNames::sourceColour(s.id, s.colour)) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = s.name + QStringLiteral(" — ") + DisplayNames::sourceKind(s.kind);
        if (!s.aliases.isEmpty()) {
            tip += QLatin1Char('\n') + tr("Also: %1").arg(s.aliases.join(QStringLiteral(", ")));
        }
        if (!s.description.isEmpty()) {
            tip += QLatin1Char('\n') + s.description;
        }
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return s.id;
    case KindRole:
        return int(s.kind);
    case SourceColourRole:
        return DisplayNames::sourceColour(s.id, s.colour);
    case ClaimCountRole:
        return count;
    case AnonymousRole:
        return s.kind == SourceKind::Anonymous;
    default:
        return {};
    }
}

QVariant SourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == NameColumn ? tr("Source", "who a claim comes from") : tr("Sentences");
}

} // namespace Sourcelight
