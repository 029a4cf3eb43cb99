#include "attributionpanel.h"

#include "claimvocabulary.h"
#include "displaynames.h"
#include "itemroles.h"
#include "newsourcedialog.h"
#include "project.h"
#include "sentencemodel.h"
#include "sourcemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Sourcelight {

namespace {

QToolButton *toolButton(QWidget *parent, const char *icon, const QString &objectName)
{
    auto *b = new QToolButton(parent);
    b->setIcon(QIcon::fromTheme(QString::fromLatin1(icon)));
    b->setObjectName(objectName);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

AttributionPanel::AttributionPanel(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("attributionPanel"));
    buildUi();
    retranslateUi();
    connect(m_project, &Project::sentenceChanged, this, [this](Id sentenceId) {
        if (sentenceId == m_sentenceId) {
            refresh();
        }
    });
    connect(m_project, &Project::sourcesChanged, this, &AttributionPanel::reloadProjectData);
    connect(m_project, &Project::opened, this, &AttributionPanel::reloadProjectData);
    connect(m_project, &Project::closed, this, [this] { setCurrentRow(-1); });
    setCurrentRow(-1);
}

AttributionPanel::~AttributionPanel() = default;

void AttributionPanel::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    outer->addWidget(m_emptyLabel);

    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(m_content);
    scroll->setWidget(m_content);
    outer->addWidget(scroll);

    // The sentence, with its cue marked.
    m_sentenceBox = new QGroupBox(m_content);
    auto *sentenceLayout = new QVBoxLayout(m_sentenceBox);
    m_sentenceLabel = new QLabel(m_sentenceBox);
    m_sentenceLabel->setObjectName(QStringLiteral("sentenceText"));
    m_sentenceLabel->setWordWrap(true);
    m_sentenceLabel->setTextFormat(Qt::RichText);
    m_sentenceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sentenceLayout->addWidget(m_sentenceLabel);
    layout->addWidget(m_sentenceBox);

    // The suggestion and the decision on it.
    m_suggestionBox = new QGroupBox(m_content);
    auto *suggestionLayout = new QVBoxLayout(m_suggestionBox);
    m_suggestionLabel = new QLabel(m_suggestionBox);
    m_suggestionLabel->setObjectName(QStringLiteral("suggestionText"));
    m_suggestionLabel->setWordWrap(true);
    m_suggestionLabel->setTextFormat(Qt::PlainText);
    auto *decision = new QHBoxLayout;
    m_acceptButton = new QPushButton(m_suggestionBox);
    m_acceptButton->setObjectName(QStringLiteral("acceptButton"));
    m_rejectButton = new QPushButton(m_suggestionBox);
    m_rejectButton->setObjectName(QStringLiteral("rejectButton"));
    decision->addWidget(m_acceptButton);
    decision->addWidget(m_rejectButton);
    decision->addStretch();
    suggestionLayout->addWidget(m_suggestionLabel);
    suggestionLayout->addLayout(decision);
    layout->addWidget(m_suggestionBox);
    connect(m_acceptButton, &QPushButton::clicked, this, [this] { m_project->acceptSuggestion(m_sentenceId); });
    connect(m_rejectButton, &QPushButton::clicked, this, [this] { m_project->rejectSuggestion(m_sentenceId); });

