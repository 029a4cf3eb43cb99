#pragma once

// What the tests of the review window share: settings of their own, the sample library to open, the window shown
// with a project, dialogs opened by keys, message boxes caught, and screenshots on request.

#include "application.h"
#include "defaultlibrary.h"
#include "mainwindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QPixmap>
#include <QSettings>
#include <QStandardPaths>
#include <QtDebug>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace Sourcelight::WindowTest {

/// Settings and standard paths in the tests' own place, cleared, and the application named as main() names it.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    setApplicationIdentity();
    QSettings().clear();
}

/// Creates the sample library (the articles the app ships) as name in dir and returns its path; an empty path, with
/// a warning that says why, when it cannot.
inline QString sampleLibraryIn(const QTemporaryDir &dir, const QString &name)
{
    QString path = dir.filePath(name);
    QString error;
    if (!DefaultLibrary::ensureAt(path, QStringLiteral(":/samples"), &error)) {
        qWarning() << "cannot create the sample library:" << error;
        return {};
    }
    return path;
}

/// What a window test sets up first: settings of its own and the sample library as name in dir (its path, or empty).
inline QString isolatedWithSampleLibrary(const QTemporaryDir &dir, const QString &name)
{
    isolateSettings();
    return sampleLibraryIn(dir, name);
}

/// Shows the window at the tests' usual size, waits until it is active and opens (or, with create, creates) the
/// project at path in it.
inline bool showWithProject(MainWindow &window, const QString &path, bool create = false)
{
    window.resize(1200, 800);
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window) && window.openProject(path, create);
}

/// Presses keys in the (re-activated) window and returns the Dialog they open once it is visible and the active
/// window, as it is on a desktop before a user types: keys then go to it, not to the main window's shortcuts (Enter
/// accepts a suggestion there). nullptr when no such dialog opens within five seconds.
template<typename Dialog> Dialog *openDialogWith(QWidget &window, const QKeySequence &keys)
{
    // The window is active again once the last dialog closed, as on a desktop (offscreen, nothing does that).
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window)) {
        return nullptr;
    }
    QTest::keySequence(&window, keys);
    Dialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = window.findChild<Dialog *>()) && dialog->isVisible(); }, 5000)) {
        return nullptr;
    }
    const bool active = QTest::qWaitFor(
        [dialog] {
            if (QApplication::activeWindow() != dialog) {
                dialog->activateWindow();
            }
            return QApplication::activeWindow() == dialog;
        },
        5000);
    return active ? dialog : nullptr;
}

/// With SOURCELIGHT_TEST_SHOTS=DIR set, saves widget as DIR/name.png: to look at what a test drove, step by step.
inline void shoot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SOURCELIGHT_TEST_SHOTS");
    if (!dir.isEmpty()) {
        widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

/// While it lives, accepts every message box the application shows modally (it looks every 20 ms) and keeps the text
/// of the last one: what the user was told.
class MessageBoxCatcher final
{
    Q_DISABLE_COPY_MOVE(MessageBoxCatcher)

public:
    MessageBoxCatcher()
    {
        QObject::connect(&m_poll, &QTimer::timeout, &m_poll, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                m_message = box->text();
                box->accept();
            }
        });
        m_poll.start(20);
    }
    ~MessageBoxCatcher() = default;

    /// The text of the last message box accepted; empty before the first.
    QString message() const { return m_message; }

private:
    QTimer m_poll;
    QString m_message;
};

} // namespace Sourcelight::WindowTest
