#include "sentenceeditcontroller.h"

#include "documentview.h"
#include "languagechange.h"
#include "project.h"
#include "reviewcontroller.h"
#include "sentencemodel.h"

#include <QAction>
#include <QTextCursor>
#include <QWidget>

namespace Sourcelight {

SentenceEditController::SentenceEditController(
    Project *project, DocumentView *view, ReviewController *review, QWidget *window)
    : QObject(window)
    , m_project(project)
    , m_view(view)
    , m_review(review)
    , m_split(new QAction(this))
    , m_merge(new QAction(this))
    , m_claimSelection(new QAction(this))
{
    // Shortcuts of the document pane (where the cursor and the selection are); the menu reaches them from anywhere.
    const auto setUp = [this](QAction *action, const QString &name, const QKeySequence &key,
                           void (SentenceEditController::*slot)()) {
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    setUp(m_split, QStringLiteral("splitSentenceAction"), QKeySequence(Qt::CTRL | Qt::Key_Return),
        &SentenceEditController::split);
    setUp(m_merge, QStringLiteral("mergeSentencesAction"), QKeySequence(Qt::CTRL | Qt::Key_J),
        &SentenceEditController::merge);
    setUp(m_claimSelection, QStringLiteral("claimSelectionAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
        &SentenceEditController::claimSelection);
    translateAndFollowLanguage(window, this, [this] { retranslate(); });
}

SentenceEditController::~SentenceEditController() = default;

QList<QAction *> SentenceEditController::actions() const
{
    return {m_split, m_merge, m_claimSelection};
}

void SentenceEditController::retranslate()
{
    m_split->setText(tr("Sp&lit Sentence at the Cursor"));
    m_merge->setText(tr("&Merge with the Next Sentence"));
    m_claimSelection->setText(tr("&Claim the Selected Words", "claim: a reviewed statement"));
}

void SentenceEditController::split()
{
    if (m_project->isReadOnly()) {
        return;
    }
    const qsizetype position = m_view->textCursor().position();
    const qsizetype row = m_view->sentenceAt(position);
    if (row < 0) {
        Q_EMIT statusMessage(tr("Place the cursor inside a sentence first."));
        return;
    }
    Q_EMIT statusMessage(m_project->splitSentence(m_project->sentences()->sentenceId(int(row)), position).message);
}

void SentenceEditController::merge()
{
    if (m_project->isReadOnly()) {
        return;
    }
    const int row = m_review->currentRow();
    if (row < 0) {
        Q_EMIT statusMessage(tr("Choose a sentence first."));
        return;
    }
    Q_EMIT statusMessage(m_project->mergeSentences(m_project->sentences()->sentenceId(row)).message);
}

void SentenceEditController::claimSelection()
{
    if (m_project->isReadOnly()) {
        return;
    }
    const QTextCursor cursor = m_view->textCursor();
    const Project::EditOutcome outcome = m_project->claimWords(cursor.selectionStart(), cursor.selectionEnd());
    if (outcome.done) {
        // The claim editor shows the sentence whose claim it is.
        m_review->setCurrentRow(int(m_view->sentenceAt(cursor.selectionStart())));
    }
    Q_EMIT statusMessage(outcome.message);
}

} // namespace Sourcelight
