#include "teamprojectdialog.h"

#include "serveraddress.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sourcelight {

TeamProjectDialog::TeamProjectDialog(const QString &address, QWidget *parent)
    : QDialog(parent)
    , m_address(new QLineEdit(address, this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("teamProjectDialog"));
    setWindowTitle(tr("Connect to Team Project"));
    m_address->setObjectName(QStringLiteral("teamProjectAddress"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://you@server/newsroom"));
    m_address->setClearButtonEnabled(true);
    m_password->setObjectName(QStringLiteral("teamProjectPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass or PGPASSWORD when empty"));
    m_problem->setObjectName(QStringLiteral("teamProjectProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);

    auto *intro = new QLabel(tr("A team project lives in a PostgreSQL database that your administrator set up. "
                                "The password is used for this connection only and never saved."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_connect = buttons->button(QDialogButtonBox::Ok);
    m_connect->setText(tr("&Connect"));
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, &TeamProjectDialog::check);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
    check();
    m_address->setFocus(Qt::OtherFocusReason);
}

TeamProjectDialog::~TeamProjectDialog() = default;

void TeamProjectDialog::check()
{
    const QString text = m_address->text().trimmed();
    QString problem;
    const bool valid = !text.isEmpty() && ServerAddress::parse(text, &problem).has_value();
    m_problem->setText(text.isEmpty() ? QString() : problem);
    m_problem->setVisible(!valid && !text.isEmpty());
    m_connect->setEnabled(valid);
}

QString TeamProjectDialog::location() const
{
    const std::optional<ServerAddress> address = ServerAddress::parse(m_address->text().trimmed());
    return address ? address->withPassword(m_password->text()) : QString();
}

} // namespace Sourcelight
