#pragma once

#include <QString>

namespace Sourcelight::Appearance {

/// "system" (the platform's palette), "light" or "dark" (Fusion with a palette of our own).
QString configured();
void setConfigured(const QString &appearance);
/// Applies an appearance to the running application; widgets repaint and the document pane's KSyntaxHighlighting
/// theme follows the palette.
void apply(const QString &appearance);

} // namespace Sourcelight::Appearance
