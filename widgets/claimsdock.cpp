#include "claimsdock.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace Sourcelight {

ClaimsDock::ClaimsDock(QWidget *parent)
    : QDockWidget(parent)
{
    setObjectName(QStringLiteral("claimsDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(content);
    m_filter->setObjectName(QStringLiteral("claimsFilter"));
    m_filter->setClearButtonEnabled(true);
    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("claimsView"));
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    setWidget(content);
    retranslateUi();
}

void ClaimsDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
}

void ClaimsDock::retranslateUi()
{
    setWindowTitle(tr("Claims", "reviewed statements"));
    m_filter->setPlaceholderText(tr("Filter claims…"));
    m_filter->setAccessibleName(tr("Filter claims"));
    m_view->setAccessibleName(tr("Claims", "reviewed statements"));
}

ClaimsDock::~ClaimsDock() = default;

QTableView *ClaimsDock::view() const
{
    return m_view;
}

QLineEdit *ClaimsDock::filterField() const
{
    return m_filter;
}

} // namespace Sourcelight
