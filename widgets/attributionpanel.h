#pragma once

#include "storetypes.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTimer;
class QToolButton;
class QGridLayout;

namespace Sourcelight {

class Project;

/// The attribution side panel: for the current sentence its text with the cue marked, the suggestion with its
/// reason and Accept/Reject, the source picker, the via chain, the source's profile, quote type, and the claim's
/// type, verdict, confidence, tags, note and evidence, with who changed it last. Every edit goes through the
/// project's undo commands; the panel itself stores nothing.
class AttributionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributionPanel)

public:
    explicit AttributionPanel(Project *project, QWidget *parent = nullptr);
    ~AttributionPanel() override;

    /// Shows the sentence at row of the project's sentence model (-1: none).
    void setCurrentRow(int row);
    int currentRow() const { return m_row; }
    Id currentSentence() const { return m_sentenceId; }

    void focusSourcePicker();
    void focusClaimType();
    void focusNote();

    /// One checkable action per codebook tag, with the tag's shortcut; rebuilt when a project opens.
    QList<QAction *> tagActions() const { return m_tagActions; }

    /// Reloads sources and the codebook (a project was opened, sources were renamed or merged).
    void reloadProjectData();

Q_SIGNALS:
    /// The tag actions were rebuilt (menus that show them refresh).
    void tagActionsChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void refresh();
    void fillSourceCombo(QComboBox *combo);
    void rebuildTags();
    void commitSourcePicker();
    void commitVia(const QList<Id> &via);
    void commitProfile();
    void commitNote();
    void addEvidence();
    void removeEvidence();
    std::optional<Id> sourceForText(QComboBox *combo, const QString &text);
    std::optional<Id> createSourceNamed(const QString &name);
    QList<Id> currentVia() const;

    Project *m_project;
    int m_row = -1;
    Id m_sentenceId = 0;
    bool m_updating = false;

    QLabel *m_emptyLabel = nullptr;
    QWidget *m_content = nullptr;
    QScrollArea *m_scroll = nullptr;
    QGroupBox *m_sentenceBox = nullptr;
    QLabel *m_sentenceLabel = nullptr;
    QGroupBox *m_suggestionBox = nullptr;
    QLabel *m_suggestionLabel = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
    QGroupBox *m_attributionBox = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QComboBox *m_sourcePicker = nullptr;
    QToolButton *m_newSourceButton = nullptr;
    QLabel *m_viaLabel = nullptr;
    QListWidget *m_viaList = nullptr;
    QComboBox *m_viaPicker = nullptr;
    QToolButton *m_viaAdd = nullptr;
    QToolButton *m_viaRemove = nullptr;
    QToolButton *m_viaUp = nullptr;
    QToolButton *m_viaDown = nullptr;
    QCheckBox *m_anonymous = nullptr;
    QLabel *m_countLabel = nullptr;
    QComboBox *m_count = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_onRecord = nullptr;
    QLabel *m_quoteLabel = nullptr;
    QComboBox *m_quoteType = nullptr;
    QLabel *m_originLabel = nullptr;
    QGroupBox *m_claimBox = nullptr;
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
    QLabel *m_evidenceLabel = nullptr;
    QListWidget *m_evidenceList = nullptr;
    QToolButton *m_evidenceAdd = nullptr;
    QToolButton *m_evidenceRemove = nullptr;
    QLabel *m_changedLabel = nullptr;
    QList<QAction *> m_tagActions;
};

} // namespace Sourcelight
