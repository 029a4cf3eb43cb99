#pragma once

#include "storetypes.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTimer;

namespace Sourcelight {

class ArticleIntake;
class AttributionPanel;
class ClaimsDock;
class DocumentPane;
class DocumentSortModel;
class DocumentView;
class LanguageSwitcher;
class LibraryController;
class LibraryDock;
class Project;
class ReviewController;
class SentenceEditController;
class SourcesDock;

/// The review window. It only composes: the document pane in the centre, the Library, Sources, Claims and
/// Attribution docks around it, the project and its models, and the menus whose actions hand work to those parts.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// languages switches the interface language from Settings; without one the window makes its own.
    explicit MainWindow(LanguageSwitcher *languages = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project file (creating it when asked); on failure the user is told why and false returned.
    bool openProject(const QString &path, bool create = false);
    /// Imports files into the open project off the UI thread, with progress and cancel. A single .json file is a
    /// backup and goes to restoreBackup().
    void importFiles(const QStringList &paths);
    /// Restores a JSON backup off the UI thread, with progress and cancel: into the open project when it holds no
    /// documents, else into a new project file the user names; the restored project is then (re)opened.
    void restoreBackup(const QString &backupPath);

    /// The file dialogs the window asks (caption, name filter); tests answer them without a native dialog.
    struct FileDialogs
    {
        std::function<QStringList(QWidget *owner, const QString &caption, const QString &filter)> openFiles;
        std::function<QString(QWidget *owner, const QString &caption, const QString &filter)> saveFile;
    };
    void setFileDialogs(const FileDialogs &dialogs) { m_fileDialogs = dialogs; }
    /// Opens a document of the open project in the document pane.
    bool openDocument(Id documentId);

    Project *project() const { return m_project; }
    ReviewController *review() const { return m_review; }

protected:
    void closeEvent(QCloseEvent *event) override;
    /// Edits made offline that have not reached the server stay kept on this computer when the project closes; when
    /// they could not be kept, they would go: asks first. True to go on.
    bool mayDiscardWaitingEdits();
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createActions();
    void createMenus();
    void connectModels();
    void retranslateUi();
    void restoreWindowState();
    void saveWindowState() const;
    void updateTitle();
    void updateStatus();
    void updateRecentMenu();
    void showAbout();
    void showSettings();
    void showExport();
    void showShortcuts();
    void showSuggestionQuality();
    void markDocumentDone();
    void adjudicate();
    void newProject();
    void chooseProject();
    void connectTeamProject();
    void chooseImport();
    void renameSelectedSource();
    void mergeSelectedSource();
    void showError(const QString &message);

    Project *m_project = nullptr;
    DocumentPane *m_documentPane = nullptr;
    DocumentView *m_documentView = nullptr;
    LibraryDock *m_libraryDock = nullptr;
    SourcesDock *m_sourcesDock = nullptr;
    ClaimsDock *m_claimsDock = nullptr;
    QDockWidget *m_attributionDock = nullptr;
    AttributionPanel *m_attributionPanel = nullptr;
    ReviewController *m_review = nullptr;
    SentenceEditController *m_sentenceEdits = nullptr;
    LibraryController *m_libraryEdits = nullptr;
    LanguageSwitcher *m_languages = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_teamLabel = nullptr; ///< a team project: who the analyst is there, and the review mode
    DocumentSortModel *m_librarySort = nullptr;
    QTimer *m_searchTimer = nullptr;
    FileDialogs m_fileDialogs;
    ArticleIntake *m_articleIntake = nullptr; ///< New Article from Clipboard, Import from URL

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_reviewMenu = nullptr;
    QMenu *m_verdictMenu = nullptr;
    QMenu *m_claimTypeMenu = nullptr;
    QMenu *m_tagsMenu = nullptr;
    QMenu *m_sourcesMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QAction *m_newProjectAction = nullptr;
    QAction *m_openProjectAction = nullptr;
    QAction *m_connectTeamAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_renameSourceAction = nullptr;
    QAction *m_mergeSourceAction = nullptr;
    QAction *m_clearSourceFilterAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_suggestionQualityAction = nullptr;
    QAction *m_markDoneAction = nullptr;
    QAction *m_adjudicateAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace Sourcelight
