#include "suggestionview.h"

#include "itemroles.h"
#include "languagechange.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QModelIndex>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sourcelight {

namespace {

// Adds to layout a group box holding a word-wrapped label (named labelName, showing text of format); returns the
// box's own layout, for what follows the label.
QVBoxLayout *addLabelBox(
    QVBoxLayout *layout, const QString &labelName, Qt::TextFormat format, QGroupBox *&box, QLabel *&label)
{
    box = new QGroupBox(layout->parentWidget());
    auto *boxLayout = new QVBoxLayout(box);
    label = new QLabel(box);
    label->setObjectName(labelName);
    label->setWordWrap(true);
    label->setTextFormat(format);
    boxLayout->addWidget(label);
    layout->addWidget(box);
    return boxLayout;
}

} // namespace

SuggestionView::SuggestionView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    addLabelBox(layout, QStringLiteral("sentenceText"), Qt::RichText, m_sentenceBox, m_sentenceLabel);
    m_sentenceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QVBoxLayout *suggestionLayout
        = addLabelBox(layout, QStringLiteral("suggestionText"), Qt::PlainText, m_suggestionBox, m_suggestionLabel);
    auto *decision = new QHBoxLayout;
    m_acceptButton = new QPushButton(m_suggestionBox);
    m_acceptButton->setObjectName(QStringLiteral("acceptButton"));
    m_rejectButton = new QPushButton(m_suggestionBox);
    m_rejectButton->setObjectName(QStringLiteral("rejectButton"));
    decision->addWidget(m_acceptButton);
    decision->addWidget(m_rejectButton);
    decision->addStretch();
    suggestionLayout->addLayout(decision);
    connect(m_acceptButton, &QPushButton::clicked, this, &SuggestionView::acceptRequested);
    connect(m_rejectButton, &QPushButton::clicked, this, &SuggestionView::rejectRequested);
    setTabOrder(m_acceptButton, m_rejectButton);
    translateAndFollowLanguage(this, this, [this] { retranslateUi(); });
}

SuggestionView::~SuggestionView() = default;

QWidget *SuggestionView::firstInFocusChain() const
{
    return m_acceptButton;
}

QWidget *SuggestionView::lastInFocusChain() const
{
    return m_rejectButton;
}

void SuggestionView::retranslateUi()
{
    m_sentenceBox->setTitle(tr("Sentence"));
    m_suggestionBox->setTitle(tr("Suggestion"));
    m_acceptButton->setText(tr("&Accept (Enter)"));
    m_acceptButton->setAccessibleName(tr("Accept the suggested attribution"));
    m_rejectButton->setText(tr("Re&ject"));
    m_rejectButton->setAccessibleName(tr("Reject the suggested attribution"));
}

QString SuggestionView::markedSentence(const QString &text, qsizetype cueStart, qsizetype cueEnd)
{
    if (cueStart < 0 || cueEnd <= cueStart || cueEnd > text.size()) {
        return text.toHtmlEscaped();
    }
    return text.left(cueStart).toHtmlEscaped() + QStringLiteral("<b><u>")
        + text.mid(cueStart, cueEnd - cueStart).toHtmlEscaped() + QStringLiteral("</u></b>")
        + text.mid(cueEnd).toHtmlEscaped();
}

void SuggestionView::showSentence(const QModelIndex &index, bool writable)
{
    // Marked from the stored span only (articles are untrusted text, and the cue word may occur more than once).
    m_sentenceLabel->setText(markedSentence(
        index.data().toString(), index.data(CueStartRole).toLongLong(), index.data(CueEndRole).toLongLong()));

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
    m_acceptButton->setEnabled(writable);
    m_rejectButton->setEnabled(writable);
}

} // namespace Sourcelight
