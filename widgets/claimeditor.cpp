#include "claimeditor.h"

#include "claimvocabulary.h"
#include "displaynames.h"
#include "evidencedialog.h"
#include "itemroles.h"
#include "languagechange.h"
#include "panelbuttons.h"
#include "project.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <ranges>

namespace Sourcelight {

ClaimEditor::ClaimEditor(Project *project, QWidget *parent)
    : QGroupBox(parent)
    , m_project(project)
{
    auto *form = new QFormLayout(this);
    buildFields(form);
    buildEvidence(form);
    setTabOrder({m_claimType, m_verdict, m_confidence, m_note, m_evidenceList});
    translateAndFollowLanguage(this, this, [this] { retranslateUi(); });
}

ClaimEditor::~ClaimEditor() = default;

void ClaimEditor::buildFields(QFormLayout *form)
{
    m_form = form;
    m_words = new QLabel(this);
    m_words->setObjectName(QStringLiteral("claimWords"));
    m_words->setWordWrap(true);
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_wordsLabel = new QLabel(this);
    form->addRow(m_wordsLabel, m_words);
    form->setRowVisible(m_words, false);
    m_claimType = addChoiceRow(form, QStringLiteral("claimTypeCombo"),
        ClaimVocabulary::claimTypes() | std::views::transform(&ClaimVocabulary::ClaimTypeEntry::type), m_claimTypeLabel,
        [this](ClaimType type) { m_project->setClaimType(m_sentenceId, type); });
    m_verdict = addChoiceRow(form, QStringLiteral("verdictCombo"),
        ClaimVocabulary::verdicts() | std::views::transform(&ClaimVocabulary::VerdictEntry::verdict), m_verdictLabel,
        [this](Verdict verdict) { m_project->setVerdict(m_sentenceId, verdict); });
    m_confidence = new QSpinBox(this);
    m_confidence->setObjectName(QStringLiteral("confidenceSpin"));
    m_confidence->setRange(-1, 100);
    m_confidence->setSuffix(QStringLiteral(" %"));
    m_confidenceLabel = addBuddyRow(form, m_confidence, m_confidence);
    connect(m_confidence, &QSpinBox::editingFinished, this, [this] {
        const int v = m_confidence->value();
        m_project->setClaimConfidence(m_sentenceId, v < 0 ? std::nullopt : std::optional<double>(v / 100.0));
    });
    m_tagsArea = new QWidget(this);
    m_tagsLayout = new QGridLayout(m_tagsArea);
    m_tagsLayout->setContentsMargins(0, 0, 0, 0);
    m_tagsLabel = new QLabel(this);
    form->addRow(m_tagsLabel, m_tagsArea);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    m_noteLabel = addBuddyRow(form, m_note, m_note);
    // Typing is saved after a short pause (and merged into one undo step), and at once when focus leaves.
    m_noteTimer = new QTimer(this);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(400);
    connect(m_noteTimer, &QTimer::timeout, this, &ClaimEditor::commitNote);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating) {
            m_noteTimer->start();
        }
    });
    m_note->installEventFilter(this);
}

void ClaimEditor::buildEvidence(QFormLayout *form)
{
    m_evidenceList = new QListWidget(this);
    m_evidenceList->setObjectName(QStringLiteral("evidenceList"));
    m_evidenceList->setMaximumHeight(72);
    m_evidenceAdd = panelToolButton(this, "list-add", QStringLiteral("evidenceAdd"));
    m_evidenceRemove = panelToolButton(this, "list-remove", QStringLiteral("evidenceRemove"));
    auto *evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(m_evidenceAdd);
    evidenceButtons->addWidget(m_evidenceRemove);
    evidenceButtons->addStretch();
    auto *evidenceColumn = new QVBoxLayout;
    evidenceColumn->addWidget(m_evidenceList);
    evidenceColumn->addLayout(evidenceButtons);
    m_evidenceLabel = addBuddyRow(form, m_evidenceList, evidenceColumn);
    connect(m_evidenceAdd, &QToolButton::clicked, this, &ClaimEditor::addEvidence);
    connect(m_evidenceRemove, &QToolButton::clicked, this, &ClaimEditor::removeEvidence);
    m_changedLabel = new QLabel(this);
    m_changedLabel->setWordWrap(true); // a date and a name: it must not widen the panel past its dock
    m_changedLabel->setObjectName(QStringLiteral("changedLabel"));
    m_changedLabel->setEnabled(false);
    form->addRow(QString(), m_changedLabel);
}

QWidget *ClaimEditor::firstInFocusChain() const
{
    return m_claimType;
}

bool ClaimEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::FocusOut && m_noteTimer->isActive()) {
        commitNote();
    }
    return QGroupBox::eventFilter(watched, event);
}

