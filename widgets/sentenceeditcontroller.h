#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace Sourcelight {

class DocumentView;
class Project;
class ReviewController;

/// The edits of what a sentence is, made in the document pane: split the sentence at the text cursor (Ctrl+Return),
/// merge the current sentence with the next one (Ctrl+J), and make the selected words the claim (Ctrl+Shift+C).
/// The project does each as an undoable edit; what it did, or why it refused, goes to statusMessage().
class SentenceEditController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SentenceEditController)

public:
    SentenceEditController(Project *project, DocumentView *view, ReviewController *review, QWidget *window);
    ~SentenceEditController() override;

    /// Split, merge, claim the selected words: for the Review menu and the shortcut sheet.
    QList<QAction *> actions() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void retranslate();
    void split();
    void merge();
    void claimSelection();

    Project *m_project;
    DocumentView *m_view;
    ReviewController *m_review;
    QAction *m_split;
    QAction *m_merge;
    QAction *m_claimSelection;
};

} // namespace Sourcelight
