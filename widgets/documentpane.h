#pragma once

#include <QList>
#include <QWidget>

class QAction;

namespace Sourcelight {

class DocumentView;
class FindBar;
class LegendStrip;

/// The centre of the review window: the legend strip, the document pane and its find bar below it. Owns the pane's
/// own actions (find in the article, next and previous match), which answer their keys only while the focus is in
/// the pane or its find bar, so other parts of the window keep theirs, and the legend's toggle for the View menu.
class DocumentPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentPane)

public:
    explicit DocumentPane(QWidget *parent = nullptr);
    ~DocumentPane() override;

    DocumentView *view() const { return m_view; }
    FindBar *findBar() const { return m_findBar; }
    /// Find in the article (Ctrl+F), find next (F3), find previous (Shift+F3): for the Edit menu and the
    /// shortcut sheet.
    QList<QAction *> findActions() const;
    /// Shows or hides the legend above the pane (checkable; remembered in Settings).
    QAction *legendAction() const { return m_legendAction; }

private:
    void retranslateUi();

    LegendStrip *m_legend;
    DocumentView *m_view;
    FindBar *m_findBar;
    QAction *m_findAction;
    QAction *m_findNextAction;
    QAction *m_findPreviousAction;
    QAction *m_legendAction;
};

} // namespace Sourcelight
