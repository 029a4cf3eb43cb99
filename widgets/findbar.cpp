#include "findbar.h"

#include "documentview.h"
#include "languagechange.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QStringMatcher>
#include <QStyle>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace Sourcelight {

namespace {

// Marks as in web browsers: every match yellow, the current one orange, dark text on both whatever the palette,
// so they stand out from the pale source tints in light and dark appearances alike.
const QColor MatchColour(0xFF, 0xE3, 0x5C);
const QColor CurrentMatchColour(0xFF, 0x8C, 0x1A);
const QColor MatchTextColour(0x1A, 0x1A, 0x1A);

// Typing searches after this pause, so a long article is not searched once per key.
constexpr int SearchDelayMs = 120;
// A selection longer than this is not taken as the text to find.
constexpr qsizetype MaxSelectionToFind = 200;

} // namespace

FindBar::FindBar(DocumentView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_field(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_matchCase(new QCheckBox(this))
    , m_close(new QToolButton(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("findCount"));
    m_previous->setObjectName(QStringLiteral("findPreviousButton"));
    // Without an icon theme (a bare desktop) the style's own arrows and cross stand in.
    m_previous->setIcon(QIcon::fromTheme(QStringLiteral("go-up"), style()->standardIcon(QStyle::SP_ArrowUp)));
    m_previous->setAutoRaise(true);
    m_next->setObjectName(QStringLiteral("findNextButton"));
    m_next->setIcon(QIcon::fromTheme(QStringLiteral("go-down"), style()->standardIcon(QStyle::SP_ArrowDown)));
    m_next->setAutoRaise(true);
    m_matchCase->setObjectName(QStringLiteral("findMatchCase"));
    m_close->setObjectName(QStringLiteral("findCloseButton"));
    m_close->setIcon(
        QIcon::fromTheme(QStringLiteral("window-close"), style()->standardIcon(QStyle::SP_TitleBarCloseButton)));
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_matchCase);
    layout->addWidget(m_close);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &FindBar::search);
    connect(m_field, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_matchCase, &QCheckBox::toggled, this, &FindBar::search);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    connect(m_view, &DocumentView::articleChanged, this, [this] {
        m_textValid = false;
        m_text.clear();
        if (!isHidden()) {
            searchNow(false); // marks and count for the new article; the reader's place is the review's
        }
    });
    // Only the matches on screen are marked, so a word found 100,000 times costs what a screenful does.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &FindBar::updateMarks);
    m_viewport = m_view->viewport();
    m_viewport->installEventFilter(this);

    hide();
    translateAndFollowLanguage(this, this, [this] { retranslateUi(); });
    updateCount();
}

FindBar::~FindBar() = default;

