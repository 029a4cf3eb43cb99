#include "attributionpanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Sourcelight {

AttributionPanel::AttributionPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("attributionPanel"));
    setAccessibleName(tr("Attribution"));
    auto *layout = new QVBoxLayout(this);
    m_emptyLabel = new QLabel(tr("No sentence selected."), this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    layout->addWidget(m_emptyLabel);
}

AttributionPanel::~AttributionPanel() = default;

} // namespace Sourcelight
