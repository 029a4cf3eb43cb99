#include "evidencedialog.h"

#include "webaddress.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>

namespace Sourcelight {

EvidenceDialog::EvidenceDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add Evidence"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("evidenceUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("evidenceNote"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("evidenceError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EvidenceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EvidenceDialog::reject);
    connect(m_url, &QLineEdit::textEdited, m_error, &QLabel::hide);
}

EvidenceDialog::~EvidenceDialog() = default;

QUrl EvidenceDialog::webAddress(const QString &text)
{
    QUrl parsed = QUrl::fromUserInput(text.trimmed());
    if (!parsed.isValid() || !WebAddress::isWebScheme(parsed.scheme())) {
        return {};
    }
    return parsed;
}

QString EvidenceDialog::url() const
{
    const QString typed = m_url->text().trimmed();
    return typed.isEmpty() ? QString() : webAddress(typed).toString();
}

QString EvidenceDialog::note() const
{
    return m_note->text().trimmed();
}

void EvidenceDialog::accept()
{
    const QString typed = m_url->text().trimmed();
    if (!typed.isEmpty() && !webAddress(typed).isValid()) {
        m_error->setText(tr("“%1” is not a web address (http or https).").arg(typed));
        m_error->show();
        m_url->setFocus(Qt::OtherFocusReason);
        m_url->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace Sourcelight
