#pragma once

#include <QSortFilterProxyModel>

namespace Sourcelight {

/// Sorts the library by any column: text columns by their text (locale-aware), counts and the reviewed share by
/// their numbers.
class DocumentSortModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentSortModel)

public:
    explicit DocumentSortModel(QObject *parent = nullptr);
    ~DocumentSortModel() override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace Sourcelight
