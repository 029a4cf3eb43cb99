#pragma once

#include <functional>

class QObject;
class QWidget;

namespace Sourcelight {

/// Calls retranslate whenever window's language changes (QEvent::LanguageChange reaches it), for as long as owner
/// lives: what the controllers that are not widgets themselves, but name actions of the window, do to follow a
/// change of language.
void whenLanguageChanges(QWidget *window, QObject *owner, std::function<void()> retranslate);

} // namespace Sourcelight
