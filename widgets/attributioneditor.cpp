#include "attributioneditor.h"

#include "displaynames.h"
#include "itemroles.h"
#include "languagechange.h"
#include "newsourcedialog.h"
#include "panelbuttons.h"
#include "project.h"
#include "sentencemodel.h"
#include "sourcemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <array>

namespace Sourcelight {

AttributionEditor::AttributionEditor(Project *project, QWidget *parent)
    : QGroupBox(parent)
    , m_project(project)
{
    auto *form = new QFormLayout(this);
    buildSource(form);
    buildVia(form);
    buildProfile(form);
    setTabOrder({m_sourcePicker, m_newSourceButton, m_viaList, m_viaPicker, m_anonymous, m_onRecord, m_count, m_title,
        m_quoteType});
    translateAndFollowLanguage(this, this, [this] { retranslateUi(); });
}

AttributionEditor::~AttributionEditor() = default;

void AttributionEditor::buildSource(QFormLayout *form)
{
    m_sourcePicker = panelComboBox(this, QStringLiteral("sourcePicker"), 12);
    m_sourcePicker->setEditable(true);
    m_sourcePicker->setInsertPolicy(QComboBox::NoInsert);
    m_sourcePicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_sourcePicker->completer()->setFilterMode(Qt::MatchContains);
    m_sourcePicker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_newSourceButton = panelToolButton(this, "list-add", QStringLiteral("newSourceButton"));
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_sourcePicker, 1);
    sourceRow->addWidget(m_newSourceButton);
    m_sourceLabel = addBuddyRow(form, m_sourcePicker, sourceRow);
    connect(m_sourcePicker, &QComboBox::activated, this, [this] { commitSourcePicker(); });
    connect(m_sourcePicker->lineEdit(), &QLineEdit::returnPressed, this, [this] { commitSourcePicker(); });
    connect(m_newSourceButton, &QToolButton::clicked, this, [this] {
        if (const std::optional<Id> id = createSourceNamed(m_sourcePicker->currentText()); id && m_sentenceId) {
            m_project->setSource(m_sentenceId, *id);
        }
    });
}

void AttributionEditor::buildVia(QFormLayout *form)
{
    m_viaList = new QListWidget(this);
    m_viaList->setObjectName(QStringLiteral("viaList"));
    m_viaList->setMaximumHeight(72);
    m_viaPicker = panelComboBox(this, QStringLiteral("viaPicker"), 10);
    m_viaPicker->setEditable(true);
    m_viaPicker->setInsertPolicy(QComboBox::NoInsert);
    m_viaPicker->completer()->setFilterMode(Qt::MatchContains);
    m_viaPicker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_viaAdd = panelToolButton(this, "list-add", QStringLiteral("viaAdd"));
    m_viaRemove = panelToolButton(this, "list-remove", QStringLiteral("viaRemove"));
    m_viaUp = panelToolButton(this, "go-up", QStringLiteral("viaUp"));
    m_viaDown = panelToolButton(this, "go-down", QStringLiteral("viaDown"));
    auto *viaAddRow = new QHBoxLayout;
    viaAddRow->addWidget(m_viaPicker, 1);
    viaAddRow->addWidget(m_viaAdd);
    auto *viaButtons = new QHBoxLayout;
    viaButtons->addWidget(m_viaRemove);
    viaButtons->addWidget(m_viaUp);
    viaButtons->addWidget(m_viaDown);
    viaButtons->addStretch();
    auto *viaColumn = new QVBoxLayout;
    viaColumn->addWidget(m_viaList);
    viaColumn->addLayout(viaButtons);
    viaColumn->addLayout(viaAddRow);
    m_viaLabel = addBuddyRow(form, m_viaPicker, viaColumn);
    connect(m_viaAdd, &QToolButton::clicked, this, &AttributionEditor::addVia);
    connect(m_viaPicker->lineEdit(), &QLineEdit::returnPressed, this, &AttributionEditor::addVia);
    connect(m_viaRemove, &QToolButton::clicked, this, [this] {
        QList<Id> via = currentVia();
        const int row = m_viaList->currentRow();
        if (row >= 0 && row < via.size()) {
            via.removeAt(row);
            commitVia(via);
        }
    });
    connect(m_viaUp, &QToolButton::clicked, this, [this] { moveVia(-1); });
    connect(m_viaDown, &QToolButton::clicked, this, [this] { moveVia(1); });
}

