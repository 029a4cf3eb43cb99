#pragma once

#include <QStyledItemDelegate>

namespace Sourcelight {

/// Draws a document's reviewed share (ReviewedShareRole) as a small progress bar with the percentage.
class ReviewedShareDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewedShareDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    ~ReviewedShareDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Sourcelight
