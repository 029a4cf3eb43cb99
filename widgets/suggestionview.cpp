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

SuggestionView::SuggestionView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_sentenceBox = new QGroupBox(this);
    auto *sentenceLayout = new QVBoxLayout(m_sentenceBox);
    m_sentenceLabel = new QLabel(m_sentenceBox);
    m_sentenceLabel->setObjectName(QStringLiteral("sentenceText"));
    m_sentenceLabel->setWordWrap(true);
    m_sentenceLabel->setTextFormat(Qt::RichText);
    m_sentenceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sentenceLayout->addWidget(m_sentenceLabel);
    layout->addWidget(m_sentenceBox);

    m_suggestionBox = new QGroupBox(this);
    auto *suggestionLayout = new QVBoxLayout(m_suggestionBox);
    m_suggestionLabel = new QLabel(m_suggestionBox);
    m_suggestionLabel->setObjectName(QStringLiteral("suggestionText"));
    m_suggestionLabel->setWordWrap(true);
    m_suggestionLabel->setTextFormat(Qt::PlainText);
    auto *decision = new QHBoxLayout;
    m_acceptButton = new QPushButton(m_suggestionBox);
    m_acceptButton->setObjectName(QStringLiteral("acceptButton"));
    m_rejectButton = new QPushButton(m_suggestionBox);
    m_rejectButton->setObjectName(QStringLiteral("rejectButton"));
    decision->addWidget(m_acceptButton);
    decision->addWidget(m_rejectButton);
    decision->addStretch();
    suggestionLayout->addWidget(m_suggestionLabel);
    suggestionLayout->addLayout(decision);
    layout->addWidget(m_suggestionBox);
    connect(m_acceptButton, &QPushButton::clicked, this, &SuggestionView::acceptRequested);
    connect(m_rejectButton, &QPushButton::clicked, this, &SuggestionView::rejectRequested);
    setTabOrder(m_acceptButton, m_rejectButton);
    retranslateUi();
    whenLanguageChanges(this, this, [this] { retranslateUi(); });
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
