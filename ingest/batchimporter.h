#pragma once

#include "articlefetcher.h"
#include "projectimporter.h"

#include <QFuture>
#include <QStringList>

template<typename T> class QPromise;

namespace Sourcelight {

/// Imports many files (a folder of 1,000 articles) off the UI thread.
///
/// start() runs on a QtConcurrent worker that opens its own connection to the project. Watch the returned future
/// with a QFutureWatcher: progressValueChanged counts files done (of progressMaximum), resultReadyAt delivers one
/// ImportResult per file once it is committed, cancel() stops after the current file (everything committed stays).
/// A file that cannot be imported is reported (status Error) and skipped; only a project that cannot be opened or
/// written ends the run early, with one Error result saying why.
class BatchImporter final
{
public:
    BatchImporter() = delete;

    /// Files and folders (searched recursively) → the importable files among them, sorted by path.
    static QStringList collectFiles(const QStringList &paths);

    static QFuture<ImportResult> start(const QString &projectPath, const QStringList &files);

    /// Imports one text that came from elsewhere than a file (pasted, fetched from the web) on a worker with its own
    /// connection to the project: analysis and the write both off the UI thread. One ImportResult, its file label.
    static QFuture<ImportResult> startText(const QString &projectPath, const QString &label, const ImportText &text);
    /// startText() for a page ArticleFetcher fetched: decoding and extracting it happen on the worker too (a page
    /// may be megabytes). A page that is no article is reported as an Error result.
    static QFuture<ImportResult> startFetched(const QString &projectPath, const ArticleFetcher::Result &page);

    /// The worker body (what start() runs); usable directly with any QPromise.
    static void run(QPromise<ImportResult> &promise, const QString &projectPath, const QStringList &files);
};

} // namespace Sourcelight