    // Source, via chain, profile, quote type.
    m_attributionBox = new QGroupBox(m_content);
    auto *form = new QFormLayout(m_attributionBox);
    m_sourcePicker = new QComboBox(m_attributionBox);
    m_sourcePicker->setObjectName(QStringLiteral("sourcePicker"));
    m_sourcePicker->setEditable(true);
    m_sourcePicker->setInsertPolicy(QComboBox::NoInsert);
    m_sourcePicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sourcePicker->setMinimumContentsLength(12);
    m_sourcePicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_sourcePicker->completer()->setFilterMode(Qt::MatchContains);
    m_sourcePicker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_newSourceButton = toolButton(m_attributionBox, "list-add", QStringLiteral("newSourceButton"));
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_sourcePicker, 1);
    sourceRow->addWidget(m_newSourceButton);
    m_sourceLabel = new QLabel(m_attributionBox);
    m_sourceLabel->setBuddy(m_sourcePicker);
    form->addRow(m_sourceLabel, sourceRow);
    connect(m_sourcePicker, &QComboBox::activated, this, [this] { commitSourcePicker(); });
    connect(m_sourcePicker->lineEdit(), &QLineEdit::returnPressed, this, [this] { commitSourcePicker(); });
    connect(m_newSourceButton, &QToolButton::clicked, this, [this] {
        if (const std::optional<Id> id = createSourceNamed(m_sourcePicker->currentText()); id && m_sentenceId) {
            m_project->setSource(m_sentenceId, *id);
        }
    });

    m_viaList = new QListWidget(m_attributionBox);
    m_viaList->setObjectName(QStringLiteral("viaList"));
    m_viaList->setMaximumHeight(72);
    m_viaPicker = new QComboBox(m_attributionBox);
    m_viaPicker->setObjectName(QStringLiteral("viaPicker"));
    m_viaPicker->setEditable(true);
    m_viaPicker->setInsertPolicy(QComboBox::NoInsert);
    m_viaPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_viaPicker->setMinimumContentsLength(10);
    m_viaPicker->completer()->setFilterMode(Qt::MatchContains);
    m_viaPicker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_viaAdd = toolButton(m_attributionBox, "list-add", QStringLiteral("viaAdd"));
    m_viaRemove = toolButton(m_attributionBox, "list-remove", QStringLiteral("viaRemove"));
    m_viaUp = toolButton(m_attributionBox, "go-up", QStringLiteral("viaUp"));
    m_viaDown = toolButton(m_attributionBox, "go-down", QStringLiteral("viaDown"));
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
    m_viaLabel = new QLabel(m_attributionBox);
    m_viaLabel->setBuddy(m_viaPicker);
    form->addRow(m_viaLabel, viaColumn);
    const auto addVia = [this] {
        const std::optional<Id> id = sourceForText(m_viaPicker, m_viaPicker->currentText());
        if (id) {
            QList<Id> via = currentVia();
            if (!via.contains(*id)) {
                via.append(*id);
                commitVia(via);
            }
            m_viaPicker->clearEditText();
        }
    };
    connect(m_viaAdd, &QToolButton::clicked, this, addVia);
    connect(m_viaPicker->lineEdit(), &QLineEdit::returnPressed, this, addVia);
    connect(m_viaRemove, &QToolButton::clicked, this, [this] {
        QList<Id> via = currentVia();
        const int row = m_viaList->currentRow();
        if (row >= 0 && row < via.size()) {
            via.removeAt(row);
            commitVia(via);
        }
    });
    const auto move = [this](int delta) {
        QList<Id> via = currentVia();
        const int row = m_viaList->currentRow();
        const int to = row + delta;
        if (row >= 0 && to >= 0 && to < via.size()) {
            via.move(row, to);
            commitVia(via);
            m_viaList->setCurrentRow(to);
        }
    };
    connect(m_viaUp, &QToolButton::clicked, this, [move] { move(-1); });
    connect(m_viaDown, &QToolButton::clicked, this, [move] { move(1); });

    m_anonymous = new QCheckBox(m_attributionBox);
    m_anonymous->setObjectName(QStringLiteral("anonymousCheck"));
    m_onRecord = new QCheckBox(m_attributionBox);
    m_onRecord->setObjectName(QStringLiteral("onRecordCheck"));
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_anonymous);
    flags->addWidget(m_onRecord);
    flags->addStretch();
    form->addRow(QString(), flags);
    m_count = new QComboBox(m_attributionBox);
    m_count->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_count->setMinimumContentsLength(8);
    m_count->setObjectName(QStringLiteral("countCombo"));
    for (const SourceCount c :
        {SourceCount::Unspecified, SourceCount::One, SourceCount::Another, SourceCount::Several}) {
        m_count->addItem(QString(), int(c));
    }
    m_countLabel = new QLabel(m_attributionBox);
    m_countLabel->setBuddy(m_count);
    form->addRow(m_countLabel, m_count);
    m_title = new QLineEdit(m_attributionBox);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_titleLabel = new QLabel(m_attributionBox);
    m_titleLabel->setBuddy(m_title);
    form->addRow(m_titleLabel, m_title);
    connect(m_anonymous, &QCheckBox::toggled, this, [this] { commitProfile(); });
    connect(m_onRecord, &QCheckBox::toggled, this, [this] { commitProfile(); });
    connect(m_count, &QComboBox::activated, this, [this] { commitProfile(); });
    connect(m_title, &QLineEdit::editingFinished, this, [this] { commitProfile(); });

    m_quoteType = new QComboBox(m_attributionBox);
    m_quoteType->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_quoteType->setMinimumContentsLength(8);
    m_quoteType->setObjectName(QStringLiteral("quoteTypeCombo"));
    for (const QuoteType q : {QuoteType::None, QuoteType::Direct, QuoteType::Indirect, QuoteType::Mixed}) {
        m_quoteType->addItem(QString(), int(q));
    }
    m_quoteLabel = new QLabel(m_attributionBox);
    m_quoteLabel->setBuddy(m_quoteType);
    form->addRow(m_quoteLabel, m_quoteType);
    connect(m_quoteType, &QComboBox::activated, this,
        [this] { m_project->setQuoteType(m_sentenceId, static_cast<QuoteType>(m_quoteType->currentData().toInt())); });
    m_originLabel = new QLabel(m_attributionBox);
    m_originLabel->setObjectName(QStringLiteral("originLabel"));
    form->addRow(QString(), m_originLabel);
    layout->addWidget(m_attributionBox);

    // The claim.
    m_claimBox = new QGroupBox(m_content);
    auto *claimForm = new QFormLayout(m_claimBox);
    m_claimType = new QComboBox(m_claimBox);
    m_claimType->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_claimType->setMinimumContentsLength(8);
    m_claimType->setObjectName(QStringLiteral("claimTypeCombo"));
    for (const ClaimVocabulary::ClaimTypeEntry &e : ClaimVocabulary::claimTypes()) {
        m_claimType->addItem(QString(), int(e.type));
    }
    m_claimTypeLabel = new QLabel(m_claimBox);
    m_claimTypeLabel->setBuddy(m_claimType);
    claimForm->addRow(m_claimTypeLabel, m_claimType);
    connect(m_claimType, &QComboBox::activated, this,
        [this] { m_project->setClaimType(m_sentenceId, static_cast<ClaimType>(m_claimType->currentData().toInt())); });
    m_verdict = new QComboBox(m_claimBox);
    m_verdict->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_verdict->setMinimumContentsLength(8);
    m_verdict->setObjectName(QStringLiteral("verdictCombo"));
    for (const ClaimVocabulary::VerdictEntry &e : ClaimVocabulary::verdicts()) {
        m_verdict->addItem(QString(), int(e.verdict));
    }
    m_verdictLabel = new QLabel(m_claimBox);
    m_verdictLabel->setBuddy(m_verdict);
    claimForm->addRow(m_verdictLabel, m_verdict);
    connect(m_verdict, &QComboBox::activated, this,
        [this] { m_project->setVerdict(m_sentenceId, static_cast<Verdict>(m_verdict->currentData().toInt())); });
    m_confidence = new QSpinBox(m_claimBox);
    m_confidence->setObjectName(QStringLiteral("confidenceSpin"));
    m_confidence->setRange(-1, 100);
    m_confidence->setSuffix(QStringLiteral(" %"));
    m_confidenceLabel = new QLabel(m_claimBox);
    m_confidenceLabel->setBuddy(m_confidence);
    claimForm->addRow(m_confidenceLabel, m_confidence);
    connect(m_confidence, &QSpinBox::editingFinished, this, [this] {
        const int v = m_confidence->value();
        m_project->setClaimConfidence(m_sentenceId, v < 0 ? std::nullopt : std::optional<double>(v / 100.0));
    });
    m_tagsArea = new QWidget(m_claimBox);
    m_tagsLayout = new QGridLayout(m_tagsArea);
    m_tagsLayout->setContentsMargins(0, 0, 0, 0);
    m_tagsLabel = new QLabel(m_claimBox);
    claimForm->addRow(m_tagsLabel, m_tagsArea);
    m_note = new QPlainTextEdit(m_claimBox);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    m_noteLabel = new QLabel(m_claimBox);
    m_noteLabel->setBuddy(m_note);
    claimForm->addRow(m_noteLabel, m_note);
    // Typing is saved after a short pause (and merged into one undo step), and at once when focus leaves.
    m_noteTimer = new QTimer(this);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(400);
    connect(m_noteTimer, &QTimer::timeout, this, &AttributionPanel::commitNote);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating) {
            m_noteTimer->start();
        }
    });
    m_note->installEventFilter(this);
    m_evidenceList = new QListWidget(m_claimBox);
    m_evidenceList->setObjectName(QStringLiteral("evidenceList"));
    m_evidenceList->setMaximumHeight(72);
    m_evidenceAdd = toolButton(m_claimBox, "list-add", QStringLiteral("evidenceAdd"));
    m_evidenceRemove = toolButton(m_claimBox, "list-remove", QStringLiteral("evidenceRemove"));
    auto *evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(m_evidenceAdd);
    evidenceButtons->addWidget(m_evidenceRemove);
    evidenceButtons->addStretch();
    auto *evidenceColumn = new QVBoxLayout;
    evidenceColumn->addWidget(m_evidenceList);
    evidenceColumn->addLayout(evidenceButtons);
    m_evidenceLabel = new QLabel(m_claimBox);
    m_evidenceLabel->setBuddy(m_evidenceList);
    claimForm->addRow(m_evidenceLabel, evidenceColumn);
    connect(m_evidenceAdd, &QToolButton::clicked, this, &AttributionPanel::addEvidence);
    connect(m_evidenceRemove, &QToolButton::clicked, this, &AttributionPanel::removeEvidence);
    m_changedLabel = new QLabel(m_claimBox);
    m_changedLabel->setWordWrap(true); // a date and a name: it must not widen the panel past its dock
    m_changedLabel->setObjectName(QStringLiteral("changedLabel"));
    m_changedLabel->setEnabled(false);
    claimForm->addRow(QString(), m_changedLabel);
    layout->addWidget(m_claimBox);
    layout->addStretch();

    // Focus order follows the review: decision, source, chain, profile, claim.
    setTabOrder(m_acceptButton, m_rejectButton);
    setTabOrder(m_rejectButton, m_sourcePicker);
    setTabOrder(m_sourcePicker, m_newSourceButton);
    setTabOrder(m_newSourceButton, m_viaList);
    setTabOrder(m_viaList, m_viaPicker);
    setTabOrder(m_viaPicker, m_anonymous);
    setTabOrder(m_anonymous, m_onRecord);
    setTabOrder(m_onRecord, m_count);
    setTabOrder(m_count, m_title);
    setTabOrder(m_title, m_quoteType);
    setTabOrder(m_quoteType, m_claimType);
    setTabOrder(m_claimType, m_verdict);
    setTabOrder(m_verdict, m_confidence);
    setTabOrder(m_confidence, m_note);
    setTabOrder(m_note, m_evidenceList);
}

