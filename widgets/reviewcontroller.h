#pragma once

#include "sentencedecoration.h"
#include "storetypes.h"

#include <QObject>

class QAction;
class QWidget;

namespace Sourcelight {

class AttributionPanel;
class DocumentView;
class Project;

/// Drives the review of one article: keeps the document pane's highlighting in step with the sentence model
/// (one sentence repainted per edit), moves the current sentence, and owns the keyboard actions of the review —
/// J/K and Alt+Down/Up, N (next unreviewed), Enter (accept), S (source), V then 1–6 (verdict), T then 1–6 (claim
/// type) — so a whole article can be reviewed without the mouse.
class ReviewController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewController)

public:
    ReviewController(Project *project, DocumentView *view, AttributionPanel *panel, QWidget *window);
    ~ReviewController() override;

    /// Shows a document (0 clears) and makes its first sentence current.
    bool openDocument(Id documentId);
    /// Makes a sentence current and shows it (row of the sentence model).
    void setCurrentRow(int row);
    int currentRow() const { return m_current; }
    /// Jumps to a sentence of any document.
    bool showSentence(Id documentId, Id sentenceId);

    /// Highlights only the sentences resting on this source (0: all).
    void setSourceFilter(Id sourceId);
    Id sourceFilter() const { return m_sourceFilter; }

    /// "Attributed a · reviewed r · total n" for the open document.
    QString progressText() const;

    QList<QAction *> navigationActions() const;
    QList<QAction *> reviewActions() const;
    QList<QAction *> verdictActions() const { return m_verdictActions; }
    QList<QAction *> claimTypeActions() const { return m_claimTypeActions; }

Q_SIGNALS:
    void currentChanged(int row);
    void progressChanged();

private:
    void createActions();
    void retranslate();
    SentenceDecoration decorationFor(int row) const;
    SentenceDecorations allDecorations() const;
    void rebuildArticle();
    void move(int delta);

    Project *m_project;
    DocumentView *m_view;
    AttributionPanel *m_panel;
    QWidget *m_window;
    int m_current = -1;
    Id m_sourceFilter = 0;
    Id m_resetDocument = 0; ///< the document and sentence current when the model began a reset
    Id m_resetSentence = 0;

    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_nextUnreviewed = nullptr;
    QAction *m_accept = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_pickSource = nullptr;
    QAction *m_editNote = nullptr;
    QList<QAction *> m_verdictActions;
    QList<QAction *> m_claimTypeActions;
};

} // namespace Sourcelight
