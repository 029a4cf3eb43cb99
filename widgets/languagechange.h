#pragma once

#include <functional>

class QObject;
class QWidget;

namespace Sourcelight {

/// Calls retranslate now, and again whenever widget's language changes (QEvent::LanguageChange reaches it), for as
/// long as owner lives. The one way the user interface follows a change of language: a widget passes itself as both
/// (in place of overriding changeEvent()); a controller that is not a widget but names actions of the window passes
/// the window and itself.
void translateAndFollowLanguage(QWidget *widget, QObject *owner, std::function<void()> retranslate);

} // namespace Sourcelight
