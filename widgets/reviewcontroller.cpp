#include "reviewcontroller.h"

#include "attributionpanel.h"
#include "claimvocabulary.h"
#include "documentview.h"
#include "itemroles.h"
#include "languagechange.h"
#include "project.h"
#include "sentencehighlighter.h"
#include "sentencemodel.h"

#include <QAction>
#include <QWidget>

namespace Sourcelight {

namespace {

// The verdict's mark as an underline and its colour (none for a verdict without a mark).
std::pair<QTextCharFormat::UnderlineStyle, QColor> underlineFor(Verdict verdict)
{
    const ClaimVocabulary::VerdictEntry &e = ClaimVocabulary::entry(verdict);
    const QTextCharFormat::UnderlineStyle style = SentenceHighlighter::underlineStyle(e.mark);
    return {style, style == QTextCharFormat::NoUnderline ? QColor() : QColor::fromRgb(e.markColour)};
}

} // namespace

ReviewController::ReviewController(Project *project, DocumentView *view, AttributionPanel *panel, QWidget *window)
    : QObject(window)
    , m_project(project)
    , m_view(view)
    , m_panel(panel)
    , m_window(window)
{
    createActions();
    translateAndFollowLanguage(window, this, [this] { retranslate(); });
    SentenceModel *sentences = m_project->sentences();
    connect(sentences, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            if (bottomRight.row() - topLeft.row() > 64) {
                m_view->setDecorations(allDecorations());
            } else {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                    m_view->updateSentence(row, decorationFor(row));
                }
            }
            Q_EMIT progressChanged();
        });
    // A split or a merge re-reads the article: the current sentence stays current when it is still there.
    connect(sentences, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const SentenceModel *model = m_project->sentences();
        m_resetDocument = model->documentId();
        m_resetSentence = m_current >= 0 ? model->sentenceId(m_current) : 0;
    });
    connect(sentences, &QAbstractItemModel::modelReset, this, &ReviewController::rebuildArticle);
    connect(m_view, &DocumentView::sentenceActivated, this, [this](qsizetype row) { setCurrentRow(int(row)); });
    m_view->setToolTipProvider(
        [this](qsizetype row) { return m_project->sentences()->index(int(row)).data(ToolTipTextRole).toString(); });
}

ReviewController::~ReviewController() = default;

void ReviewController::createActions()
{
    const auto make = [this](const QString &name, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_window->addAction(action);
        return action;
    };
    m_next = make(QStringLiteral("nextSentenceAction"), {QKeySequence(Qt::Key_J), QKeySequence(Qt::ALT | Qt::Key_Down)},
        [this] { move(1); });
    m_previous = make(QStringLiteral("previousSentenceAction"),
        {QKeySequence(Qt::Key_K), QKeySequence(Qt::ALT | Qt::Key_Up)}, [this] { move(-1); });
    m_nextUnreviewed = make(QStringLiteral("nextUnreviewedAction"), {QKeySequence(Qt::Key_N)}, [this] {
        const int row = m_project->sentences()->nextUnreviewed(m_current);
        if (row >= 0) {
            setCurrentRow(row);
        }
    });
    // Enter accepts when the document pane has focus: in dialogs and text fields it keeps its usual meaning.
    m_accept = new QAction(this);
    m_accept->setObjectName(QStringLiteral("acceptSuggestionAction"));
    m_accept->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_accept->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_accept);
    connect(m_accept, &QAction::triggered, this, [this] {
        const Id id = m_panel->currentSentence();
        if (id != 0) {
            m_project->acceptSuggestion(id);
            move(1);
        }
    });
    m_reject = make(QStringLiteral("rejectSuggestionAction"), {QKeySequence(Qt::Key_X)}, [this] {
        if (const Id id = m_panel->currentSentence()) {
            m_project->rejectSuggestion(id);
        }
    });
    m_pickSource = make(QStringLiteral("pickSourceAction"), {QKeySequence(Qt::Key_S)}, [this] {
        if (m_panel->currentSentence()) {
            m_panel->focusSourcePicker();
        }
    });
    m_editNote = make(QStringLiteral("editNoteAction"), {QKeySequence(Qt::Key_M)}, [this] {
        if (m_panel->currentSentence()) {
            m_panel->focusNote();
        }
    });
    // One action per entry of a vocabulary: the prefix key, then the entry's digit, gives the current sentence the
    // entry's value (its member value) through the Project setter set.
    const auto addVocabularyActions = [&](QList<QAction *> &actions, const QString &name, Qt::Key prefix,
                                          const auto &entries, auto value, auto set) {
        for (const auto &e : entries) {
            const auto chosen = e.*value;
            actions.append(make(name.arg(QLatin1Char(e.digit)),
                {QKeySequence(prefix, Qt::Key(Qt::Key_0 + (e.digit - '0')))}, [this, chosen, set] {
                    if (const Id id = m_panel->currentSentence()) {
                        (m_project->*set)(id, chosen);
                    }
                }));
        }
    };
    addVocabularyActions(m_verdictActions, QStringLiteral("verdictAction%1"), Qt::Key_V, ClaimVocabulary::verdicts(),
        &ClaimVocabulary::VerdictEntry::verdict, &Project::setVerdict);
    addVocabularyActions(m_claimTypeActions, QStringLiteral("claimTypeAction%1"), Qt::Key_T,
        ClaimVocabulary::claimTypes(), &ClaimVocabulary::ClaimTypeEntry::type, &Project::setClaimType);
}

