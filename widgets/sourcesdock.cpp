#include "sourcesdock.h"

#include "languagechange.h"

#include <QTreeView>

namespace Sourcelight {

SourcesDock::SourcesDock(QWidget *parent)
    : QDockWidget(parent)
{
    setObjectName(QStringLiteral("sourcesDock"));
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("sourcesView"));
    m_view->setUniformRowHeights(true);
    setWidget(m_view);
    translateAndFollowLanguage(this, this, [this] { retranslateUi(); });
}

void SourcesDock::retranslateUi()
{
    setWindowTitle(tr("Sources", "who claims come from"));
    m_view->setAccessibleName(tr("Sources", "who claims come from"));
}

SourcesDock::~SourcesDock() = default;

QTreeView *SourcesDock::view() const
{
    return m_view;
}

} // namespace Sourcelight
