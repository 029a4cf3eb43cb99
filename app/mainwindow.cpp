#include "mainwindow.h"

#include "aboutdialog.h"
#include "adjudicationdialog.h"
#include "appearance.h"
#include "articleintake.h"
#include "attributionpanel.h"
#include "batchimporter.h"
#include "claimsdock.h"
#include "claimtablemodel.h"
#include "documentlistmodel.h"
#include "documentpane.h"
#include "documentsortmodel.h"
#include "documenttable.h"
#include "documentview.h"
#include "editconflictprompt.h"
#include "exportdialog.h"
#include "itemroles.h"
#include "languagechange.h"
#include "languageswitcher.h"
#include "librarycontroller.h"
#include "librarydock.h"
#include "project.h"
#include "projectrestorer.h"
#include "projectstore.h"
#include "reportpreview.h"
#include "reviewcontroller.h"
#include "reviewedsharedelegate.h"
#include "saveindicator.h"
#include "sentenceeditcontroller.h"
#include "serveraddress.h"
#include "settings.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "sourcemodel.h"
#include "sourcesdock.h"
#include "suggestionqualitydialog.h"
#include "teamprojectdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QScreen>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

namespace Sourcelight {

namespace {
constexpr int StateVersion = 2;
constexpr int MaxRecent = 8;
} // namespace

MainWindow::MainWindow(LanguageSwitcher *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_project(new Project(this))
    , m_languages(languages ? languages : new LanguageSwitcher(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_fileDialogs.openFiles = [](QWidget *owner, const QString &caption, const QString &filter) {
        return QFileDialog::getOpenFileNames(owner, caption, QString(), filter);
    };
    m_fileDialogs.saveFile = [](QWidget *owner, const QString &caption, const QString &filter) {
        return QFileDialog::getSaveFileName(owner, caption, QString(), filter);
    };
    m_documentPane = new DocumentPane(this);
    m_documentView = m_documentPane->view();
    setCentralWidget(m_documentPane);
    createDocks();
    m_review = new ReviewController(m_project, m_documentView, m_attributionPanel, this);
    m_sentenceEdits = new SentenceEditController(m_project, m_documentView, m_review, this);
    connect(m_sentenceEdits, &SentenceEditController::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    m_libraryEdits = new LibraryController(m_project, m_libraryDock->view(), this);
    connect(m_libraryEdits, &LibraryController::openRequested, this, &MainWindow::openDocument);
    createActions();
    createMenus();
    connectModels();
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    statusBar()->addPermanentWidget(m_progressLabel);
    m_teamLabel = new QLabel(this);
    m_teamLabel->setObjectName(QStringLiteral("teamLabel"));
    statusBar()->addPermanentWidget(m_teamLabel);
    statusBar()->addPermanentWidget(new SaveIndicator(m_project, this));
    translateAndFollowLanguage(this, this, [this] { retranslateUi(); });
    restoreWindowState();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_libraryDock = new LibraryDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);
    m_sourcesDock = new SourcesDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_sourcesDock);

    m_attributionDock = new QDockWidget(this);
    m_attributionDock->setObjectName(QStringLiteral("attributionDock"));
    m_attributionPanel = new AttributionPanel(m_project, m_attributionDock);
    m_attributionPanel->setMinimumWidth(320);
    m_attributionDock->setWidget(m_attributionPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_attributionDock);
    new EditConflictPrompt(m_project, this); // asks which value stays when someone else changed it meanwhile

    m_claimsDock = new ClaimsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_claimsDock);
    resizeDocks({m_claimsDock}, {180}, Qt::Vertical);
    resizeDocks({m_libraryDock, m_attributionDock}, {300, 380}, Qt::Horizontal);
}

void MainWindow::connectModels()
{
    QTreeView *library = m_libraryDock->view();
    m_librarySort = new DocumentSortModel(this);
    m_librarySort->setSourceModel(m_project->documents());
    library->setModel(m_librarySort);
    library->setSortingEnabled(true);
    library->sortByColumn(DocumentListModel::TitleColumn, Qt::AscendingOrder);
    library->setItemDelegateForColumn(DocumentListModel::ReviewedColumn, new ReviewedShareDelegate(library));
    library->setColumnHidden(DocumentListModel::SentencesColumn, true);
    library->header()->setSectionResizeMode(DocumentListModel::TitleColumn, QHeaderView::Stretch);
    library->header()->setStretchLastSection(false);
    connect(library, &QTreeView::activated, this,
        [this](const QModelIndex &index) { openDocument(index.data(IdRole).value<Id>()); });
    connect(library, &QTreeView::clicked, this,
        [this](const QModelIndex &index) { openDocument(index.data(IdRole).value<Id>()); });
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_libraryDock->searchField(), &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this,
        [this] { m_project->documents()->setSearchText(m_libraryDock->searchField()->text().trimmed()); });

