#pragma once

#include "storetypes.h"

#include <QGroupBox>

class QAction;
class QComboBox;
class QFormLayout;
class QGridLayout;
class QLabel;
class QListWidget;
class QModelIndex;
class QPlainTextEdit;
class QSpinBox;
class QTimer;
class QToolButton;

namespace Sourcelight {

class Project;

/// The claim of the current sentence: type, verdict, confidence, tags, note and evidence links, with who changed it
/// last. Every edit goes through the project's undo commands; the note is saved after a short pause and when focus
/// leaves it.
class ClaimEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimEditor)

public:
    explicit ClaimEditor(Project *project, QWidget *parent = nullptr);
    ~ClaimEditor() override;

    /// Shows the claim of sentenceId, at index of the sentence model (0: none). A pending note is saved first.
    void showSentence(Id sentenceId, const QModelIndex &index);
    /// Saves the note being typed, if any.
    void flushNote();

    /// One checkable action per codebook tag, with the tag's shortcut.
    QList<QAction *> tagActions() const { return m_tagActions; }
    void rebuildTags();

    void focusClaimType();
    void focusNote();
    QWidget *firstInFocusChain() const;

Q_SIGNALS:
    void tagActionsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFields(QFormLayout *form);
    void buildEvidence(QFormLayout *form);
    void retranslateUi();
    void showEvidence();
    void showChanged(const QModelIndex &index, const std::optional<ClaimRecord> &claim);
    void commitNote();
    void addEvidence();
    void removeEvidence();

    Project *m_project;
    Id m_sentenceId = 0;
    bool m_updating = false;

    QFormLayout *m_form = nullptr;
    QLabel *m_wordsLabel = nullptr;
    QLabel *m_words = nullptr; ///< the claim's own words, when it is narrower than its sentence
    QLabel *m_claimTypeLabel = nullptr;
    QComboBox *m_claimType = nullptr;
    QLabel *m_verdictLabel = nullptr;
    QComboBox *m_verdict = nullptr;
    QLabel *m_confidenceLabel = nullptr;
    QSpinBox *m_confidence = nullptr;
    QLabel *m_tagsLabel = nullptr;
    QWidget *m_tagsArea = nullptr;
    QGridLayout *m_tagsLayout = nullptr;
    QLabel *m_noteLabel = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QTimer *m_noteTimer = nullptr;
    QString m_noteBase; ///< the stored note the analyst's typing started from: what a save expects to replace
    QLabel *m_evidenceLabel = nullptr;
    QListWidget *m_evidenceList = nullptr;
    QToolButton *m_evidenceAdd = nullptr;
    QToolButton *m_evidenceRemove = nullptr;
    QLabel *m_changedLabel = nullptr;
    QList<QAction *> m_tagActions;
};

} // namespace Sourcelight
