#pragma once

#include <QDialog>

class QAction;

namespace Sourcelight {

/// Help → Keyboard Shortcuts: every action with a shortcut, grouped as the menus group them.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    /// groups: (group title, actions) in display order.
    explicit ShortcutsDialog(const QList<std::pair<QString, QList<QAction *>>> &groups, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;
};

} // namespace Sourcelight
