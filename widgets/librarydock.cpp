#include "librarydock.h"

#include "languagechange.h"

#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace Sourcelight {

LibraryDock::LibraryDock(QWidget *parent)
    : QDockWidget(parent)
{
    setObjectName(QStringLiteral("libraryDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(content);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setClearButtonEnabled(true);
    m_view = new QTreeView(content);
    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    setWidget(content);
    translateAndFollowLanguage(this, this, [this] { retranslateUi(); });
}

void LibraryDock::retranslateUi()
{
    setWindowTitle(tr("Library"));
    m_search->setPlaceholderText(tr("Search documents…"));
    m_search->setAccessibleName(tr("Search documents"));
    m_view->setAccessibleName(tr("Documents"));
}

LibraryDock::~LibraryDock() = default;

QTreeView *LibraryDock::view() const
{
    return m_view;
}

QLineEdit *LibraryDock::searchField() const
{
    return m_search;
}

} // namespace Sourcelight
