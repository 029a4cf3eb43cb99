#pragma once

#include <QComboBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>

#include <ranges>

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

/// A combo box of the attribution panel's editors: it asks for no more width than minimumLength characters (the
/// panel's dock is narrow).
inline QComboBox *panelComboBox(QWidget *parent, const QString &objectName, int minimumLength)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(objectName);
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    c->setMinimumContentsLength(minimumLength);
    return c;
}

/// Adds a row of field (a widget or a layout) to form behind a new label whose buddy is buddy; the label, for
/// retranslateUi() to name.
template<typename Field> QLabel *addBuddyRow(QFormLayout *form, QWidget *buddy, Field *field)
{
    auto *label = new QLabel(form->parentWidget());
    label->setBuddy(buddy);
    form->addRow(label, field);
    return label;
}

/// Adds a row of a panelComboBox() listing values (enumerators, each item's data its value as int; retranslateUi()
/// names them) to form, its label in label (see addBuddyRow()); choosing an item calls chosen with its value.
template<typename Values, typename Chosen>
QComboBox *addChoiceRow(
    QFormLayout *form, const QString &objectName, const Values &values, QLabel *&label, Chosen chosen)
{
    using Value = std::ranges::range_value_t<Values>;
    QWidget *parent = form->parentWidget();
    QComboBox *combo = panelComboBox(parent, objectName, 8);
    for (const Value value : values) {
        combo->addItem(QString(), int(value));
    }
    label = addBuddyRow(form, combo, combo);
    QObject::connect(combo, &QComboBox::activated, parent,
        [combo, chosen] { chosen(static_cast<Value>(combo->currentData().toInt())); });
    return combo;
}

} // namespace Sourcelight