void AttributionEditor::buildProfile(QFormLayout *form)
{
    m_anonymous = new QCheckBox(this);
    m_anonymous->setObjectName(QStringLiteral("anonymousCheck"));
    m_onRecord = new QCheckBox(this);
    m_onRecord->setObjectName(QStringLiteral("onRecordCheck"));
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_anonymous);
    flags->addWidget(m_onRecord);
    flags->addStretch();
    form->addRow(QString(), flags);
    m_count = addChoiceRow(form, QStringLiteral("countCombo"),
        std::array {SourceCount::Unspecified, SourceCount::One, SourceCount::Another, SourceCount::Several},
        m_countLabel, [this](SourceCount /*count*/) { commitProfile(); });
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_titleLabel = addBuddyRow(form, m_title, m_title);
    connect(m_anonymous, &QCheckBox::toggled, this, [this] { commitProfile(); });
    connect(m_onRecord, &QCheckBox::toggled, this, [this] { commitProfile(); });
    connect(m_title, &QLineEdit::editingFinished, this, [this] { commitProfile(); });

    m_quoteType = addChoiceRow(form, QStringLiteral("quoteTypeCombo"),
        std::array {QuoteType::None, QuoteType::Direct, QuoteType::Indirect, QuoteType::Mixed}, m_quoteLabel,
        [this](QuoteType quote) { m_project->setQuoteType(m_sentenceId, quote); });
    m_originLabel = new QLabel(this);
    m_originLabel->setObjectName(QStringLiteral("originLabel"));
    form->addRow(QString(), m_originLabel);
}

QWidget *AttributionEditor::firstInFocusChain() const
{
    return m_sourcePicker;
}

QWidget *AttributionEditor::lastInFocusChain() const
{
    return m_quoteType;
}

void AttributionEditor::retranslateUi()
{
    setTitle(tr("Attribution"));
    m_sourceLabel->setText(tr("&Source:", "who a claim comes from"));
    m_sourcePicker->setAccessibleName(tr("Source", "who a claim comes from"));
    m_sourcePicker->lineEdit()->setPlaceholderText(tr("Type a name or alias…"));
    m_newSourceButton->setText(tr("New…"));
    m_newSourceButton->setToolTip(tr("New source…", "who a claim comes from"));
    m_newSourceButton->setAccessibleName(tr("New source", "who a claim comes from"));
    m_viaLabel->setText(tr("&Via:"));
    m_viaList->setAccessibleName(tr("Via chain, nearest to the reader first"));
    m_viaPicker->setAccessibleName(tr("Add a conduit"));
    m_viaPicker->lineEdit()->setPlaceholderText(tr("Add an outlet or person…"));
    m_viaAdd->setText(tr("Add"));
    m_viaAdd->setAccessibleName(tr("Add conduit"));
    m_viaRemove->setText(tr("Remove"));
    m_viaRemove->setAccessibleName(tr("Remove conduit"));
    m_viaUp->setText(QStringLiteral("↑"));
    m_viaUp->setAccessibleName(tr("Move conduit up"));
    m_viaDown->setText(QStringLiteral("↓"));
    m_viaDown->setAccessibleName(tr("Move conduit down"));
    m_anonymous->setText(tr("Anonymous"));
    m_onRecord->setText(tr("On the record"));
    m_countLabel->setText(tr("&Count:"));
    m_count->setAccessibleName(tr("How many speakers"));
    for (int i = 0; i < m_count->count(); ++i) {
        m_count->setItemText(i, DisplayNames::count(static_cast<SourceCount>(m_count->itemData(i).toInt())));
    }
    m_titleLabel->setText(tr("T&itle:"));
    m_title->setAccessibleName(tr("Title or role of the source", "who a claim comes from"));
    m_title->setPlaceholderText(tr("e.g. National Security Council spokesman"));
    m_quoteLabel->setText(tr("&Quote:"));
    m_quoteType->setAccessibleName(tr("Quote type"));
    for (int i = 0; i < m_quoteType->count(); ++i) {
        m_quoteType->setItemText(i, DisplayNames::quoteType(static_cast<QuoteType>(m_quoteType->itemData(i).toInt())));
    }
}

void AttributionEditor::reloadSources()
{
    m_updating = true;
    fillSourceCombo(m_sourcePicker);
    fillSourceCombo(m_viaPicker);
    m_updating = false;
}

void AttributionEditor::fillSourceCombo(QComboBox *combo)
{
    const QString typed = combo->currentText();
    combo->clear();
    for (const SourceRecord &s : m_project->sources()->allSources()) {
        combo->addItem(s.name, s.id);
        for (const QString &alias : s.aliases) {
            combo->addItem(QStringLiteral("%1 → %2").arg(alias, s.name), s.id);
        }
    }
    combo->setCurrentIndex(-1);
    combo->setEditText(typed);
}