bool AttributionPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::FocusOut && m_noteTimer->isActive()) {
        commitNote();
    }
    return QWidget::eventFilter(watched, event);
}

void AttributionPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
}

void AttributionPanel::retranslateUi()
{
    setAccessibleName(tr("Attribution"));
    m_emptyLabel->setText(tr("No sentence selected. Click a sentence, or press J and K to move through them."));
    m_sentenceBox->setTitle(tr("Sentence"));
    m_suggestionBox->setTitle(tr("Suggestion"));
    m_acceptButton->setText(tr("&Accept (Enter)"));
    m_acceptButton->setAccessibleName(tr("Accept the suggested attribution"));
    m_rejectButton->setText(tr("Re&ject"));
    m_rejectButton->setAccessibleName(tr("Reject the suggested attribution"));
    m_attributionBox->setTitle(tr("Attribution"));
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
    m_claimBox->setTitle(tr("Claim", "the reviewed statement"));
    m_claimTypeLabel->setText(tr("&Type:", "claim type"));
    m_claimType->setAccessibleName(tr("Claim type"));
    for (int i = 0; i < m_claimType->count(); ++i) {
        m_claimType->setItemText(i, DisplayNames::claimType(static_cast<ClaimType>(m_claimType->itemData(i).toInt())));
    }
    m_verdictLabel->setText(tr("&Verdict:"));
    m_verdict->setAccessibleName(tr("Verdict"));
    for (int i = 0; i < m_verdict->count(); ++i) {
        m_verdict->setItemText(i,
            QStringLiteral("%1  (V, %2)")
                .arg(DisplayNames::verdict(static_cast<Verdict>(m_verdict->itemData(i).toInt())))
                .arg(i + 1));
    }
    m_confidenceLabel->setText(tr("C&onfidence:"));
    m_confidence->setAccessibleName(tr("Confidence in the verdict"));
    m_confidence->setSpecialValueText(tr("not set"));
    m_tagsLabel->setText(tr("Tags:"));
    m_noteLabel->setText(tr("&Note:"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("What you checked, what is missing…"));
    m_evidenceLabel->setText(tr("&Evidence:"));
    m_evidenceList->setAccessibleName(tr("Evidence links"));
    m_evidenceAdd->setText(tr("Add…"));
    m_evidenceAdd->setAccessibleName(tr("Add evidence link"));
    m_evidenceRemove->setText(tr("Remove"));
    m_evidenceRemove->setAccessibleName(tr("Remove evidence link"));
}

void AttributionPanel::reloadProjectData()
{
    m_updating = true;
    fillSourceCombo(m_sourcePicker);
    fillSourceCombo(m_viaPicker);
    m_updating = false;
    rebuildTags();
    refresh();
}

void AttributionPanel::fillSourceCombo(QComboBox *combo)
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

void AttributionPanel::rebuildTags()
{
    for (QAction *action : std::as_const(m_tagActions)) {
        action->deleteLater();
    }
    m_tagActions.clear();
    while (QLayoutItem *item = m_tagsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int i = 0;
    for (const TagRecord &tag : m_project->tags()) {
        auto *action = new QAction(tag.name, this);
        action->setObjectName(QStringLiteral("tagAction_%1").arg(tag.id));
        action->setCheckable(true);
        action->setShortcut(QKeySequence::fromString(tag.shortcut, QKeySequence::PortableText));
        action->setToolTip(tag.description.isEmpty() ? tag.name : tag.description);
        action->setShortcutContext(Qt::WindowShortcut);
        const Id tagId = tag.id;
        connect(action, &QAction::triggered, this, [this, tagId] {
            if (m_sentenceId != 0) {
                m_project->toggleTag(m_sentenceId, tagId);
            }
        });
        auto *button = new QToolButton(m_tagsArea);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(tr("Tag %1").arg(tag.name));
        if (const QColor colour = QColor::fromString(tag.colour); colour.isValid()) {
            button->setStyleSheet(QStringLiteral("QToolButton:checked { border: 2px solid %1; }").arg(colour.name()));
        }
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        if (!shortcut.isEmpty()) {
            button->setToolTip(QStringLiteral("%1 (%2)").arg(action->toolTip(), shortcut));
        }
        m_tagsLayout->addWidget(button, i, 0, Qt::AlignLeft);
        m_tagActions.append(action);
        ++i;
    }
    Q_EMIT tagActionsChanged();
}

void AttributionPanel::setCurrentRow(int row)
{
    if (m_noteTimer->isActive()) {
        commitNote(); // the note typed for the previous sentence
    }
    m_row = row;
    m_sentenceId = m_project->sentences()->sentenceId(row);
    refresh();
}

void AttributionPanel::refresh()
{
    const bool has = m_sentenceId != 0;
    m_emptyLabel->setVisible(!has);
    m_scroll->setVisible(has);
    for (QAction *a : std::as_const(m_tagActions)) {
        a->setEnabled(has && !m_project->isReadOnly());
    }
    if (!has) {
        return;
    }
    m_updating = true;
    const QModelIndex index = m_project->sentences()->index(m_row);
    const QString text = index.data().toString();
    const QString cue = index.data(CueTextRole).toString();

    // The sentence with its cue in bold (all text escaped: articles are untrusted).
    QString html = text.toHtmlEscaped();
    if (!cue.isEmpty()) {
        const QString first = cue.section(QLatin1Char(','), 0, 0).trimmed();
        const qsizetype at = text.indexOf(first, 0, Qt::CaseInsensitive);
        if (at >= 0) {
            html = text.left(at).toHtmlEscaped() + QStringLiteral("<b><u>") + text.mid(at, first.size()).toHtmlEscaped()
                + QStringLiteral("</u></b>") + text.mid(at + first.size()).toHtmlEscaped();
        }
    }
    m_sentenceLabel->setText(html);

    const QString suggested = index.data(SuggestionSourceNameRole).toString();
    const QStringList suggestedVia = index.data(SuggestionViaRole).toStringList();
    const QString reason = index.data(ReasonRole).toString();
    QString suggestion = suggested.isEmpty() ? tr("Author's own voice") : suggested;
    if (!suggestedVia.isEmpty()) {
        suggestion += QStringLiteral(" ← ") + suggestedVia.join(QStringLiteral(" ← "));
    }
    if (!reason.isEmpty()) {
        suggestion += QLatin1Char('\n') + reason;
    }
    m_suggestionLabel->setText(suggestion);
    const bool writable = !m_project->isReadOnly();
    m_acceptButton->setEnabled(writable);
    m_rejectButton->setEnabled(writable);
    m_content->setEnabled(writable);

    const Id sourceId = index.data(SourceIdRole).value<Id>();
    m_sourcePicker->setCurrentIndex(m_sourcePicker->findData(sourceId));
    if (sourceId == 0) {
        m_sourcePicker->setEditText(QString());
    }
    m_viaList->clear();
    m_viaList->addItems(index.data(ViaRole).toStringList());
    const std::optional<AttributionRecord> human = m_project->humanAttribution(m_sentenceId);
    const std::optional<AttributionRecord> effective = human ? human : m_project->suggestedAttribution(m_sentenceId);
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

    const bool hasClaim = index.data(HasClaimRole).toBool();
    m_claimType->setCurrentIndex(m_claimType->findData(index.data(ClaimTypeRole).toInt()));
    m_verdict->setCurrentIndex(m_verdict->findData(index.data(VerdictRole).toInt()));
    const std::optional<ClaimRecord> claim = hasClaim ? m_project->sentenceClaim(m_sentenceId) : std::nullopt;
    m_confidence->setValue(claim && claim->confidence ? qRound(*claim->confidence * 100) : -1);
    if (!m_note->hasFocus() || m_note->toPlainText() != index.data(NoteRole).toString()) {
        if (!m_noteTimer->isActive()) {
            m_note->setPlainText(index.data(NoteRole).toString());
        }
    }
    const QVariantList tagIds = index.data(TagIdsRole).toList();
    const QList<TagRecord> tags = m_project->tags();
    for (qsizetype i = 0; i < m_tagActions.size() && i < tags.size(); ++i) {
        m_tagActions[i]->setChecked(tagIds.contains(QVariant(tags.at(i).id)));
    }
    m_evidenceList->clear();
    for (const EvidenceRecord &e : m_project->evidence(m_sentenceId)) {
        auto *item = new QListWidgetItem(
            e.note.isEmpty() ? e.url : QStringLiteral("%1 — %2").arg(e.url, e.note), m_evidenceList);
        item->setData(Qt::UserRole, e.id);
        item->setToolTip(e.url);
    }
    QString changed;
    const QDateTime when = index.data(UpdatedAtRole).toDateTime();
    if (when.isValid()) {
        const std::optional<Id> reviewer = claim ? claim->reviewerId : (human ? human->reviewerId : std::nullopt);
        changed
            = tr("Last changed %1 by %2")
                  .arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat),
                      m_project->reviewerName(reviewer).isEmpty() ? tr("unknown") : m_project->reviewerName(reviewer));
    } else {
        changed = tr("Not reviewed yet");
    }
    m_changedLabel->setText(changed);
    m_updating = false;
}