void ClaimEditor::retranslateUi()
{
    setTitle(tr("Claim", "the reviewed statement"));
    m_wordsLabel->setText(tr("Words:", "the words a claim is about"));
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

void ClaimEditor::rebuildTags()
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
        connect(action, &QAction::triggered, this, [this, tagId](bool checked) {
            if (m_sentenceId != 0) {
                m_project->setTag(m_sentenceId, tagId, checked); // on or off as the analyst sees it now
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

void ClaimEditor::showSentence(Id sentenceId, const QModelIndex &index)
{
    if (sentenceId != m_sentenceId) {
        flushNote(); // the note typed for the previous sentence
    }
    m_sentenceId = sentenceId;
    for (QAction *a : std::as_const(m_tagActions)) {
        a->setEnabled(sentenceId != 0 && !m_project->isReadOnly());
    }
    const bool narrow = sentenceId != 0 && index.data(ClaimSpanStartRole).toLongLong() >= 0;
    m_words->setText(narrow ? QStringLiteral("“%1”").arg(index.data(ClaimTextRole).toString()) : QString());
    m_form->setRowVisible(m_words, narrow);
    if (sentenceId == 0) {
        return;
    }
    m_updating = true;
    const bool hasClaim = index.data(HasClaimRole).toBool();
    m_claimType->setCurrentIndex(m_claimType->findData(index.data(ClaimTypeRole).toInt()));
    m_verdict->setCurrentIndex(m_verdict->findData(index.data(VerdictRole).toInt()));
    const std::optional<ClaimRecord> claim = hasClaim ? m_project->sentenceClaim(m_sentenceId) : std::nullopt;
    m_confidence->setValue(claim && claim->confidence ? qRound(*claim->confidence * 100) : -1);
    if (!m_noteTimer->isActive()) {
        m_noteBase = index.data(NoteRole).toString(); // nothing typed waits: the next typing starts from this
    }
    if (!m_note->hasFocus() || m_note->toPlainText() != index.data(NoteRole).toString()) {
        if (!m_noteTimer->isActive()) {
            // Another reviewer's note (a team project) may replace the one shown while the analyst is in it: the
            // cursor stays where it was, not at the start.
            const int cursor = m_note->textCursor().position();
            m_note->setPlainText(index.data(NoteRole).toString());
            if (m_note->hasFocus()) {
                QTextCursor moved = m_note->textCursor();
                moved.setPosition(std::min(cursor, int(m_note->document()->characterCount()) - 1));
                m_note->setTextCursor(moved);
            }
        }
    }
    const QVariantList tagIds = index.data(TagIdsRole).toList();
    const QList<TagRecord> tags = m_project->tags();
    for (qsizetype i = 0; i < m_tagActions.size() && i < tags.size(); ++i) {
        m_tagActions[i]->setChecked(tagIds.contains(QVariant(tags.at(i).id)));
    }
    showEvidence();
    showChanged(index, claim);
    m_updating = false;
}

void ClaimEditor::showEvidence()
{
    m_evidenceList->clear();
    for (const EvidenceRecord &e : m_project->evidence(m_sentenceId)) {
        auto *item = new QListWidgetItem(
            e.note.isEmpty() ? e.url : QStringLiteral("%1 — %2").arg(e.url, e.note), m_evidenceList);
        item->setData(Qt::UserRole, e.id);
        item->setToolTip(e.url);
    }
}

void ClaimEditor::showChanged(const QModelIndex &index, const std::optional<ClaimRecord> &claim)
{
    const QDateTime when = index.data(UpdatedAtRole).toDateTime();
    if (!when.isValid()) {
        m_changedLabel->setText(tr("Not reviewed yet"));
        return;
    }
    const std::optional<AttributionRecord> human = claim ? std::nullopt : m_project->humanAttribution(m_sentenceId);
    const std::optional<Id> reviewer = claim ? claim->reviewerId : (human ? human->reviewerId : std::nullopt);
    const QString name = m_project->reviewerName(reviewer);
    m_changedLabel->setText(tr("Last changed %1 by %2")
            .arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat), name.isEmpty() ? tr("unknown") : name));
}

void ClaimEditor::flushNote()
{
    if (m_noteTimer->isActive()) {
        commitNote();
    }
}

void ClaimEditor::commitNote()
{
    m_noteTimer->stop();
    if (m_sentenceId != 0 && !m_updating) {
        m_project->setNote(m_sentenceId, m_note->toPlainText(), m_noteBase);
    }
}

void ClaimEditor::addEvidence()
{
    if (m_sentenceId == 0) {
        return;
    }
    EvidenceDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || dialog.url().isEmpty()) {
        return;
    }
    m_project->addEvidence(m_sentenceId, dialog.url(), dialog.note());
}

void ClaimEditor::removeEvidence()
{
    const QListWidgetItem *item = m_evidenceList->currentItem();
    if (item && m_sentenceId != 0) {
        m_project->removeEvidence(m_sentenceId, item->data(Qt::UserRole).value<Id>());
    }
}

void ClaimEditor::focusClaimType()
{
    m_claimType->setFocus(Qt::ShortcutFocusReason);
    m_claimType->showPopup();
}

void ClaimEditor::focusNote()
{
    m_note->setFocus(Qt::ShortcutFocusReason);
}

} // namespace Sourcelight