    QTreeView *sources = m_sourcesDock->view();
    sources->setModel(m_project->sources());
    sources->header()->setSectionResizeMode(SourceModel::NameColumn, QHeaderView::Stretch);
    sources->header()->setStretchLastSection(false);
    sources->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_project->sources(), &QAbstractItemModel::modelReset, sources, &QTreeView::expandAll);
    connect(sources->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const Id id = m_project->sources()->sourceId(current);
        m_review->setSourceFilter(id);
        m_claimsDock->setSourceFilter(id != 0 ? std::optional<Id>(id) : std::nullopt);
    });

    QTableView *claims = m_claimsDock->view();
    claims->setModel(m_project->claims());
    claims->horizontalHeader()->setSectionResizeMode(ClaimTableModel::SentenceColumn, QHeaderView::Interactive);
    claims->setColumnWidth(ClaimTableModel::SentenceColumn, 380);
    connect(m_claimsDock, &ClaimsDock::queryChanged, this,
        [this](const ClaimQuery &query) { m_project->claims()->setQuery(query); });
    connect(claims, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_review->showSentence(index.data(DocumentIdRole).value<Id>(), index.data(SentenceIdRole).value<Id>());
    });

    connect(m_review, &ReviewController::progressChanged, this, &MainWindow::updateStatus);
    connect(m_review, &ReviewController::currentChanged, this, &MainWindow::updateStatus);
    connect(m_project, &Project::errorOccurred, this, &MainWindow::showError);
    connect(m_project, &Project::keptEditsSent, this, [this](int count) {
        statusBar()->showMessage(
            tr("%n edit(s) made offline when the project was last open were sent to the server.", nullptr, count),
            8000);
    });
    connect(m_project, &Project::closed, this, [this] { m_exportAction->setEnabled(false); });
    connect(m_project, &Project::opened, this, [this] {
        m_exportAction->setEnabled(true);
        m_claimsDock->setReviewers(m_project->claimReviewers());
        m_sourcesDock->view()->expandAll();
        updateTitle();
    });
    connect(m_attributionPanel, &AttributionPanel::tagActionsChanged, this, [this] {
        m_tagsMenu->clear();
        m_tagsMenu->addActions(m_attributionPanel->tagActions());
        addActions(m_attributionPanel->tagActions());
    });
}

