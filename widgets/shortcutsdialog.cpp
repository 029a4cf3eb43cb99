#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sourcelight {

ShortcutsDialog::ShortcutsDialog(const QList<std::pair<QString, QList<QAction *>>> &groups, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("shortcutsTree"));
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    tree->setRootIsDecorated(false);
    for (const auto &[title, actions] : groups) {
        auto *group = new QTreeWidgetItem(tree, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (const QAction *action : actions) {
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts()) {
                keys << key.toString(QKeySequence::NativeText);
            }
            if (keys.isEmpty()) {
                continue;
            }
            QString text = action->text();
            text.remove(QLatin1Char('&'));
            new QTreeWidgetItem(group, {text, keys.join(QStringLiteral("   "))});
        }
    }
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    resize(520, 560);
}

ShortcutsDialog::~ShortcutsDialog() = default;

} // namespace Sourcelight
