#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace Sourcelight {

class DocumentView;

/// The find bar of the document pane: finds a word in the open article (not in the library), marks every match
/// on screen with an extra selection over the sentence tints (which it never changes), the current match in a
/// stronger colour, scrolls the current one into view and steps through them with Enter, F3 and Shift+F3.
/// Escape closes it and gives the focus back to the pane.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(DocumentView *view, QWidget *parent = nullptr);
    ~FindBar() override;

    /// Shows the bar with the focus in its field (the text selected), the selection of the pane as the text
    /// when it is one line.
    void open();
    /// Hides the bar, removes the marks and gives the focus back to the pane.
    void close();
    /// Steps to the next (previous) match, wrapping at the end; opens the bar when it is closed.
    void findNext();
    void findPrevious();

    qsizetype matchCount() const { return m_matches.size(); }
    /// Index of the current match, or -1 before the first step.
    qsizetype currentMatch() const { return m_current; }
    /// Start (UTF-16 offset in the article) of the current match, or -1.
    qsizetype currentMatchPosition() const;
    QLineEdit *field() const { return m_field; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void search();
    /// Finds every match; with move, the first at or after the pane's cursor becomes current and is shown.
    void searchNow(bool move = true);
    void step(int direction);
    void showCurrent();
    void updateMarks();
    void updateCount();

    DocumentView *m_view;
    /// The view's viewport, whose resizes move the scroll-bar marks. Held apart from m_view so that an event the
    /// viewport still sends while the view is being destroyed is recognised without calling into the view.
    QPointer<QWidget> m_viewport;
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QCheckBox *m_matchCase;
    QToolButton *m_close;
    QTimer *m_searchTimer;

    QString m_text; ///< the article's text, read when a search needs it and dropped when the article changes
    bool m_textValid = false;
    QList<qsizetype> m_matches; ///< match starts, ascending
    qsizetype m_length = 0;     ///< length of every match
    qsizetype m_current = -1;
};

} // namespace Sourcelight
