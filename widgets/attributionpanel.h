#pragma once

#include "storetypes.h"

#include <QWidget>

class QAction;
class QLabel;
class QScrollArea;

namespace Sourcelight {

class AttributionEditor;
class ClaimEditor;
class Project;
class SuggestionView;

/// The attribution side panel for the current sentence: a SuggestionView (the sentence with its cue marked, the
/// suggestion, Accept/Reject), an AttributionEditor (source, via chain, profile, quote) and a ClaimEditor (type,
/// verdict, confidence, tags, note, evidence). It only wires them to the project; every edit goes through the
/// project's undo commands and the panel itself stores nothing.
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
    QList<QAction *> tagActions() const;

    /// Reloads sources and the codebook (a project was opened, sources were renamed or merged).
    void reloadProjectData();

Q_SIGNALS:
    /// The tag actions were rebuilt (menus that show them refresh).
    void tagActionsChanged();

private:
    void retranslateUi();
    void refresh();

    Project *m_project;
    int m_row = -1;
    Id m_sentenceId = 0;

    QLabel *m_emptyLabel = nullptr;
    QWidget *m_content = nullptr;
    QScrollArea *m_scroll = nullptr;
    SuggestionView *m_suggestion = nullptr;
    AttributionEditor *m_attribution = nullptr;
    ClaimEditor *m_claim = nullptr;
};

} // namespace Sourcelight
