#include "languagechange.h"

#include <QEvent>
#include <QWidget>

namespace Sourcelight {

namespace {

/// The event filter whenLanguageChanges() installs on the window; a child of the owner, so it goes with it.
class LanguageChangeFilter final : public QObject
{
public:
    LanguageChangeFilter(QWidget *window, QObject *owner, std::function<void()> retranslate)
        : QObject(owner)
        , m_window(window)
        , m_retranslate(std::move(retranslate))
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::LanguageChange) {
            m_retranslate();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    std::function<void()> m_retranslate;
};

} // namespace

void whenLanguageChanges(QWidget *window, QObject *owner, std::function<void()> retranslate)
{
    window->installEventFilter(new LanguageChangeFilter(window, owner, std::move(retranslate)));
}

} // namespace Sourcelight
