#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Sourcelight {

/// File → Connect to Team Project…: the address of a project on a PostgreSQL server
/// (postgresql://you@server/database) and, when the server asks for one and neither ~/.pgpass nor PGPASSWORD holds
/// it, a password for this connection only. Says what is wrong with the address as it is typed.
class TeamProjectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamProjectDialog)

public:
    explicit TeamProjectDialog(const QString &address = {}, QWidget *parent = nullptr);
    ~TeamProjectDialog() override;

    /// What to open: the address, with the password in it when one was typed. Never to be shown or remembered
    /// (ServerAddress::canonicalLocation() leaves the password out).
    QString location() const;

private:
    void check();

    QLineEdit *m_address;
    QLineEdit *m_password;
    QLabel *m_problem;
    QPushButton *m_connect = nullptr;
};

} // namespace Sourcelight
