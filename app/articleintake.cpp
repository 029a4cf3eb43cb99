#include "articleintake.h"

#include "articledetailsdialog.h"
#include "articlefetcher.h"
#include "batchimporter.h"
#include "importurldialog.h"
#include "project.h"

#include <QAction>
#include <QClipboard>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QMimeData>
#include <QProgressDialog>

namespace Sourcelight {

ArticleIntake::ArticleIntake(Project *project, QWidget *window)
    : QObject(window)
    , m_project(project)
    , m_window(window)
    , m_pasteAction(new QAction(QIcon::fromTheme(QStringLiteral("edit-paste")), QString(), window))
    , m_urlAction(new QAction(QIcon::fromTheme(QStringLiteral("internet-web-browser")), QString(), window))
{
    m_pasteAction->setObjectName(QStringLiteral("pasteArticleAction"));
    m_pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(m_pasteAction, &QAction::triggered, this, &ArticleIntake::pasteArticle);
    m_urlAction->setObjectName(QStringLiteral("importUrlAction"));
    m_urlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_urlAction, &QAction::triggered, this, &ArticleIntake::chooseAddress);
    retranslate();
}

ArticleIntake::~ArticleIntake() = default;

void ArticleIntake::retranslate()
{
    m_pasteAction->setText(tr("New Article from &Clipboard…"));
    m_urlAction->setText(tr("Import from &URL…"));
}

bool ArticleIntake::projectWritable()
{
    if (!m_project->isOpen() || m_project->isReadOnly()) {
        Q_EMIT failed(tr("Open a writable project before importing."));
        return false;
    }
    return true;
}

void ArticleIntake::pasteArticle()
{
    if (!projectWritable()) {
        return;
    }
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    ImportText text;
    if (mime && mime->hasHtml()) {
        text = DocumentReader::fromPastedHtml(mime->html());
    }
    // HTML without text of its own (a copied picture, a bare link): the plain text, if any, is what was meant.
    if (mime && mime->hasText() && text.text.trimmed().isEmpty()) {
        text = DocumentReader::fromPastedText(mime->text());
    }
    if (text.text.trimmed().isEmpty()) {
        Q_EMIT failed(tr("The clipboard holds no text to import: copy the article in the browser first."));
        return;
    }
    auto *dialog = new ArticleDetailsDialog(text.text, text.metadata, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, text]() mutable {
        text.metadata = dialog->metadata();
        const QString label = text.metadata.title.isEmpty() ? tr("Clipboard") : text.metadata.title;
        watch(label, BatchImporter::startText(m_project->connectionAddress(), label, text));
    });
    dialog->open();
}

void ArticleIntake::chooseAddress()
{
    if (!projectWritable()) {
        return;
    }
    auto *dialog = new ImportUrlDialog(m_lastAddress, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_lastAddress = dialog->address();
        QString error;
        const std::optional<QUrl> address = ArticleFetcher::parseAddress(m_lastAddress, &error);
        if (!address) {
            Q_EMIT failed(error);
            return;
        }
        importAddress(*address);
    });
    dialog->open();
}

void ArticleIntake::importAddress(const QUrl &address)
{
    if (!projectWritable()) {
        return;
    }
    const QString shown = address.toDisplayString();
    auto *fetcher = new ArticleFetcher(this);
    auto *progress = new QProgressDialog(tr("Fetching %1…").arg(shown), tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("fetchProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(fetcher, &ArticleFetcher::progress, progress, [progress](qint64 received, qint64 total) {
        if (total > 0) {
            progress->setRange(0, 1000);
            progress->setValue(int(received * 1000 / total));
        }
    });
    connect(progress, &QProgressDialog::canceled, fetcher, &ArticleFetcher::cancel);
    connect(
        fetcher, &ArticleFetcher::finished, this, [this, fetcher, progress, shown](const ArticleFetcher::Result &r) {
            fetcher->deleteLater();
            progress->deleteLater();
            if (r.cancelled) {
                Q_EMIT statusMessage(tr("The import of %1 was cancelled.").arg(shown));
                return;
            }
            if (!r.ok) {
                Q_EMIT failed(tr("%1 could not be imported: %2").arg(shown, r.error));
                return;
            }
            watch(shown, BatchImporter::startFetched(m_project->connectionAddress(), r));
        });
    fetcher->fetch(address);
}

void ArticleIntake::watch(const QString &label, const QFuture<ImportResult> &future)
{
    // One article is read and written in well under a second; the dialog shows only when it takes longer, and
    // has nothing to cancel (the write is one transaction).
    auto *progress = new QProgressDialog(tr("Importing “%1”…").arg(label), QString(), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("articleImportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    auto *watcher = new QFutureWatcher<ImportResult>(this);
    connect(watcher, &QFutureWatcher<ImportResult>::finished, this, [this, watcher, progress, label] {
        progress->deleteLater();
        watcher->deleteLater();
        const ImportResult result = watcher->result();
        m_project->importFinished();
        switch (result.status) {
        case ImportStatus::Error:
            Q_EMIT failed(tr("%1 could not be imported: %2").arg(label, result.message));
            return;
        case ImportStatus::Imported:
            Q_EMIT statusMessage(tr("Imported “%1” (%n sentence(s)).", nullptr, int(result.sentenceCount)).arg(label));
            break;
        case ImportStatus::Duplicate:
        case ImportStatus::Updated:
            Q_EMIT statusMessage(result.message);
            break;
        }
        Q_EMIT imported(result.documentId);
    });
    watcher->setFuture(future);
}

} // namespace Sourcelight
