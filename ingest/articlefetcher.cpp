#include "articlefetcher.h"

#include "webaddress.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

namespace Sourcelight {

namespace {

QString typeError(const QByteArray &mimeType)
{
    return ArticleFetcher::tr("The address gives “%1”, not a web page or text; only HTML and text can be imported.")
        .arg(QString::fromLatin1(mimeType));
}

QString tooLarge(qint64 limit)
{
    return ArticleFetcher::tr("The page is larger than %1 MB, more than can be imported.").arg(limit / (1024 * 1024));
}

/// "text/html; charset=KOI8-R" → ("text/html", "koi8-r").
std::pair<QByteArray, QByteArray> splitContentType(const QByteArray &header)
{
    const QList<QByteArray> parts = header.split(';');
    const QByteArray mime = parts.value(0).trimmed().toLower();
    QByteArray charset;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed();
        if (parameter.toLower().startsWith("charset=")) {
            charset = parameter.mid(8).trimmed().toLower();
            if (charset.size() >= 2 && (charset.front() == '"' || charset.front() == '\'')) {
                charset = charset.mid(1, charset.size() - 2);
            }
        }
    }
    return {mime, charset};
}

} // namespace

ArticleFetcher::ArticleFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
{
    // Nothing is stored between fetches: no cookies kept, no cache, and only the page itself is ever requested.
    m_network->setCookieJar(nullptr);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this,
        [this] { abortWith(tr("The server did not send the page within %n second(s).", nullptr, m_timeoutSeconds)); });
}

ArticleFetcher::~ArticleFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

bool ArticleFetcher::looksLikeAddress(const QString &argument)
{
    const qsizetype separator = argument.indexOf(QLatin1String("://"));
    if (separator <= 0) {
        return false;
    }
    for (const QChar ch : QStringView(argument).first(separator)) {
        if (!ch.isLetterOrNumber() && ch != QLatin1Char('+') && ch != QLatin1Char('-') && ch != QLatin1Char('.')) {
            return false;
        }
    }
    return true;
}

std::optional<QUrl> ArticleFetcher::parseAddress(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("Enter the address of a web page.");
        return std::nullopt;
    }
    QUrl url = looksLikeAddress(trimmed) ? QUrl(trimmed, QUrl::StrictMode)
                                         : QUrl(QStringLiteral("https://") + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = tr("“%1” is not a web address.").arg(trimmed);
        return std::nullopt;
    }
    url.setScheme(url.scheme().toLower());
    if (!WebAddress::isWebScheme(url.scheme())) {
        *error = tr("Only http and https addresses can be imported, not “%1”.").arg(url.scheme());
        return std::nullopt;
    }
    return url.adjusted(QUrl::RemoveFragment);
}

void ArticleFetcher::fetch(const QUrl &url)
{
    if (m_reply) {
        cancel();
    }
    m_current = Result();
    m_current.url = url;
    m_abortReason.clear();
    if (!WebAddress::isWebUrl(url)) {
        Result refused = m_current;
        refused.error = errorMessage(QNetworkReply::ProtocolUnknownError, 0, {}, url, {});
        QTimer::singleShot(0, this, [this, refused] { Q_EMIT finished(refused); });
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(MaximumRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Sourcelight"));
    request.setRawHeader(
        "Accept", QByteArrayLiteral("text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9"));
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ArticleFetcher::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &ArticleFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ArticleFetcher::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ArticleFetcher::progress);
    m_timer->start(std::chrono::seconds(m_timeoutSeconds));
}

void ArticleFetcher::cancel()
{
    if (m_reply) {
        m_current.cancelled = true;
        abortWith(tr("The import was cancelled."));
    }
}

ArticleFetcher::Result ArticleFetcher::fetchNow(const QUrl &url)
{
    Result result;
    bool done = false;
    QEventLoop loop;
    const QMetaObject::Connection connection = connect(this, &ArticleFetcher::finished, &loop, [&](const Result &r) {
        result = r;
        done = true;
        loop.quit();
    });
    fetch(url);
    if (!done) {
        loop.exec();
    }
    disconnect(connection);
    return result;
}

void ArticleFetcher::abortWith(const QString &error)
{
    if (!m_reply) {
        return;
    }
    if (m_abortReason.isEmpty()) {
        m_abortReason = error;
    }
    m_reply->abort(); // emits finished: onFinished() reports m_abortReason
}

void ArticleFetcher::onMetaData()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300) {
        return; // a redirect being followed, or an error the end reports
    }
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (length > m_maximumSize) {
        abortWith(tooLarge(m_maximumSize));
        return;
    }
    const QByteArray mime = splitContentType(m_reply->rawHeader("Content-Type")).first;
    if (!mime.isEmpty() && DocumentReader::formatForMimeType(mime).isEmpty()) {
        abortWith(typeError(mime)); // an image or a PDF: not downloaded at all
    }
}

