#pragma once

#include "storetypes.h"

#include <QFuture>
#include <QObject>

class QAction;
class QUrl;
class QWidget;

namespace Sourcelight {

class Project;
struct ImportResult;
struct ImportText;

/// Brings in the article the analyst reads in the browser: File → New Article from Clipboard (plain text or HTML,
/// details confirmed in a dialog) and File → Import from URL (the page fetched, nothing it refers to). The window
/// puts the two actions in its File menu; fetching happens in the event loop, reading and writing the article on a
/// worker thread (BatchImporter), with progress and cancel.
class ArticleIntake final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleIntake)

public:
    /// window: the parent of the dialogs.
    ArticleIntake(Project *project, QWidget *window);
    ~ArticleIntake() override;

    QAction *pasteAction() const { return m_pasteAction; }
    QAction *urlAction() const { return m_urlAction; }
    void retranslate();

    /// Reads the clipboard and asks the analyst to confirm the article's details; Import brings it in.
    void pasteArticle();
    /// Asks for a web address; Import fetches and brings in the page.
    void chooseAddress();
    /// Fetches the page at address and imports it.
    void importAddress(const QUrl &address);

Q_SIGNALS:
    /// An article was imported (or found to be there already): the window shows it.
    void imported(Sourcelight::Id documentId);
    void failed(const QString &message);
    void statusMessage(const QString &message);

private:
    bool projectWritable();
    void watch(const QString &label, const QFuture<ImportResult> &future);

    Project *m_project;
    QWidget *m_window;
    QAction *m_pasteAction;
    QAction *m_urlAction;
    QString m_lastAddress;
};

} // namespace Sourcelight
