#pragma once

// A small HTTP/1.1 server for tests of what fetches web pages: it listens on 127.0.0.1 (a port of its own choosing)
// in a thread of its own — so a test may block, waiting for a process it started, while the server answers — and
// gives canned answers per path: status, headers, body, a redirect, a connection that is never answered (for
// timeouts), a large body. It records every path requested.

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <algorithm>

#include <utility>

namespace Sourcelight::Test {

struct HttpResponse
{
    int status = 200;
    QByteArray reason = "OK";
    QList<std::pair<QByteArray, QByteArray>> headers; ///< e.g. {"Content-Type", "text/html; charset=utf-8"}
    QByteArray body;
    bool neverAnswer = false;  ///< read the request and keep the connection open, silent
    bool contentLength = true; ///< send Content-Length (else the body ends when the connection closes)

    static HttpResponse page(const QByteArray &body, const QByteArray &contentType = "text/html; charset=utf-8")
    {
        HttpResponse r;
        r.headers = {{"Content-Type", contentType}};
        r.body = body;
        return r;
    }
    static HttpResponse redirect(const QByteArray &location, int status = 302)
    {
        HttpResponse r;
        r.status = status;
        r.reason = "Found";
        r.headers = {{"Location", location}};
        return r;
    }
    static HttpResponse error(int status, const QByteArray &reason)
    {
        HttpResponse r = page("<html><body><h1>" + reason + "</h1></body></html>");
        r.status = status;
        r.reason = reason;
        return r;
    }
    /// One that reads the request and never answers (a server that hangs).
    static HttpResponse silence()
    {
        HttpResponse r;
        r.neverAnswer = true;
        return r;
    }
};

class HttpTestServer final : public QThread
{
public:
    HttpTestServer()
    {
        start();
        m_ready.acquire();
    }
    ~HttpTestServer() override
    {
        quit();
        wait();
    }
    Q_DISABLE_COPY_MOVE(HttpTestServer)

    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }

    void route(const QByteArray &path, const HttpResponse &response)
    {
        const QMutexLocker lock(&m_mutex);
        m_routes.insert(path, response);
    }

    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)); }

    /// Every path asked for, in order (with its query).
    QList<QByteArray> requests() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_requests;
    }

    /// The paths asked for, in order, a request repeated right after itself counted once: Qt sends a request again
    /// when the connection it went out on was closed under it, which is one visit, not two.
    QList<QByteArray> visited() const
    {
        QList<QByteArray> paths = requests();
        paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
        return paths;
    }

protected:
    void run() override
    {
        QHash<QTcpSocket *, QByteArray> pending; // before the server: its sockets go first, and tell it
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, 0)) {
            m_port = server.serverPort();
        }
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, &pending] {
                    pending.remove(socket);
                    socket->deleteLater();
                });
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, &pending] {
                    QByteArray &request = pending[socket];
                    request.append(socket->readAll());
                    if (!request.contains("\r\n\r\n")) {
                        return;
                    }
                    const QByteArray path = request.left(request.indexOf("\r\n")).split(' ').value(1);
                    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr); // one request each
                    answer(socket, path);
                });
            }
        });
        m_ready.release();
        exec();
    }

private:
    void answer(QTcpSocket *socket, const QByteArray &path)
    {
        HttpResponse response;
        {
            const QMutexLocker lock(&m_mutex);
            m_requests.append(path);
            response = m_routes.value(path, HttpResponse::error(404, "Not Found"));
        }
        if (response.neverAnswer) {
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
        for (const auto &[name, value] : std::as_const(response.headers)) {
            head += name + ": " + value + "\r\n";
        }
        if (response.contentLength) {
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        }
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        socket->write(response.body);
        socket->disconnectFromHost(); // after what was written has gone out
    }

    mutable QMutex m_mutex;
    QHash<QByteArray, HttpResponse> m_routes;
    QList<QByteArray> m_requests;
    QSemaphore m_ready;
    quint16 m_port = 0;
};

} // namespace Sourcelight::Test
