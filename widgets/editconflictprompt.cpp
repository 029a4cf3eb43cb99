#include "editconflictprompt.h"

#include "itemroles.h"
#include "project.h"
#include "sentencemodel.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace Sourcelight {

namespace {

/// At most this many characters of a sentence in the question: enough to tell which one it is.
constexpr qsizetype ExcerptLength = 160;

} // namespace

EditConflictPrompt::EditConflictPrompt(Project *project, QWidget *window)
    : QObject(window)
    , m_project(project)
    , m_window(window)
{
    connect(m_project, &Project::editConflict, this, &EditConflictPrompt::take);
    // Asked on the project they came from only: its answers would make edits on the next one.
    connect(m_project, &Project::closed, this, [this] { m_pending.clear(); });
}

EditConflictPrompt::~EditConflictPrompt() = default;

void EditConflictPrompt::take(const EditConflict &conflict)
{
    m_pending.append(conflict);
    if (!m_asking) {
        // Asked once the refused save has finished (the undo stack is inside push() or redo() now), not inside it.
        QTimer::singleShot(0, this, &EditConflictPrompt::askNext);
    }
}

void EditConflictPrompt::askNext()
{
    if (m_asking) {
        return;
    }
    m_asking = true;
    while (!m_pending.isEmpty() && m_project->isOpen()) {
        const EditConflict conflict = m_pending.takeFirst();
        m_project->resolveConflict(conflict.id, ask(conflict));
    }
    m_pending.clear();
    m_asking = false;
}

bool EditConflictPrompt::ask(const EditConflict &conflict)
{
    QMessageBox box(QMessageBox::Warning, tr("Changed Meanwhile"),
        tr("Someone else changed this while your edit “%1” was on its way. Yours was not saved yet.")
            .arg(conflict.edit),
        QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("editConflictBox"));
    QString details;
    const SentenceModel *sentences = m_project->sentences();
    if (const int row = sentences->rowForSentence(conflict.sentenceId); row >= 0) {
        QString words = sentences->index(row).data(Qt::DisplayRole).toString().simplified();
        if (words.size() > ExcerptLength) {
            words = words.left(ExcerptLength - 1) + QChar(0x2026);
        }
        details = tr("Sentence %1: %2").arg(row + 1).arg(words) + QStringLiteral("\n\n");
    }
    details += tr("Theirs: %1\n\nYours: %2").arg(conflict.theirs, conflict.mine);
    box.setInformativeText(details);
    QPushButton *keepTheirs = box.addButton(tr("Keep &Theirs"), QMessageBox::RejectRole);
    QPushButton *saveMine = box.addButton(tr("Save &Mine"), QMessageBox::AcceptRole);
    box.setDefaultButton(keepTheirs);
    box.setEscapeButton(keepTheirs);
    box.exec();
    return box.clickedButton() == saveMine;
}

} // namespace Sourcelight
