#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace Sourcelight {

class Project;
struct EditConflict;

/// Asks the analyst, for each edit the project refused because someone else changed the same value meanwhile
/// (Project::editConflict()), whether to keep theirs or save their own over it: a note, a verdict, a claim type, a
/// confidence, or the source a sentence rests on. Both values are shown; "Keep Theirs" is the default. Conflicts
/// that arrive together (edits made offline, sent on reconnecting) are asked one after another, in the order they
/// were refused; those of a project closed meanwhile are not asked.
class EditConflictPrompt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditConflictPrompt)

public:
    /// window: the parent of the question.
    EditConflictPrompt(Project *project, QWidget *window);
    ~EditConflictPrompt() override;

private:
    void take(const EditConflict &conflict);
    void askNext();
    /// Whether the analyst chose to save theirs over mine.
    bool ask(const EditConflict &conflict);

    Project *m_project;
    QPointer<QWidget> m_window;
    QList<EditConflict> m_pending;
    bool m_asking = false;
};

} // namespace Sourcelight
