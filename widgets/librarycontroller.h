#pragma once

#include "storetypes.h"

#include <QObject>

class QAction;
class QTreeView;
class QWidget;

namespace Sourcelight {

class Project;

/// The Library's own edits, each undoable: Article Details (Alt+Return; title, outlet, author, web address, date,
/// language) and Remove Article (Delete in the library, after a confirmation naming what goes with it). The actions sit
/// in the library's context menu and are handed to the window's menus. They act on the article selected in the library
/// while the library has the focus, else on the article open in the document pane.
class LibraryController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryController)

public:
    LibraryController(Project *project, QTreeView *library, QWidget *window);
    ~LibraryController() override;

    QAction *detailsAction() const { return m_details; }
    QAction *removeAction() const { return m_remove; }
    QList<QAction *> actions() const;

    /// The article the actions apply to (0: none).
    Id targetDocument() const;
    /// Opens the Article Details dialog on a document; OK applies the changes as one undoable edit.
    void editDetails(Id documentId);
    /// Asks whether to remove a document, naming its claims and reviewed attributions; Remove removes it as one
    /// undoable edit.
    void removeDocument(Id documentId);

Q_SIGNALS:
    /// The window should show this document (0: none): the next one when the open one was removed, or one that an
    /// undo put back.
    void openRequested(Id documentId);

private:
    void retranslate();
    void updateEnabled();
    /// The document listed after documentId in the library (else the one before it; 0 when it is the only one).
    Id neighbour(Id documentId) const;
    void select(Id documentId);

    Project *m_project;
    QTreeView *m_library;
    QWidget *m_window;
    QAction *m_details;
    QAction *m_remove;
    Id m_nextAfterRemoval = 0;
};

} // namespace Sourcelight