std::optional<Id> AttributionPanel::sourceForText(QComboBox *combo, const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty()) {
        return std::nullopt;
    }
    for (int i = 0; i < combo->count(); ++i) {
        const QString item = combo->itemText(i);
        if (item.compare(wanted, Qt::CaseInsensitive) == 0
            || item.section(QStringLiteral(" → "), 0, 0).compare(wanted, Qt::CaseInsensitive) == 0) {
            return combo->itemData(i).value<Id>();
        }
    }
    return createSourceNamed(wanted);
}

std::optional<Id> AttributionPanel::createSourceNamed(const QString &name)
{
    NewSourceDialog dialog(m_project->sources()->allSources(), name.trimmed(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return m_project->createSource(dialog.name(), dialog.kind(), dialog.affiliation());
}

void AttributionPanel::commitSourcePicker()
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
        id = sourceForText(m_sourcePicker, text);
    }
    if (id && *id != m_project->sentences()->index(m_row).data(SourceIdRole).value<Id>()) {
        m_project->setSource(m_sentenceId, *id);
    }
}

QList<Id> AttributionPanel::currentVia() const
{
    QList<Id> via;
    const std::optional<AttributionRecord> human = m_project->humanAttribution(m_sentenceId);
    const std::optional<AttributionRecord> effective = human ? human : m_project->suggestedAttribution(m_sentenceId);
    if (effective) {
        for (qsizetype i = 1; i < effective->hops.size(); ++i) {
            via.append(effective->hops.at(i).sourceId);
        }
    }
    return via;
}

