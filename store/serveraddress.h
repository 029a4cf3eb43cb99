#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Sourcelight {

/// A project on a PostgreSQL server, as the user writes it: `postgresql://user@host:port/database?sslmode=require`
/// (libpq's URI form; `postgres://` too). Host, port and user may be left out: libpq then takes them from the
/// environment (PGHOST, PGPORT, PGUSER) or its defaults, and the password from PGPASSWORD or ~/.pgpass. A password
/// written in the address is used to connect but never shown (shown() leaves it out) or kept.
class ServerAddress final
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    /// Whether text names a server project rather than a file (it starts with postgresql:// or postgres://).
    static bool isServerAddress(const QString &text);
    /// The address text describes; nullopt with a translated message in *error when it is not a usable address.
    static std::optional<ServerAddress> parse(const QString &text, QString *error = nullptr);

    QString host() const { return m_host; } ///< a name, an address or a socket folder; empty: libpq's default
    int port() const { return m_port; }     ///< -1: libpq's default
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    /// The libpq options of the address (sslmode, connect_timeout, …) as the Qt PostgreSQL driver takes them:
    /// `key=value` pairs separated by semicolons.
    QString connectOptions() const { return m_options; }

    /// The address as shown and remembered: the user's text without the password.
    QString shown() const;
    /// The address with this password for the connection (percent-encoded); never to be shown or remembered.
    QString withPassword(const QString &password) const;

    /// Where a project is, as remembered (recent projects) and compared: a file's absolute path, a server
    /// project's address without its password.
    static QString canonicalLocation(const QString &location);
    /// A project's name as the window title shows it: the file's base name, or the server project's database.
    static QString projectName(const QString &location);

private:
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_options;
};

} // namespace Sourcelight
