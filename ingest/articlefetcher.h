#pragma once

#include "documentreader.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace Sourcelight {

/// Fetches one web page — the article an analyst reads in the browser — and reads it the way a file is read
/// (DocumentReader): the page's own bytes only, never anything it refers to (images, styles, scripts, frames).
///
/// http and https only; at most MaximumRedirects redirects, never from https to http; the whole fetch ends after
/// timeout; a body larger than maximumSize is refused (at its Content-Length, or as soon as more arrives). The charset
/// comes from the Content-Type header, else from the page itself. Errors (HTTP status, unknown host, TLS, timeout, a
/// type that is not text or HTML) are translated sentences for the user.
///
/// fetch() works in the event loop of the calling thread and reports with finished(); fetchNow() waits for it in a
/// local loop (the command line, which has no other work to do meanwhile).
class ArticleFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleFetcher)

public:
    static constexpr int MaximumRedirects = 5;
    static constexpr int DefaultTimeoutSeconds = 30;
    static constexpr qint64 DefaultMaximumSize = 20 * 1024 * 1024;

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QUrl url;            ///< as asked for
        QUrl finalUrl;       ///< after redirects
        int httpStatus = 0;  ///< 0 when no HTTP answer came
        QByteArray mimeType; ///< from Content-Type, lower case, without parameters
        QByteArray charset;  ///< from Content-Type, lower case; empty when not given
        QByteArray body;
        QString error; ///< why ok is false (translated)
    };

    explicit ArticleFetcher(QObject *parent = nullptr);
    ~ArticleFetcher() override;

    void setTimeout(int seconds) { m_timeoutSeconds = seconds; }
    int timeout() const { return m_timeoutSeconds; }
    void setMaximumSize(qint64 bytes) { m_maximumSize = bytes; }

    /// Starts fetching; finished() follows (also for a refused address, from the event loop). One fetch at a time:
    /// a fetch still running is cancelled.
    void fetch(const QUrl &url);
    /// Ends a running fetch; finished() reports it cancelled.
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

    /// fetch() and wait for its result.
    Result fetchNow(const QUrl &url);

    /// What the analyst typed or a command line gave as an address: "https://…", or "example.com/page" (https is
    /// assumed). nullopt with *error set (translated) when it is not an http or https address.
    static std::optional<QUrl> parseAddress(const QString &text, QString *error);
    /// Whether a command-line argument names a web address rather than a file ("scheme://…").
    static bool looksLikeAddress(const QString &argument);

    /// The page as an article: decoded with the charset of the header or the page, extracted like a file of its
    /// type; its url metadata is the address asked for (so that importing it again finds this version), the page's
    /// own title, outlet, author and date are kept. nullopt with *error set when it is not an article.
    static std::optional<ImportText> toImportText(const Result &result, QString *error);

    /// The sentence a user sees for a failed request (translated). httpStatus and reason are the server's answer,
    /// if one came.
    static QString errorMessage(QNetworkReply::NetworkError error, int httpStatus, const QString &reason,
        const QUrl &url, const QString &detail);

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished(const Sourcelight::ArticleFetcher::Result &result);

private:
    void finish(const Result &result);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void abortWith(const QString &error);

    QNetworkAccessManager *m_network;
    QTimer *m_timer;
    QPointer<QNetworkReply> m_reply;
    Result m_current;
    QString m_abortReason; ///< set when we end the request ourselves (timeout, size, type, cancel)
    int m_timeoutSeconds = DefaultTimeoutSeconds;
    qint64 m_maximumSize = DefaultMaximumSize;
};

} // namespace Sourcelight
