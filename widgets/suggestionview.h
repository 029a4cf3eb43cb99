#pragma once

#include <QWidget>

class QGroupBox;
class QLabel;
class QModelIndex;
class QPushButton;

namespace Sourcelight {

/// The current sentence with its stored cue marked, the suggested attribution with the suggester's reason, and
/// Accept/Reject. It shows; the decisions go out as signals.
class SuggestionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestionView)

public:
    explicit SuggestionView(QWidget *parent = nullptr);
    ~SuggestionView() override;

    /// Shows the sentence at index of the sentence model; writable enables Accept and Reject.
    void showSentence(const QModelIndex &index, bool writable);

    /// The sentence as rich text, the cue [cueStart, cueEnd) (UTF-16, within text) in bold; all text escaped.
    /// An invalid span marks nothing.
    static QString markedSentence(const QString &text, qsizetype cueStart, qsizetype cueEnd);

    QWidget *firstInFocusChain() const;
    QWidget *lastInFocusChain() const;

Q_SIGNALS:
    void acceptRequested();
    void rejectRequested();

private:
    void retranslateUi();

    QGroupBox *m_sentenceBox = nullptr;
    QLabel *m_sentenceLabel = nullptr;
    QGroupBox *m_suggestionBox = nullptr;
    QLabel *m_suggestionLabel = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
};

} // namespace Sourcelight