void ReviewController::retranslate()
{
    m_next->setText(tr("&Next Sentence"));
    m_previous->setText(tr("&Previous Sentence"));
    m_nextUnreviewed->setText(tr("Next &Unreviewed Sentence"));
    m_accept->setText(tr("&Accept Suggestion"));
    m_reject->setText(tr("&Reject Suggestion"));
    m_pickSource->setText(tr("Choose &Source…", "who a claim comes from"));
    m_editNote->setText(tr("Edit N&ote"));
    for (qsizetype i = 0; i < m_verdictActions.size(); ++i) {
        m_verdictActions[i]->setText(ClaimVocabulary::label(ClaimVocabulary::verdicts()[i].verdict));
    }
    for (qsizetype i = 0; i < m_claimTypeActions.size(); ++i) {
        m_claimTypeActions[i]->setText(ClaimVocabulary::label(ClaimVocabulary::claimTypes()[i].type));
    }
}

QList<QAction *> ReviewController::navigationActions() const
{
    return {m_next, m_previous, m_nextUnreviewed};
}

QList<QAction *> ReviewController::reviewActions() const
{
    return {m_accept, m_reject, m_pickSource, m_editNote};
}

SentenceDecoration ReviewController::decorationFor(int row) const
{
    const QModelIndex index = m_project->sentences()->index(row);
    SentenceDecoration d;
    d.start = index.data(SpanStartRole).toLongLong();
    d.end = index.data(SpanEndRole).toLongLong();
    const Id source = index.data(SourceIdRole).value<Id>();
    const bool authorVoice = source == 0 || index.data(ScopeRole).toInt() == int(AttributionScope::Author);
    if (!authorVoice) {
        d.colour = index.data(SourceColourRole).value<QColor>();
        d.anonymous = index.data(AnonymousRole).toBool();
    }
    d.confirmed = index.data(HasHumanAttributionRole).toBool();
    const auto [style, colour] = underlineFor(static_cast<Verdict>(index.data(VerdictRole).toInt()));
    d.underline = style;
    d.underlineColour = colour;
    d.dimmed = m_sourceFilter != 0 && source != m_sourceFilter;
    d.claimStart = index.data(ClaimSpanStartRole).toLongLong();
    d.claimEnd = index.data(ClaimSpanEndRole).toLongLong();
    return d;
}

SentenceDecorations ReviewController::allDecorations() const
{
    SentenceDecorations all;
    const int rows = m_project->sentences()->rowCount();
    all.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        all.append(decorationFor(row));
    }
    return all;
}

void ReviewController::rebuildArticle()
{
    m_current = -1;
    m_view->setArticle(m_project->sentences()->text(), allDecorations());
    m_panel->setCurrentRow(-1);
    const SentenceModel *sentences = m_project->sentences();
    if (m_resetSentence != 0 && sentences->documentId() == m_resetDocument) {
        if (const int row = sentences->rowForSentence(m_resetSentence); row >= 0) {
            setCurrentRow(row);
        }
    }
    m_resetSentence = 0;
    Q_EMIT progressChanged();
}

bool ReviewController::openDocument(Id documentId)
{
    if (!m_project->openDocument(documentId)) {
        return false;
    }
    if (m_project->sentences()->rowCount() > 0) {
        setCurrentRow(0);
    }
    return true;
}

bool ReviewController::showSentence(Id documentId, Id sentenceId)
{
    if (m_project->currentDocument() != documentId && !openDocument(documentId)) {
        return false;
    }
    const int row = m_project->sentences()->rowForSentence(sentenceId);
    if (row < 0) {
        return false;
    }
    setCurrentRow(row);
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void ReviewController::setCurrentRow(int row)
{
    const int rows = m_project->sentences()->rowCount();
    if (row < -1 || row >= rows) {
        return;
    }
    m_current = row;
    m_view->setCurrentSentence(row);
    m_panel->setCurrentRow(row);
    Q_EMIT currentChanged(row);
}

void ReviewController::move(int delta)
{
    const int rows = m_project->sentences()->rowCount();
    if (rows == 0) {
        return;
    }
    const int row = m_current < 0 ? (delta > 0 ? 0 : rows - 1) : std::clamp(m_current + delta, 0, rows - 1);
    setCurrentRow(row);
}

void ReviewController::setSourceFilter(Id sourceId)
{
    if (m_sourceFilter == sourceId) {
        return;
    }
    m_sourceFilter = sourceId;
    m_view->setDecorations(allDecorations());
}

QString ReviewController::progressText() const
{
    const SentenceModel *sentences = m_project->sentences();
    if (sentences->documentId() == 0) {
        return {};
    }
    return tr("Attributed %1 · reviewed %2 · total %3")
        .arg(sentences->attributedCount())
        .arg(sentences->reviewedCount())
        .arg(sentences->rowCount());
}

} // namespace Sourcelight