void AttributionPanel::commitVia(const QList<Id> &via)
{
    if (!m_updating && m_sentenceId != 0) {
        m_project->setVia(m_sentenceId, via);
    }
}

void AttributionPanel::commitProfile()
{
    if (m_updating || m_sentenceId == 0) {
        return;
    }
    m_project->setProfile(m_sentenceId, m_anonymous->isChecked(),
        static_cast<SourceCount>(m_count->currentData().toInt()), m_title->text().trimmed(), m_onRecord->isChecked());
}

void AttributionPanel::commitNote()
{
    m_noteTimer->stop();
    if (m_sentenceId != 0 && !m_updating) {
        m_project->setNote(m_sentenceId, m_note->toPlainText());
    }
}

void AttributionPanel::addEvidence()
{
    if (m_sentenceId == 0) {
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Evidence"));
    auto *url = new QLineEdit(&dialog);
    url->setObjectName(QStringLiteral("evidenceUrl"));
    url->setPlaceholderText(QStringLiteral("https://"));
    auto *note = new QLineEdit(&dialog);
    note->setObjectName(QStringLiteral("evidenceNote"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Address:"), url);
    form->addRow(tr("&Note:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || url->text().trimmed().isEmpty()) {
        return;
    }
    // Only web addresses: evidence links are opened by others, and a javascript: or file: link must not be.
    const QUrl parsed = QUrl::fromUserInput(url->text().trimmed());
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http"))) {
        m_project->reportError(tr("“%1” is not a web address (http or https).").arg(url->text().trimmed()));
        return;
    }
    m_project->addEvidence(m_sentenceId, parsed.toString(), note->text().trimmed());
}

void AttributionPanel::removeEvidence()
{
    const QListWidgetItem *item = m_evidenceList->currentItem();
    if (item && m_sentenceId != 0) {
        m_project->removeEvidence(m_sentenceId, item->data(Qt::UserRole).value<Id>());
    }
}

void AttributionPanel::focusSourcePicker()
{
    m_sourcePicker->setFocus(Qt::ShortcutFocusReason);
    m_sourcePicker->lineEdit()->selectAll();
}

void AttributionPanel::focusClaimType()
{
    m_claimType->setFocus(Qt::ShortcutFocusReason);
    m_claimType->showPopup();
}

void AttributionPanel::focusNote()
{
    m_note->setFocus(Qt::ShortcutFocusReason);
}

} // namespace Sourcelight
