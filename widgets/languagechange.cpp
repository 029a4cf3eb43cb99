#include "languagechange.h"

#include <QEvent>
#include <QWidget>

namespace Sourcelight {

namespace {

/// The event filter translateAndFollowLanguage() installs on the widget; a child of the owner, so it goes with it.
class LanguageChangeFilter final : public QObject
{
public:
    LanguageChangeFilter(QWidget *widget, QObject *owner, std::function<void()> retranslate)
        : QObject(owner)
        , m_widget(widget)
        , m_retranslate(std::move(retranslate))
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::LanguageChange) {
            m_retranslate();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_widget;
    std::function<void()> m_retranslate;
};

} // namespace

void translateAndFollowLanguage(QWidget *widget, QObject *owner, std::function<void()> retranslate)
{
    retranslate();
    widget->installEventFilter(new LanguageChangeFilter(widget, owner, std::move(retranslate)));
}

} // namespace Sourcelight
