#include "mainwindow.h"

#include "aboutdialog.h"
#include "attributionpanel.h"
#include "claimsdock.h"
#include "documentview.h"
#include "languageswitcher.h"
#include "librarydock.h"
#include "settingsdialog.h"
#include "sourcesdock.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QUndoGroup>

namespace Sourcelight {

namespace {
const auto GeometryKey = QStringLiteral("MainWindow/geometry");
const auto StateKey = QStringLiteral("MainWindow/state");
constexpr int StateVersion = 1;
} // namespace

MainWindow::MainWindow(LanguageSwitcher *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_languages(languages ? languages : new LanguageSwitcher(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_documentView = new DocumentView(this);
    setCentralWidget(m_documentView);
    createDocks();
    createActions();
    createMenus();
    retranslateUi();
    restoreWindowState();
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
    m_attributionPanel = new AttributionPanel(m_attributionDock);
    m_attributionDock->setWidget(m_attributionPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_attributionDock);

    m_claimsDock = new ClaimsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_claimsDock);
}

void MainWindow::createActions()
{
    m_newProjectAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), QString(), this);
    m_newProjectAction->setObjectName(QStringLiteral("newProjectAction"));
    m_newProjectAction->setShortcut(QKeySequence::New);
    m_newProjectAction->setEnabled(false); // wired by the project store

    m_openProjectAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), QString(), this);
    m_openProjectAction->setObjectName(QStringLiteral("openProjectAction"));
    m_openProjectAction->setShortcut(QKeySequence::Open);
    m_openProjectAction->setEnabled(false);

    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), QString(), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setEnabled(false);

    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), QString(), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setEnabled(false);

    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString(), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_findAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), QString(), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_libraryDock->show();
        m_libraryDock->raise();
        m_libraryDock->searchField()->setFocus(Qt::ShortcutFocusReason);
    });

    m_settingsAction = new QAction(QIcon::fromTheme(QStringLiteral("configure")), QString(), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcuts(
        QKeySequence::keyBindings(QKeySequence::Preferences) << QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = m_fileMenu = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newProjectAction);
    file->addAction(m_openProjectAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = m_editMenu = menuBar()->addMenu(QString());
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_settingsAction);

    QMenu *view = m_viewMenu = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("viewMenu"));
    for (QDockWidget *dock : {static_cast<QDockWidget *>(m_libraryDock), static_cast<QDockWidget *>(m_sourcesDock),
             static_cast<QDockWidget *>(m_claimsDock), m_attributionDock}) {
        view->addAction(dock->toggleViewAction());
    }

    QMenu *help = m_helpMenu = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Sourcelight"));
    m_attributionDock->setWindowTitle(tr("Attribution"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newProjectAction->setText(tr("&New Project…"));
    m_openProjectAction->setText(tr("&Open Project…"));
    m_importAction->setText(tr("&Import Articles…"));
    m_exportAction->setText(tr("&Export…"));
    m_quitAction->setText(tr("&Quit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_findAction->setText(tr("&Find…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_aboutAction->setText(tr("&About Sourcelight"));
    m_aboutQtAction->setText(tr("About &Qt"));
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
}

void MainWindow::showSettings()
{
    QList<std::pair<QString, QString>> languages;
    for (const QString &code : LanguageSwitcher::availableLanguages()) {
        languages.append({code, LanguageSwitcher::nativeName(code)});
    }
    SettingsDialog dialog(languages, this);
    QSettings settings;
    dialog.setValues(
        {LanguageSwitcher::configuredLanguage(), settings.value(QStringLiteral("Review/reviewer")).toString(),
            settings.value(QStringLiteral("Review/organisation")).toString(),
            settings.value(QStringLiteral("Review/organisationUrl")).toString()});
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const SettingsDialog::Values values = dialog.values();
    settings.setValue(QStringLiteral("Review/reviewer"), values.reviewer);
    settings.setValue(QStringLiteral("Review/organisation"), values.organisation);
    settings.setValue(QStringLiteral("Review/organisationUrl"), values.organisationUrl);
    if (values.language != LanguageSwitcher::configuredLanguage()) {
        LanguageSwitcher::setConfiguredLanguage(values.language);
        m_languages->apply(values.language);
    }
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(available.size() * 0.8);
    }
    restoreState(settings.value(StateKey).toByteArray(), StateVersion);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState(StateVersion));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace Sourcelight
