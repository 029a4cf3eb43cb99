#include "documentsortmodel.h"

#include "documentlistmodel.h"
#include "itemroles.h"

namespace Sourcelight {

DocumentSortModel::DocumentSortModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

DocumentSortModel::~DocumentSortModel() = default;

bool DocumentSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    switch (left.column()) {
    case DocumentListModel::ReviewedColumn:
        return left.data(ReviewedShareRole).toDouble() < right.data(ReviewedShareRole).toDouble();
    case DocumentListModel::SentencesColumn:
        return left.data(SentenceCountRole).toLongLong() < right.data(SentenceCountRole).toLongLong();
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace Sourcelight