void ArticleFetcher::onReadyRead()
{
    if (!m_reply || !m_abortReason.isEmpty()) {
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray chunk = m_reply->readAll();
    if (status < 200 || status >= 300) {
        return; // the body of an error page or a redirect is not the article
    }
    if (m_current.body.size() + chunk.size() > m_maximumSize) {
        m_current.body.clear();
        abortWith(tooLarge(m_maximumSize));
        return;
    }
    m_current.body.append(chunk);
}

void ArticleFetcher::onFinished()
{
    m_timer->stop();
    QNetworkReply *reply = m_reply;
    if (!reply) {
        return;
    }
    Result result = m_current;
    result.finalUrl = reply->url();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    if (!m_abortReason.isEmpty()) {
        result.error = m_abortReason;
        result.body.clear();
    } else if (reply->error() != QNetworkReply::NoError) {
        result.error = errorMessage(reply->error(), result.httpStatus, reason, result.url, reply->errorString());
    } else if (result.httpStatus != 0 && (result.httpStatus < 200 || result.httpStatus >= 300)) {
        result.error = errorMessage(QNetworkReply::UnknownServerError, result.httpStatus, reason, result.url, {});
    } else {
        result.body.append(reply->readAll());
        if (result.body.size() > m_maximumSize) {
            result.body.clear();
            result.error = tooLarge(m_maximumSize);
        } else {
            const auto [mime, charset] = splitContentType(reply->rawHeader("Content-Type"));
            result.mimeType = mime;
            result.charset = charset;
            result.ok = true;
        }
    }
    finish(result);
}

void ArticleFetcher::finish(const Result &result)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_abortReason.clear();
    Q_EMIT finished(result);
}

std::optional<ImportText> ArticleFetcher::toImportText(const Result &result, QString *error)
{
    if (!result.ok) {
        *error = result.error;
        return std::nullopt;
    }
    if (result.body.trimmed().isEmpty()) {
        *error = tr("The server sent an empty page.");
        return std::nullopt;
    }
    QString format = DocumentReader::formatForMimeType(result.mimeType);
    if (result.mimeType.isEmpty()) { // not said: a page is HTML when it looks like it
        format = result.body.trimmed().startsWith('<') ? QStringLiteral("html") : QStringLiteral("txt");
    } else if (format.isEmpty()) {
        *error = typeError(result.mimeType);
        return std::nullopt;
    }
    std::optional<ImportText> text = DocumentReader::readBytes(result.body, format, error, result.charset);
    if (!text) {
        return std::nullopt;
    }
    // The address asked for, not the page's canonical one: importing the same address again finds this version.
    text->metadata.url = result.url.toString(QUrl::FullyEncoded);
    if (text->metadata.title.isEmpty()) {
        const QString line = text->text.section(QLatin1Char('\n'), 0, 0).trimmed();
        text->metadata.title = line.size() <= 160 ? line : result.url.host();
    }
    return text;
}

QString ArticleFetcher::errorMessage(
    QNetworkReply::NetworkError error, int httpStatus, const QString &reason, const QUrl &url, const QString &detail)
{
    const QString address = url.toDisplayString();
    if (httpStatus >= 400) {
        if (httpStatus == 404 || httpStatus == 410) {
            return tr("The page “%1” was not found (HTTP %2).").arg(address).arg(httpStatus);
        }
        if (httpStatus == 401 || httpStatus == 403) {
            return tr("The server refused access to the page “%1” (HTTP %2).").arg(address).arg(httpStatus);
        }
        return tr("The server answered “%1” with an error (HTTP %2 %3).").arg(address).arg(httpStatus).arg(reason);
    }
    switch (error) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::HostNotFoundError:
        return tr("The server “%1” was not found: check the address and the network connection.").arg(url.host());
    case QNetworkReply::ConnectionRefusedError:
        return tr("The server “%1” refused the connection.").arg(url.host());
    case QNetworkReply::RemoteHostClosedError:
        return tr("The server “%1” closed the connection before sending the page.").arg(url.host());
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("The server “%1” did not answer in time.").arg(url.host());
    case QNetworkReply::SslHandshakeFailedError:
        return tr("No secure (TLS) connection could be made to “%1”: %2").arg(url.host(), detail);
    case QNetworkReply::TooManyRedirectsError:
        return tr("The page redirects too often (more than %n time(s)).", nullptr, MaximumRedirects);
    case QNetworkReply::InsecureRedirectError:
        return tr("The page redirects from a secure (https) address to an insecure one; the redirect was not "
                  "followed.");
    case QNetworkReply::ProtocolUnknownError:
        return tr("Only http and https addresses can be imported.");
    default:
        break;
    }
    return tr("The page “%1” could not be fetched: %2").arg(address, detail);
}

} // namespace Sourcelight
