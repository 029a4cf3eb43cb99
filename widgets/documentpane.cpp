#include "documentpane.h"

#include "documentview.h"
#include "findbar.h"
#include "languagechange.h"
#include "legendstrip.h"
#include "settings.h"

#include <QAction>
#include <QVBoxLayout>

namespace Sourcelight {

DocumentPane::DocumentPane(QWidget *parent)
    : QWidget(parent)
    , m_legend(new LegendStrip(this))
    , m_view(new DocumentView(this))
    , m_findBar(new FindBar(m_view, this))
    , m_findAction(new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), QString(), this))
    , m_findNextAction(new QAction(QIcon::fromTheme(QStringLiteral("go-down-search")), QString(), this))
    , m_findPreviousAction(new QAction(QIcon::fromTheme(QStringLiteral("go-up-search")), QString(), this))
    , m_legendAction(new QAction(this))
{
    setObjectName(QStringLiteral("documentPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_legend);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_view);

    m_findAction->setObjectName(QStringLiteral("findInArticleAction"));
    m_findAction->setShortcuts(QKeySequence::Find);
    m_findNextAction->setObjectName(QStringLiteral("findNextAction"));
    m_findNextAction->setShortcut(QKeySequence(Qt::Key_F3));
    m_findPreviousAction->setObjectName(QStringLiteral("findPreviousAction"));
    m_findPreviousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    for (QAction *action : findActions()) {
        // Ctrl+F finds in the article only while the pane (or its find bar) has the focus.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_findAction, &QAction::triggered, m_findBar, &FindBar::open);
    connect(m_findNextAction, &QAction::triggered, m_findBar, &FindBar::findNext);
    connect(m_findPreviousAction, &QAction::triggered, m_findBar, &FindBar::findPrevious);

    m_legendAction->setObjectName(QStringLiteral("showLegendAction"));
    m_legendAction->setCheckable(true);
    m_legendAction->setChecked(Settings().showLegend());
    m_legend->setVisible(m_legendAction->isChecked());
    connect(m_legendAction, &QAction::toggled, this, [this](bool shown) {
        m_legend->setVisible(shown);
        Settings().setShowLegend(shown);
    });
    connect(m_legend, &LegendStrip::closeRequested, m_legendAction, [this] { m_legendAction->setChecked(false); });
    translateAndFollowLanguage(this, this, [this] { retranslateUi(); });
}

DocumentPane::~DocumentPane() = default;

QList<QAction *> DocumentPane::findActions() const
{
    return {m_findAction, m_findNextAction, m_findPreviousAction};
}

void DocumentPane::retranslateUi()
{
    m_findAction->setText(tr("&Find in the Article…"));
    m_findNextAction->setText(tr("Find &Next"));
    m_findPreviousAction->setText(tr("Find Pre&vious"));
    m_legendAction->setText(tr("&Legend", "what the marks in the document pane mean"));
}

} // namespace Sourcelight
