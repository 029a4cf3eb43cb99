#include "attributionpanel.h"

#include "attributioneditor.h"
#include "claimeditor.h"
#include "languagechange.h"
#include "project.h"
#include "sentencemodel.h"
#include "suggestionview.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Sourcelight {

AttributionPanel::AttributionPanel(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("attributionPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    outer->addWidget(m_emptyLabel);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(m_scroll);
    auto *layout = new QVBoxLayout(m_content);
    m_suggestion = new SuggestionView(m_content);
    m_attribution = new AttributionEditor(m_project, m_content);
    m_claim = new ClaimEditor(m_project, m_content);
    layout->addWidget(m_suggestion);
    layout->addWidget(m_attribution);
    layout->addWidget(m_claim);
    layout->addStretch();
    m_scroll->setWidget(m_content);
    outer->addWidget(m_scroll);

    // Focus order follows the review: decision, source, chain, profile, claim.
    setTabOrder(m_suggestion->lastInFocusChain(), m_attribution->firstInFocusChain());
    setTabOrder(m_attribution->lastInFocusChain(), m_claim->firstInFocusChain());

    connect(
        m_suggestion, &SuggestionView::acceptRequested, this, [this] { m_project->acceptSuggestion(m_sentenceId); });
    connect(
        m_suggestion, &SuggestionView::rejectRequested, this, [this] { m_project->rejectSuggestion(m_sentenceId); });
    connect(m_claim, &ClaimEditor::tagActionsChanged, this, &AttributionPanel::tagActionsChanged);
    connect(m_project, &Project::sentenceChanged, this, [this](Id sentenceId) {
        if (sentenceId == m_sentenceId) {
            refresh();
        }
    });
    connect(m_project, &Project::sourcesChanged, this, &AttributionPanel::reloadProjectData);
    connect(m_project, &Project::codebookChanged, this, &AttributionPanel::reloadProjectData);
    connect(m_project, &Project::opened, this, &AttributionPanel::reloadProjectData);
    connect(m_project, &Project::closed, this, [this] { setCurrentRow(-1); });
    translateAndFollowLanguage(this, this, [this] {
        retranslateUi();
        refresh();
    });
    setCurrentRow(-1);
}

AttributionPanel::~AttributionPanel() = default;

QList<QAction *> AttributionPanel::tagActions() const
{
    return m_claim->tagActions();
}

void AttributionPanel::retranslateUi()
{
    setAccessibleName(tr("Attribution"));
    m_emptyLabel->setText(tr("No sentence selected. Click a sentence, or press J and K to move through them."));
}

void AttributionPanel::reloadProjectData()
{
    m_attribution->reloadSources();
    m_claim->rebuildTags();
    refresh();
}

void AttributionPanel::setCurrentRow(int row)
{
    m_claim->flushNote(); // the note typed for the previous sentence
    m_row = row;
    m_sentenceId = m_project->sentences()->sentenceId(row);
    refresh();
}

void AttributionPanel::refresh()
{
    const bool has = m_sentenceId != 0;
    m_emptyLabel->setVisible(!has);
    m_scroll->setVisible(has);
    const QModelIndex index = has ? m_project->sentences()->index(m_row) : QModelIndex();
    if (has) {
        const bool writable = !m_project->isReadOnly();
        m_suggestion->showSentence(index, writable);
        m_content->setEnabled(writable);
    }
    m_attribution->showSentence(m_sentenceId, index);
    m_claim->showSentence(m_sentenceId, index);
}

void AttributionPanel::focusSourcePicker()
{
    m_attribution->focusSourcePicker();
}

void AttributionPanel::focusClaimType()
{
    m_claim->focusClaimType();
}

void AttributionPanel::focusNote()
{
    m_claim->focusNote();
}

} // namespace Sourcelight
