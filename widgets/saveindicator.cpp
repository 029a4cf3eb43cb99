#include "saveindicator.h"

#include <algorithm>

#include <QEvent>

namespace Sourcelight {

SaveIndicator::SaveIndicator(Project *project, QWidget *parent)
    : QLabel(parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("saveIndicator"));
    // Wide enough for every state's text, so a change of state repaints the label and never re-lays the bar out.
    // (The widest is the count of edits waiting offline; the padding is the offline style's.)
    setMinimumWidth(std::max(fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMMMM")),
                        fontMetrics().horizontalAdvance(tr("Offline · %n waiting", "edits waiting to be sent", 999)))
        + 2 * fontMetrics().horizontalAdvance(QLatin1Char('M')));
    setAlignment(Qt::AlignCenter);
    connect(project, &Project::saveStateChanged, this, &SaveIndicator::showState);
    connect(project, &Project::waitingEditsChanged, this, &SaveIndicator::showState);
    connect(project, &Project::opened, this, &SaveIndicator::showState);
    connect(project, &Project::closed, this, &SaveIndicator::showState);
    showState();
}

SaveIndicator::~SaveIndicator() = default;

void SaveIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        showState();
    }
    QLabel::changeEvent(event);
}

void SaveIndicator::showState()
{
    if (!m_project || !m_project->isOpen() || m_project->isReadOnly()) {
        setText({});
        setToolTip({});
        return;
    }
    switch (m_project->saveState()) {
    case Project::SaveState::Saved:
        setText(tr("Saved"));
        setToolTip(tr("Every edit is on disk."));
        setStyleSheet({});
        break;
    case Project::SaveState::Saving:
        setText(tr("Saving…"));
        setToolTip(tr("The last edit is in the project and is being written to the disk."));
        setStyleSheet({});
        break;
    case Project::SaveState::Offline:
        setText(m_project->waitingEdits() > 0
                ? tr("Offline · %n waiting", "edits waiting to be sent", m_project->waitingEdits())
                : tr("Offline"));
        setToolTip(
            tr("The connection to the team project's server was lost. Sourcelight connects again every few "
               "seconds. Review edits (attributions, verdicts, types, notes, tags, evidence links added) wait here, "
               "kept on this "
               "computer, and are sent in order when it is back, or when the project is next opened; other "
               "edits cannot be saved until then and are undone."));
        setStyleSheet(QStringLiteral("QLabel { color: white; background: #8a5a00; padding: 0 4px; }"));
        break;
    case Project::SaveState::Failed:
        setText(tr("Not saved"));
        setToolTip(m_project->saveError());
        setStyleSheet(QStringLiteral("QLabel { color: white; background: #b3261e; padding: 0 4px; }"));
        break;
    }
}

} // namespace Sourcelight