void AttributionEditor::showSentence(Id sentenceId, const QModelIndex &index)
{
    m_sentenceId = sentenceId;
    if (sentenceId == 0) {
        return;
    }
    m_updating = true;
    const Id sourceId = index.data(SourceIdRole).value<Id>();
    m_sourcePicker->setCurrentIndex(m_sourcePicker->findData(sourceId));
    if (sourceId == 0) {
        m_sourcePicker->setEditText(QString());
    }
    m_viaList->clear();
    m_viaList->addItems(index.data(ViaRole).toStringList());
    const std::optional<AttributionRecord> effective = effectiveAttribution();
    const bool hasSource = effective && !effective->hops.isEmpty();
    const AttributionHop hop = hasSource ? effective->hops.first() : AttributionHop {};
    m_anonymous->setChecked(index.data(AnonymousRole).toBool());
    m_onRecord->setChecked(hop.onRecord);
    m_count->setCurrentIndex(m_count->findData(int(hop.count)));
    m_title->setText(hop.title);
    for (QWidget *w :
        {static_cast<QWidget *>(m_anonymous), static_cast<QWidget *>(m_onRecord), static_cast<QWidget *>(m_count),
            static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_viaPicker), static_cast<QWidget *>(m_viaAdd)}) {
        w->setEnabled(hasSource);
    }
    m_quoteType->setCurrentIndex(m_quoteType->findData(index.data(QuoteTypeRole).toInt()));
    const QVariant origin = index.data(OriginRole);
    m_originLabel->setText(
        origin.isValid() ? DisplayNames::origin(static_cast<AttributionOrigin>(origin.toInt())) : tr("No suggestion"));
    m_updating = false;
}

std::optional<AttributionRecord> AttributionEditor::effectiveAttribution() const
{
    const std::optional<AttributionRecord> human = m_project->humanAttribution(m_sentenceId);
    return human ? human : m_project->suggestedAttribution(m_sentenceId);
}

std::optional<Id> AttributionEditor::sourceForTypedText(const QString &text)
{
    // A picker entry reads "name → affiliation"; what counts is the name (or an alias), looked up by the store.
    const QString wanted = text.section(QStringLiteral(" → "), 0, 0).trimmed();
    if (wanted.isEmpty()) {
        return std::nullopt;
    }
    if (const std::optional<Id> known = m_project->findSource(wanted)) {
        return known;
    }
    return createSourceNamed(wanted);
}

std::optional<Id> AttributionEditor::createSourceNamed(const QString &name)
{
    NewSourceDialog dialog(m_project->sources()->allSources(), name.trimmed(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return m_project->createSource(dialog.name(), dialog.kind(), dialog.affiliation());
}

void AttributionEditor::commitSourcePicker()
{
    if (m_updating || m_sentenceId == 0) {
        return;
    }
    const int index = m_sourcePicker->currentIndex();
    const QString text = m_sourcePicker->currentText();
    std::optional<Id> id;
    if (index >= 0 && m_sourcePicker->itemText(index) == text) {
        id = m_sourcePicker->itemData(index).value<Id>();
    } else {
        id = sourceForTypedText(text);
    }
    const SentenceModel *sentences = m_project->sentences();
    const Id shown = sentences->index(sentences->rowForSentence(m_sentenceId)).data(SourceIdRole).value<Id>();
    if (id && *id != shown) {
        m_project->setSource(m_sentenceId, *id);
    }
}

QList<Id> AttributionEditor::currentVia() const
{
    QList<Id> via;
    if (const std::optional<AttributionRecord> effective = effectiveAttribution()) {
        for (qsizetype i = 1; i < effective->hops.size(); ++i) {
            via.append(effective->hops.at(i).sourceId);
        }
    }
    return via;
}

void AttributionEditor::addVia()
{
    const std::optional<Id> id = sourceForTypedText(m_viaPicker->currentText());
    if (id) {
        QList<Id> via = currentVia();
        if (!via.contains(*id)) {
            via.append(*id);
            commitVia(via);
        }
        m_viaPicker->clearEditText();
    }
}

void AttributionEditor::moveVia(int delta)
{
    QList<Id> via = currentVia();
    const int row = m_viaList->currentRow();
    const int to = row + delta;
    if (row >= 0 && to >= 0 && to < via.size()) {
        via.move(row, to);
        commitVia(via);
        m_viaList->setCurrentRow(to);
    }
}

void AttributionEditor::commitVia(const QList<Id> &via)
{
    if (!m_updating && m_sentenceId != 0) {
        m_project->setVia(m_sentenceId, via);
    }
}

void AttributionEditor::commitProfile()
{
    if (m_updating || m_sentenceId == 0) {
        return;
    }
    m_project->setProfile(m_sentenceId, m_anonymous->isChecked(),
        static_cast<SourceCount>(m_count->currentData().toInt()), m_title->text().trimmed(), m_onRecord->isChecked());
}

void AttributionEditor::focusSourcePicker()
{
    m_sourcePicker->setFocus(Qt::ShortcutFocusReason);
    m_sourcePicker->lineEdit()->selectAll();
}

} // namespace Sourcelight
