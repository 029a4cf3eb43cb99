#include "sourcesdock.h"

#include <QTreeView>

namespace Sourcelight {

SourcesDock::SourcesDock(QWidget *parent)
    : QDockWidget(tr("Sources", "who claims come from"), parent)
{
    setObjectName(QStringLiteral("sourcesDock"));
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("sourcesView"));
    m_view->setUniformRowHeights(true);
    m_view->setAccessibleName(tr("Sources", "who claims come from"));
    setWidget(m_view);
}

SourcesDock::~SourcesDock() = default;

QTreeView *SourcesDock::view() const
{
    return m_view;
}

} // namespace Sourcelight
