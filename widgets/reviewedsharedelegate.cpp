#include "reviewedsharedelegate.h"

#include "itemroles.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace Sourcelight {

ReviewedShareDelegate::~ReviewedShareDelegate() = default;

void ReviewedShareDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
    const QVariant share = index.data(ReviewedShareRole);
    if (!share.isValid()) {
        return; // not counted yet: no bar rather than an empty one
    }

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(3, 3, -3, -3);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = qRound(share.toDouble() * 100.0);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace Sourcelight