void FindBar::retranslateUi()
{
    m_field->setPlaceholderText(tr("Find in the article…"));
    m_field->setAccessibleName(tr("Find in the article"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAccessibleName(tr("Next match"));
    m_matchCase->setText(tr("Match case"));
    m_close->setToolTip(tr("Close the find bar (Escape)"));
    m_close->setAccessibleName(tr("Close the find bar"));
    updateCount();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport) {
        if (event->type() == QEvent::Resize) {
            updateMarks();
        }
        return false;
    }
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier) {
                findPrevious();
            } else {
                findNext();
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::open()
{
    const QTextCursor cursor = m_view->textCursor();
    const QString selected = cursor.selectedText();
    if (!selected.isEmpty() && selected.size() <= MaxSelectionToFind && !selected.contains(QChar::ParagraphSeparator)) {
        m_field->setText(selected);
    }
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    searchNow();
}

void FindBar::close()
{
    m_searchTimer->stop();
    const bool hadFocus = isAncestorOf(focusWidget()) || hasFocus();
    hide();
    m_view->setExtraSelections({});
    // Leave the current match selected, as a browser does, so it can be copied or searched again.
    if (m_current >= 0) {
        QTextCursor cursor(m_view->document());
        cursor.setPosition(int(m_matches.at(m_current)));
        cursor.setPosition(int(m_matches.at(m_current) + m_length), QTextCursor::KeepAnchor);
        m_view->setTextCursor(cursor);
    }
    if (hadFocus || !m_view->hasFocus()) {
        m_view->setFocus(Qt::OtherFocusReason);
    }
}

void FindBar::findNext()
{
    step(1);
}

void FindBar::findPrevious()
{
    step(-1);
}

qsizetype FindBar::currentMatchPosition() const
{
    return m_current >= 0 ? m_matches.at(m_current) : -1;
}

void FindBar::search()
{
    searchNow();
}

void FindBar::searchNow(bool move)
{
    m_searchTimer->stop();
    const QString needle = m_field->text();
    m_matches.clear();
    m_current = -1;
    m_length = needle.size();
    if (!needle.isEmpty()) {
        if (!m_textValid) {
            m_text = m_view->document()->toPlainText();
            m_textValid = true;
        }
        const QStringMatcher matcher(needle, m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive);
        for (qsizetype at = matcher.indexIn(m_text, 0); at >= 0; at = matcher.indexIn(m_text, at + m_length)) {
            m_matches.append(at);
        }
    }
    if (!move) {
        updateMarks();
        updateCount();
        return;
    }
    if (!m_matches.isEmpty()) {
        // Start from where the reader is: the first match at or after the pane's cursor, as a browser does.
        const qsizetype from = m_view->textCursor().selectionStart();
        const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from);
        m_current = it == m_matches.cend() ? 0 : it - m_matches.cbegin();
    }
    showCurrent();
}

void FindBar::step(int direction)
{
    if (isHidden()) {
        open();
        if (m_field->text().isEmpty() || direction > 0) {
            return; // opening already went to the first match after the cursor
        }
    }
    if (m_searchTimer->isActive()) {
        searchNow(); // typed but not searched yet: that search's first match is the step
        return;
    }
    if (m_matches.isEmpty()) {
        return;
    }
    const auto count = m_matches.size();
    m_current = m_current < 0 ? (direction > 0 ? 0 : count - 1) : (m_current + direction + count) % count;
    showCurrent();
}

void FindBar::showCurrent()
{
    if (m_current >= 0) {
        QTextCursor cursor(m_view->document());
        cursor.setPosition(int(m_matches.at(m_current)));
        const bool visible = m_view->viewport()->rect().contains(m_view->cursorRect(cursor));
        m_view->setTextCursor(cursor);
        if (!visible) {
            m_view->centerCursor();
        }
    }
    updateMarks();
    updateCount();
}

void FindBar::updateMarks()
{
    if (isHidden() || m_matches.isEmpty()) {
        if (!m_view->extraSelections().isEmpty()) {
            m_view->setExtraSelections({});
        }
        return;
    }
    const QTextBlock first = m_view->cursorForPosition(QPoint(0, 0)).block();
    const QTextBlock last = m_view->cursorForPosition(m_view->viewport()->rect().bottomRight()).block();
    const qsizetype from = first.position();
    const qsizetype to = last.position() + last.length();
    QTextCharFormat match;
    match.setBackground(MatchColour);
    match.setForeground(MatchTextColour);
    QTextCharFormat current = match;
    current.setBackground(CurrentMatchColour);
    QList<QTextEdit::ExtraSelection> marks;
    for (auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from - m_length);
        it != m_matches.cend() && *it < to; ++it) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_view->document());
        mark.cursor.setPosition(int(*it));
        mark.cursor.setPosition(int(*it + m_length), QTextCursor::KeepAnchor);
        mark.format = it - m_matches.cbegin() == m_current ? current : match;
        marks.append(mark);
    }
    m_view->setExtraSelections(marks);
}

void FindBar::updateCount()
{
    if (m_field->text().isEmpty()) {
        m_count->clear();
    } else if (m_matches.isEmpty()) {
        m_count->setText(tr("No matches"));
    } else if (m_current < 0) {
        m_count->setText(tr("%n match(es)", "found in the article", int(m_matches.size())));
    } else {
        m_count->setText(tr("%1 of %2", "the current match of all matches in the article")
                .arg(QLocale().toString(qlonglong(m_current + 1)), QLocale().toString(qlonglong(m_matches.size()))));
    }
}

} // namespace Sourcelight
