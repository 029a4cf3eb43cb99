#pragma once

#include <QIcon>
#include <QToolButton>

namespace Sourcelight {

/// A text-only tool button of the attribution panel's editors (icon from the theme, where one is shown).
inline QToolButton *panelToolButton(QWidget *parent, const char *icon, const QString &objectName)
{
    auto *b = new QToolButton(parent);
    b->setIcon(QIcon::fromTheme(QString::fromLatin1(icon)));
    b->setObjectName(objectName);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace Sourcelight