void MainWindow::createActions()
{
    const auto make = [this](const char *name, const char *icon, const QList<QKeySequence> &keys) {
        auto *action = new QAction(QIcon::fromTheme(QString::fromLatin1(icon)), QString(), this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcuts(keys);
        return action;
    };
    m_newProjectAction = make("newProjectAction", "document-new", QKeySequence::keyBindings(QKeySequence::New));
    connect(m_newProjectAction, &QAction::triggered, this, &MainWindow::newProject);
    m_openProjectAction = make("openProjectAction", "document-open", QKeySequence::keyBindings(QKeySequence::Open));
    connect(m_openProjectAction, &QAction::triggered, this, &MainWindow::chooseProject);
    m_connectTeamAction = make("connectTeamProjectAction", "network-server", {});
    connect(m_connectTeamAction, &QAction::triggered, this, &MainWindow::connectTeamProject);
    m_importAction = make("importAction", "document-import", {QKeySequence(Qt::CTRL | Qt::Key_I)});
    connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseImport);
    m_articleIntake = new ArticleIntake(m_project, this);
    connect(m_articleIntake, &ArticleIntake::imported, this, &MainWindow::openDocument);
    connect(m_articleIntake, &ArticleIntake::failed, this, &MainWindow::showError);
    connect(m_articleIntake, &ArticleIntake::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    m_exportAction = make("exportAction", "document-export", {QKeySequence(Qt::CTRL | Qt::Key_E)});
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::showExport);
    m_quitAction = make("quitAction", "application-exit", QKeySequence::keyBindings(QKeySequence::Quit));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_project->undoStack()->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_project->undoStack()->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts(QKeySequence::Redo);

    // Ctrl+F belongs to the document pane (find in the article); the library search has its own keys.
    m_findAction = make("findAction", "edit-find", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_libraryDock->show();
        m_libraryDock->raise();
        m_libraryDock->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_libraryDock->searchField()->selectAll();
    });
    m_settingsAction = make("settingsAction", "configure",
        QKeySequence::keyBindings(QKeySequence::Preferences) << QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_renameSourceAction = make("renameSourceAction", "edit-rename", {QKeySequence(Qt::Key_F2)});
    m_renameSourceAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_renameSourceAction, &QAction::triggered, this, &MainWindow::renameSelectedSource);
    m_mergeSourceAction = make("mergeSourceAction", "merge", {});
    connect(m_mergeSourceAction, &QAction::triggered, this, &MainWindow::mergeSelectedSource);
    m_sourcesDock->view()->addAction(m_renameSourceAction);
    m_sourcesDock->view()->addAction(m_mergeSourceAction);
    m_clearSourceFilterAction = make("clearSourceFilterAction", "edit-clear", {QKeySequence(Qt::Key_Escape)});
    m_clearSourceFilterAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_sourcesDock->view()->addAction(m_clearSourceFilterAction);
    connect(
        m_clearSourceFilterAction, &QAction::triggered, this, [this] { m_sourcesDock->view()->setCurrentIndex({}); });

    m_suggestionQualityAction = make("suggestionQualityAction", "view-statistics", {});
    connect(m_suggestionQualityAction, &QAction::triggered, this, &MainWindow::showSuggestionQuality);
    m_markDoneAction = make("markDoneAction", "task-complete", {});
    connect(m_markDoneAction, &QAction::triggered, this, &MainWindow::markDocumentDone);
    m_adjudicateAction = make("adjudicateAction", "view-split-left-right", {});
    connect(m_adjudicateAction, &QAction::triggered, this, &MainWindow::adjudicate);

    m_shortcutsAction = make("shortcutsAction", "help-keyboard-shortcuts", {QKeySequence(Qt::Key_F1)});
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_aboutAction = make("aboutAction", "help-about", {});
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = make("aboutQtAction", "", {});
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addActions({m_newProjectAction, m_openProjectAction, m_connectTeamAction});
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(
        {m_importAction, m_articleIntake->pasteAction(), m_articleIntake->urlAction(), m_exportAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    updateRecentMenu();

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addActions({m_undoAction, m_redoAction});
    m_editMenu->addSeparator();
    m_editMenu->addActions(m_libraryEdits->actions());
    m_editMenu->addSeparator();
    m_editMenu->addActions(m_documentPane->findActions());
    m_editMenu->addAction(m_findAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_settingsAction);

    m_reviewMenu = menuBar()->addMenu(QString());
    m_reviewMenu->setObjectName(QStringLiteral("reviewMenu"));
    m_reviewMenu->addActions(m_review->navigationActions());
    m_reviewMenu->addSeparator();
    m_reviewMenu->addActions(m_review->reviewActions());
    m_reviewMenu->addActions(m_sentenceEdits->actions());
    m_verdictMenu = m_reviewMenu->addMenu(QString());
    m_verdictMenu->addActions(m_review->verdictActions());
    m_claimTypeMenu = m_reviewMenu->addMenu(QString());
    m_claimTypeMenu->addActions(m_review->claimTypeActions());
    m_tagsMenu = m_reviewMenu->addMenu(QString());
    m_reviewMenu->addSeparator();
    m_reviewMenu->addAction(m_suggestionQualityAction);
    m_reviewMenu->addAction(m_markDoneAction);
    m_reviewMenu->addAction(m_adjudicateAction);

    m_sourcesMenu = menuBar()->addMenu(QString());
    m_sourcesMenu->setObjectName(QStringLiteral("sourcesMenu"));
    m_sourcesMenu->addActions({m_renameSourceAction, m_mergeSourceAction, m_clearSourceFilterAction});

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    for (QDockWidget *dock : {static_cast<QDockWidget *>(m_libraryDock), static_cast<QDockWidget *>(m_sourcesDock),
             static_cast<QDockWidget *>(m_claimsDock), m_attributionDock}) {
        m_viewMenu->addAction(dock->toggleViewAction());
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_documentPane->legendAction());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addActions({m_shortcutsAction, m_aboutAction, m_aboutQtAction});
}

void MainWindow::retranslateUi()
{
    m_attributionDock->setWindowTitle(tr("Attribution"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_reviewMenu->setTitle(tr("&Review"));
    m_verdictMenu->setTitle(tr("&Verdict"));
    m_claimTypeMenu->setTitle(tr("Claim &Type"));
    m_tagsMenu->setTitle(tr("Ta&gs"));
    m_sourcesMenu->setTitle(tr("&Sources", "who claims come from"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newProjectAction->setText(tr("&New Project…"));
    m_openProjectAction->setText(tr("&Open Project…"));
    m_connectTeamAction->setText(tr("Connect to &Team Project…"));
    m_importAction->setText(tr("&Import Articles or Backup…"));
    m_articleIntake->retranslate();
    m_exportAction->setText(tr("&Export…"));
    m_quitAction->setText(tr("&Quit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_findAction->setText(tr("Search the &Library…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_renameSourceAction->setText(tr("&Rename Source…", "who a claim comes from"));
    m_mergeSourceAction->setText(tr("&Merge Source Into…", "who a claim comes from"));
    m_clearSourceFilterAction->setText(tr("Show &All Sources", "who claims come from"));
    m_suggestionQualityAction->setText(tr("&How Good Were the Suggestions?"));
    m_adjudicateAction->setText(tr("&Adjudicate Disagreements…"));
    m_adjudicateAction->setToolTip(tr("Independent review: the sentences of this document the reviewers disagree on, "
                                      "side by side; pick the final decision."));
    m_markDoneAction->setText(tr("&Mark Document Done"));
    m_markDoneAction->setToolTip(tr("Independent review: you have coded this document. You may then see the other "
                                    "reviewers' codings of it, and no longer change yours."));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About Sourcelight"));
    m_aboutQtAction->setText(tr("About &Qt"));
    updateTitle();
    updateStatus();
}

bool MainWindow::openProject(const QString &path, bool create)
{
    if (!mayDiscardWaitingEdits()) {
        return false;
    }
    if (!m_project->open(path, create)) {
        showError(
            tr("Could not open the project “%1”: %2").arg(ServerAddress::projectName(path), m_project->errorString()));
        updateTitle();
        return false;
    }
    Settings settings;
    QStringList recent = settings.recentProjects();
    const QString absolute = ServerAddress::canonicalLocation(path); // never with a password
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setRecentProjects(recent.mid(0, MaxRecent));
    updateRecentMenu();
    if (m_project->isReadOnly()) {
        QMessageBox::information(this, tr("Read-only project"), m_project->store().readOnlyReason());
    }
    // Start where a reader would: the first article of the library.
    if (m_librarySort->rowCount() > 0) {
        const QModelIndex first = m_librarySort->index(0, 0);
        m_libraryDock->view()->setCurrentIndex(first);
        openDocument(first.data(IdRole).value<Id>());
    }
    updateTitle();
    return true;
}

bool MainWindow::openDocument(Id documentId)
{
    if (documentId == m_project->currentDocument() && documentId != 0) {
        return true;
    }
    const bool ok = m_review->openDocument(documentId);
    updateTitle();
    updateStatus();
    return ok;
}

void MainWindow::updateTitle()
{
    QString title;
    if (m_project->isOpen()) {
        title = ServerAddress::projectName(m_project->path());
        if (m_project->isReadOnly()) {
            title += QLatin1Char(' ') + tr("[read-only]");
        }
    }
    setWindowTitle(title);
    setWindowFilePath(m_project->isOpen() ? m_project->path() : QString());
    m_markDoneAction->setVisible(m_project->isOpen() && m_project->codesAlone()); // independent review only
    m_adjudicateAction->setVisible(m_project->isOpen() && m_project->mayAdjudicate());
    const ReviewTeam::Session &team = m_project->team();
    const bool onTeam = m_project->isOpen() && ServerAddress::isServerAddress(m_project->path()) && team.role;
    m_teamLabel->setVisible(onTeam);
    if (onTeam) {
        m_teamLabel->setText(tr("%1 · %2 · %3", "the analyst's name, their part, the review mode")
                .arg(m_project->store().reviewerName(), ReviewTeam::displayName(*team.role),
                    team.mode == ReviewTeam::Mode::Independent ? tr("independent review") : tr("shared review")));
    }
}

void MainWindow::updateStatus()
{
    m_progressLabel->setText(m_review->progressText());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings().recentProjects();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(
            ServerAddress::isServerAddress(path) ? ServerAddress::projectName(path) : QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newProject()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("New Project"), QString(), tr("Sourcelight projects (*.sourcelight)"));
    if (path.isEmpty()) {
        return;
    }
    const QString file = path.endsWith(QLatin1String(".sourcelight")) ? path : path + QStringLiteral(".sourcelight");
    if (QFileInfo::exists(file)) {
        // Never overwrite: an existing project is opened as it is.
        showError(tr("“%1” already exists; it is opened instead of being replaced.").arg(file));
    }
    openProject(file, true);
}

void MainWindow::connectTeamProject()
{
    TeamProjectDialog dialog({}, this);
    if (dialog.exec() == QDialog::Accepted) {
        openProject(dialog.location(), true); // an empty database becomes a new team project
    }
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), QString(), tr("Sourcelight projects (*.sourcelight);;All files (*)"));
    if (!path.isEmpty()) {
        openProject(path);
    }
}

void MainWindow::chooseImport()
{
    const QStringList files = m_fileDialogs.openFiles(this, tr("Import Articles or Restore a Backup"),
        tr("Articles and backups (*.txt *.md *.markdown *.html *.htm *.json);;Sourcelight backups (*.json);;"
           "All files (*)"));
    if (!files.isEmpty()) {
        importFiles(files);
    }
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (std::any_of(paths.cbegin(), paths.cend(), &ProjectRestorer::isBackup)) {
        if (paths.size() != 1) {
            showError(tr("A Sourcelight backup (.json) is restored on its own: choose it without articles or other "
                         "backups."));
            return;
        }
        restoreBackup(paths.first());
        return;
    }
    if (!m_project->isOpen() || m_project->isReadOnly()) {
        showError(tr("Open a writable project before importing."));
        return;
    }
    const QStringList files = BatchImporter::collectFiles(paths);
    if (files.isEmpty()) {
        showError(tr("None of these files can be imported (text, Markdown or HTML)."));
        return;
    }
    auto *progress = new QProgressDialog(
        tr("Importing %n article(s)…", nullptr, int(files.size())), tr("Cancel"), 0, int(files.size()), this);
    progress->setObjectName(QStringLiteral("importProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    auto *watcher = new QFutureWatcher<ImportResult>(this);
    connect(watcher, &QFutureWatcher<ImportResult>::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcher<ImportResult>::cancel);
    connect(watcher, &QFutureWatcher<ImportResult>::finished, this, [this, watcher, progress] {
        QStringList failures;
        int imported = 0;
        Id last = 0;
        for (const ImportResult &r : watcher->future().results()) {
            if (r.status == ImportStatus::Error) {
                failures << QStringLiteral("%1: %2").arg(QFileInfo(r.file).fileName(), r.message);
            } else {
                ++imported;
                last = r.documentId;
            }
        }
        progress->deleteLater();
        watcher->deleteLater();
        m_project->importFinished();
        statusBar()->showMessage(tr("Imported %n article(s).", nullptr, imported), 5000);
        if (!failures.isEmpty()) {
            QMessageBox box(QMessageBox::Warning, tr("Import"),
                tr("%n file(s) could not be imported; the others were.", nullptr, int(failures.size())),
                QMessageBox::Ok, this);
            box.setDetailedText(failures.join(QLatin1Char('\n')));
            box.exec();
        }
        if (last != 0) {
            openDocument(last);
        }
    });
    watcher->setFuture(BatchImporter::start(m_project->connectionAddress(), files));
}

void MainWindow::restoreBackup(const QString &backupPath)
{
    // The open project takes the backup only when it holds no documents (then nothing of the analyst's is
    // replaced); otherwise the backup becomes a project of its own, next to this one.
    const bool intoOpenProject = m_project->isOpen() && !m_project->isReadOnly()
        && m_project->store().documents().count(true).value_or(1) == 0;
    QString target = m_project->connectionAddress();
    if (!intoOpenProject) {
        target = m_fileDialogs.saveFile(
            this, tr("Restore Backup Into a New Project"), tr("Sourcelight projects (*.sourcelight)"));
        if (target.isEmpty()) {
            return;
        }
        if (!target.endsWith(QLatin1String(".sourcelight"))) {
            target += QStringLiteral(".sourcelight");
        }
    }
    const QString name = QFileInfo(backupPath).fileName();
    auto *progress = new QProgressDialog(tr("Restoring the backup “%1”…").arg(name), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("restoreProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    auto *watcher = new QFutureWatcher<RestoreResult>(this);
    const auto cancel = std::make_shared<std::atomic_bool>(false);
    connect(watcher, &QFutureWatcher<RestoreResult>::progressRangeChanged, progress, &QProgressDialog::setRange);
    connect(watcher, &QFutureWatcher<RestoreResult>::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher, [cancel] { cancel->store(true); });
    connect(watcher, &QFutureWatcher<RestoreResult>::finished, this, [this, watcher, progress, target, name] {
        progress->deleteLater();
        watcher->deleteLater();
        const RestoreResult result = watcher->result();
        if (result.cancelled) {
            statusBar()->showMessage(tr("The restore was cancelled; nothing was changed."), 5000);
            return;
        }
        if (!result.ok) {
            showError(tr("The backup “%1” could not be restored: %2").arg(name, result.message));
            return;
        }
        // Written through another connection, with the backup's reviewers and codebook: opening the project
        // afresh resets every model and names this window's reviewer again.
        openProject(target);
        statusBar()->showMessage(
            tr("Restored %n document(s) from “%1”.", nullptr, int(result.documents)).arg(name), 8000);
    });
    watcher->setFuture(ProjectRestorer::start(target, backupPath, cancel));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    if (paths.size() == 1 && paths.first().endsWith(QLatin1String(".sourcelight"))) {
        openProject(paths.first());
    } else if (!paths.isEmpty()) {
        importFiles(paths);
    }
    event->acceptProposedAction();
}

void MainWindow::renameSelectedSource()
{
    const Id id = m_project->sources()->sourceId(m_sourcesDock->view()->currentIndex());
    const std::optional<SourceRecord> source = id != 0 ? m_project->source(id) : std::nullopt;
    if (!source) {
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename Source", "who a claim comes from"), tr("New name:"), QLineEdit::Normal, source->name, &ok);
    if (ok && !name.trimmed().isEmpty()) {
        m_project->renameSource(id, name);
    }
}

void MainWindow::mergeSelectedSource()
{
    const Id id = m_project->sources()->sourceId(m_sourcesDock->view()->currentIndex());
    const std::optional<SourceRecord> source = id != 0 ? m_project->source(id) : std::nullopt;
    if (!source) {
        return;
    }
    QStringList names;
    QList<Id> ids;
    for (const SourceRecord &s : m_project->sources()->allSources()) {
        if (s.id != id) {
            names << s.name;
            ids << s.id;
        }
    }
    bool ok = false;
    const QString into = QInputDialog::getItem(this, tr("Merge Source", "who a claim comes from"),
        tr("Merge “%1” into:").arg(source->name), names, 0, false, &ok);
    if (ok && names.contains(into)) {
        m_project->mergeSources(id, ids.at(names.indexOf(into)));
    }
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 8000);
    QMessageBox::warning(this, tr("Sourcelight"), message);
}

void MainWindow::restoreWindowState()
{
    const Settings settings;
    if (!restoreGeometry(settings.windowGeometry())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(available.size() * 0.85);
    }
    restoreState(settings.windowState(), StateVersion);
}

void MainWindow::saveWindowState() const
{
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState(StateVersion));
}

bool MainWindow::mayDiscardWaitingEdits()
{
    const int waiting = m_project->waitingEdits();
    if (waiting == 0 || m_project->waitingEditsKept()) {
        return true; // kept on this computer: sent when the project is next opened
    }
    return QMessageBox::warning(this, tr("Edits not sent"),
               tr("%n edit(s) made while the server could not be reached wait to be sent, and could not be kept "
                  "on this computer. Closing the project now discards them. Close it anyway?",
                   nullptr, waiting),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_attributionPanel->setCurrentRow(-1); // saves a note still being typed
    if (!mayDiscardWaitingEdits()) {
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(
        {{tr("File"),
             {m_newProjectAction, m_openProjectAction, m_importAction, m_articleIntake->pasteAction(),
                 m_articleIntake->urlAction(), m_exportAction, m_quitAction}},
            {tr("Edit"),
                QList<QAction *> {m_undoAction, m_redoAction} + m_documentPane->findActions()
                    + QList<QAction *> {m_findAction, m_settingsAction}},
            {tr("Library"), m_libraryEdits->actions()},
            {tr("Review"), m_review->navigationActions() + m_review->reviewActions() + m_sentenceEdits->actions()},
            {tr("Verdict"), m_review->verdictActions()}, {tr("Claim type"), m_review->claimTypeActions()},
            {tr("Tags"), m_attributionPanel->tagActions()},
            {tr("Sources", "who claims come from"), {m_renameSourceAction, m_clearSourceFilterAction}},
            {tr("Help"), {m_shortcutsAction}}},
        this);
    dialog.exec();
}

void MainWindow::markDocumentDone()
{
    if (!m_project->isOpen() || !m_project->codesAlone()) {
        showError(tr("Marking a document done is for reviewers of a team project in independent review."));
        return;
    }
    if (m_project->markDocumentDone()) {
        statusBar()->showMessage(
            tr("Marked done. Your decisions on this document are final; a curator can open it again for you."), 8000);
    }
}

void MainWindow::adjudicate()
{
    if (!m_project->isOpen() || !m_project->mayAdjudicate()) {
        showError(tr("Adjudicating is for curators and admins of a team project in independent review."));
        return;
    }
    if (m_project->currentDocument() == 0) {
        showError(tr("Open a document to adjudicate its sentences."));
        return;
    }
    AdjudicationDialog dialog(m_project, this);
    const Id document = m_project->currentDocument();
    connect(&dialog, &AdjudicationDialog::sentenceRequested, this, [this, &dialog, document](Id sentence) {
        m_review->showSentence(document, sentence);
        dialog.accept();
    });
    dialog.exec();
}

void MainWindow::showSuggestionQuality()
{
    if (!m_project->isOpen()) {
        showError(tr("Open a project to see how its suggestions were reviewed."));
        return;
    }
    const std::optional<SuggestionScore> score = m_project->suggestionScore();
    if (!score) {
        return; // the project reported why
    }
    SuggestionQualityDialog dialog(*score, this);
    dialog.exec();
}

void MainWindow::showExport()
{
    if (!m_project->isOpen()) {
        showError(tr("Open a project before exporting."));
        return;
    }
    ExportDialog::Context context;
    context.projectPath = m_project->connectionAddress();
    if (m_project->currentDocument() != 0) {
        context.currentDocument = m_project->currentDocument();
    }
    for (const QModelIndex &index : m_libraryDock->view()->selectionModel()->selectedRows()) {
        context.selectedDocuments << index.data(IdRole).value<Id>();
    }
    for (const SourceRecord &source : m_project->sources()->allSources()) {
        context.sources << QPair<Id, QString>(source.id, source.name);
    }
    const Settings settings;
    context.organisation = settings.organisation();
    context.organisationUrl = settings.organisationUrl();
    context.reviewer = m_project->store().reviewerName();
    context.independentReview = m_project->team().mode == ReviewTeam::Mode::Independent;
    ExportDialog dialog(context, ReportPreview::forProject(m_project->connectionAddress()), this);
    connect(&dialog, &ExportDialog::exportFinished, this, [this](bool ok, const QString &pathOrMessage) {
        if (ok) {
            statusBar()->showMessage(tr("Exported to %1").arg(pathOrMessage), 8000);
        } else {
            showError(tr("The export failed: %1").arg(pathOrMessage));
        }
    });
    dialog.exec();
}

void MainWindow::showSettings()
{
    QList<std::pair<QString, QString>> languages;
    for (const QString &code : LanguageSwitcher::availableLanguages()) {
        languages.append({code, LanguageSwitcher::nativeName(code)});
    }
    SettingsDialog dialog(languages, this);
    Settings settings;
    dialog.setValues({LanguageSwitcher::configuredLanguage(), Appearance::configured(), settings.reviewer(),
        settings.organisation(), settings.organisationUrl()});
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const SettingsDialog::Values values = dialog.values();
    settings.setReviewer(values.reviewer);
    settings.setOrganisation(values.organisation);
    settings.setOrganisationUrl(values.organisationUrl);
    if (m_project->isOpen() && !m_project->isReadOnly() && !values.reviewer.isEmpty()) {
        m_project->store().setReviewer(values.reviewer);
    }
    if (values.appearance != Appearance::configured()) {
        Appearance::setConfigured(values.appearance);
        Appearance::apply(values.appearance);
    }
    if (values.language != LanguageSwitcher::configuredLanguage()) {
        LanguageSwitcher::setConfiguredLanguage(values.language);
        m_languages->apply(values.language);
    }
}

} // namespace Sourcelight
