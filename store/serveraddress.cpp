#include "serveraddress.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace Sourcelight {

namespace {

// The libpq connection parameters an address may carry (libpq's "Parameter Key Words"); anything else is refused
// rather than passed on, so a typing mistake is reported instead of silently ignored.
const QStringList &knownOptions()
{
    static const QStringList options {QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"), QStringLiteral("sslkey"), QStringLiteral("sslcrl"), QStringLiteral("sslnegotiation"),
        QStringLiteral("channel_binding"), QStringLiteral("gssencmode"), QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"), QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"), QStringLiteral("service"), QStringLiteral("passfile")};
    return options;
}

} // namespace

bool ServerAddress::isServerAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerAddress> ServerAddress::parse(const QString &text, QString *error)
{
    const auto refuse = [error](const QString &message) -> std::optional<ServerAddress> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    if (!isServerAddress(text)) {
        return refuse(tr("“%1” is not a PostgreSQL address (postgresql://user@host:port/database).").arg(text));
    }
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid()) {
        return refuse(tr("“%1” is not a valid PostgreSQL address: %2").arg(text, url.errorString()));
    }
    ServerAddress address;
    address.m_host = url.host(QUrl::FullyDecoded);
    address.m_port = url.port(-1);
    address.m_user = url.userName(QUrl::FullyDecoded);
    address.m_password = url.password(QUrl::FullyDecoded);
    address.m_database = url.path(QUrl::FullyDecoded).mid(1);
    if (address.m_database.isEmpty() || address.m_database.contains(QLatin1Char('/'))) {
        return refuse(
            tr("The address “%1” names no database: write it as postgresql://host/database.").arg(address.shown()));
    }
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) { // a socket folder: postgresql:///db?host=/run/postgresql
            address.m_host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            address.m_port = value.toInt(&ok);
            if (!ok) {
                return refuse(tr("The address “%1” has a port that is not a number.").arg(address.shown()));
            }
        } else if (key == QLatin1String("user")) {
            address.m_user = value;
        } else if (key == QLatin1String("dbname")) {
            address.m_database = value;
        } else if (knownOptions().contains(key)) {
            // The driver joins the options with spaces into libpq's key=value string: a value with a space, a
            // quote or a semicolon would change its meaning there.
            if (value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('\''))
                || value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('\\'))) {
                return refuse(tr("The option “%1” of the address “%2” holds a character Sourcelight cannot pass on.")
                        .arg(key, address.shown()));
            }
            options.append(key + QLatin1Char('=') + value);
        } else {
            return refuse(
                tr("The address “%1” has an option Sourcelight does not know: “%2”.").arg(address.shown(), key));
        }
    }
    address.m_options = options.join(QLatin1Char(';'));
    return address;
}

QString ServerAddress::shown() const
{
    const auto encoded = [](const QString &part) { return QString::fromLatin1(QUrl::toPercentEncoding(part)); };
    const bool socketFolder = m_host.startsWith(QLatin1Char('/'));
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty()) {
        text += encoded(m_user) + QLatin1Char('@');
    }
    if (!socketFolder) {
        text += m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    }
    if (m_port >= 0) {
        text += QLatin1Char(':') + QString::number(m_port);
    }
    text += QLatin1Char('/') + encoded(m_database);
    QStringList query;
    if (socketFolder) {
        query.append(QStringLiteral("host=") + encoded(m_host));
    }
    for (const QString &option : m_options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        query.append(option.left(equals) + QLatin1Char('=') + encoded(option.mid(equals + 1)));
    }
    if (!query.isEmpty()) {
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    }
    return text;
}

QString ServerAddress::withPassword(const QString &password) const
{
    QString text = shown();
    if (password.isEmpty()) {
        return text;
    }
    const QString secret = QString::fromLatin1(QUrl::toPercentEncoding(password));
    const QString prefix = QStringLiteral("postgresql://");
    const QString user = m_user.isEmpty() ? QString() : QString::fromLatin1(QUrl::toPercentEncoding(m_user));
    return prefix + user + QLatin1Char(':') + secret + QLatin1Char('@')
        + text.mid(prefix.size() + (user.isEmpty() ? 0 : user.size() + 1));
}

QString ServerAddress::canonicalLocation(const QString &location)
{
    if (isServerAddress(location)) {
        const std::optional<ServerAddress> address = parse(location);
        return address ? address->shown() : location;
    }
    return QFileInfo(location).absoluteFilePath();
}

QString ServerAddress::projectName(const QString &location)
{
    if (isServerAddress(location)) {
        const std::optional<ServerAddress> address = parse(location);
        return address ? address->database() : location;
    }
    return QFileInfo(location).completeBaseName();
}

} // namespace Sourcelight
