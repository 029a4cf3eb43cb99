#include "librarycontroller.h"

#include "documentmetadatadialog.h"
#include "itemroles.h"
#include "languagechange.h"
#include "project.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>

#include <utility>

namespace Sourcelight {

LibraryController::LibraryController(Project *project, QTreeView *library, QWidget *window)
    : QObject(window)
    , m_project(project)
    , m_library(library)
    , m_window(window)
    , m_details(new QAction(QIcon::fromTheme(QStringLiteral("document-properties")), QString(), this))
    , m_remove(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), QString(), this))
{
    m_details->setObjectName(QStringLiteral("articleDetailsAction"));
    m_details->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Return), QKeySequence(Qt::ALT | Qt::Key_Enter)});
    // The whole window: from the document pane it edits the open article.
    m_details->setShortcutContext(Qt::WindowShortcut);
    connect(m_details, &QAction::triggered, this, [this] { editDetails(targetDocument()); });
    m_window->addAction(m_details);
    m_library->addAction(m_details);
    m_remove->setObjectName(QStringLiteral("removeArticleAction"));
    m_remove->setShortcut(QKeySequence::Delete);
    // Only in the library: Delete means other things in text fields and the document pane.
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_remove, &QAction::triggered, this, [this] { removeDocument(targetDocument()); });
    m_library->addAction(m_remove);
    m_library->setContextMenuPolicy(Qt::ActionsContextMenu);

    // The open document removed: the pane shows the next one in the library. Put back: it is shown again.
    connect(m_project, &Project::documentAboutToBeRemoved, this,
        [this](Id documentId) { m_nextAfterRemoval = neighbour(documentId); });
    connect(m_project, &Project::documentRemoved, this, [this](Id, bool wasOpen) {
        const Id next = std::exchange(m_nextAfterRemoval, 0);
        if (wasOpen) {
            select(next);
            Q_EMIT openRequested(next);
        }
    });
    connect(m_project, &Project::documentRestored, this, [this](Id documentId) {
        select(documentId);
        Q_EMIT openRequested(documentId);
    });

    connect(m_project, &Project::opened, this, &LibraryController::updateEnabled);
    connect(m_project, &Project::closed, this, &LibraryController::updateEnabled);
    translateAndFollowLanguage(window, this, [this] { retranslate(); });
    updateEnabled();
}

LibraryController::~LibraryController() = default;

QList<QAction *> LibraryController::actions() const
{
    return {m_details, m_remove};
}

Id LibraryController::targetDocument() const
{
    const QModelIndex current = m_library->currentIndex();
    const Id selected = current.isValid() ? current.data(IdRole).value<Id>() : 0;
    const QWidget *focus = QApplication::focusWidget();
    const bool libraryFocused = focus && (focus == m_library || m_library->isAncestorOf(focus));
    if (selected != 0 && (libraryFocused || m_project->currentDocument() == 0)) {
        return selected;
    }
    return m_project->currentDocument();
}

void LibraryController::editDetails(Id documentId)
{
    if (documentId == 0 || !m_project->isOpen()) {
        return;
    }
    const std::optional<DocumentMetadata> metadata = m_project->documentMetadata(documentId);
    if (!metadata) {
        return; // the project reported why
    }
    DocumentMetadataDialog dialog(m_window);
    dialog.setMetadata(*metadata);
    if (m_project->isReadOnly()) {
        dialog.setReadOnly(true);
    }
    if (dialog.exec() != QDialog::Accepted || m_project->isReadOnly()) {
        return;
    }
    m_project->setDocumentMetadata(documentId, dialog.metadata(), metadata); // made on what the dialog showed
}

void LibraryController::removeDocument(Id documentId)
{
    if (documentId == 0 || !m_project->isOpen() || m_project->isReadOnly()) {
        return;
    }
    const std::optional<DocumentMetadata> metadata = m_project->documentMetadata(documentId);
    const std::optional<DocumentContents> contents = metadata ? m_project->documentContents(documentId) : std::nullopt;
    if (!contents) {
        return; // the project reported why
    }
    const QString title = metadata->title.isEmpty() ? tr("(untitled)") : metadata->title;
    QMessageBox box(QMessageBox::Question, tr("Remove Article"), tr("Remove “%1” from the project?").arg(title),
        QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("removeArticleConfirmation"));
    box.setInformativeText(tr("It has %1 and %2. %3 puts it back with everything on it until the project is closed.")
            .arg(tr("%n claim(s)", "It has … and …", int(contents->claims)),
                tr("%n reviewed attribution(s)", "It has … and …", int(contents->attributions)),
                QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    QPushButton *remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(remove); // undoable, so Enter may confirm
    box.exec();
    if (box.clickedButton() == remove) {
        m_project->removeDocument(documentId);
    }
}

Id LibraryController::neighbour(Id documentId) const
{
    const QAbstractItemModel *model = m_library->model();
    if (!model) {
        return 0;
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(IdRole).value<Id>() == documentId) {
            const int next = row + 1 < model->rowCount() ? row + 1 : row - 1;
            return next >= 0 ? model->index(next, 0).data(IdRole).value<Id>() : 0;
        }
    }
    return 0;
}

void LibraryController::select(Id documentId)
{
    const QAbstractItemModel *model = m_library->model();
    if (!model || documentId == 0) {
        return;
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(IdRole).value<Id>() == documentId) {
            m_library->setCurrentIndex(index);
            m_library->scrollTo(index);
            return;
        }
    }
}

void LibraryController::retranslate()
{
    m_details->setText(tr("Article &Details…"));
    m_details->setToolTip(tr("Correct the title, outlet, author, web address, date or language of the article"));
    m_remove->setText(tr("&Remove Article…"));
    m_remove->setToolTip(tr("Remove the article with its claims from the project (undoable)"));
}

void LibraryController::updateEnabled()
{
    m_details->setEnabled(m_project->isOpen());
    m_remove->setEnabled(m_project->isOpen() && !m_project->isReadOnly());
}

} // namespace Sourcelight
