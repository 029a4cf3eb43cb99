#pragma once

#include <QDialog>

#include "storetypes.h"

class QDialogButtonBox;
class QHBoxLayout;
class QLabel;
class QTableView;

namespace Sourcelight {

class AdjudicationModel;
class Project;

/// Review → Adjudicate (independent review, curators and admins): the sentences of the open document the reviewers
/// disagree on, each reviewer's decision side by side with the final one. The curator picks a row and a reviewer —
/// a "Use …'s" button, or the reviewer's number key (1, 2, …) — to make that decision the final one (an undo step
/// of the window), or goes to the sentence to write the final decision themselves.
class AdjudicationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdjudicationDialog)

public:
    explicit AdjudicationDialog(Project *project, QWidget *parent = nullptr);
    ~AdjudicationDialog() override;

    AdjudicationModel *model() const { return m_model; }

Q_SIGNALS:
    /// The curator asked to go to the sentence in the document pane.
    void sentenceRequested(Id sentenceId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void adopt(int reviewer);
    void updateButtons();

    Project *m_project;
    AdjudicationModel *m_model;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QHBoxLayout *m_choices = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Sourcelight
