#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QMenu;
class QUndoGroup;

namespace Sourcelight {

class AttributionPanel;
class ClaimsDock;
class DocumentView;
class LanguageSwitcher;
class LibraryDock;
class SourcesDock;

/// The review window. It only composes: the document pane in the centre, the Library, Sources, Claims and
/// Attribution docks around it, and the menus whose actions hand work to those parts.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// languages switches the interface language from Settings; without one the window makes its own.
    explicit MainWindow(LanguageSwitcher *languages = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createDocks();
    void createActions();
    void createMenus();
    void restoreWindowState();
    void saveWindowState() const;
    void retranslateUi();
    void showAbout();
    void showSettings();

    DocumentView *m_documentView = nullptr;
    LibraryDock *m_libraryDock = nullptr;
    SourcesDock *m_sourcesDock = nullptr;
    ClaimsDock *m_claimsDock = nullptr;
    QDockWidget *m_attributionDock = nullptr;
    AttributionPanel *m_attributionPanel = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    LanguageSwitcher *m_languages = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QAction *m_newProjectAction = nullptr;
    QAction *m_openProjectAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace Sourcelight
