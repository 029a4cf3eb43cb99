#include "importurldialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sourcelight {

ImportUrlDialog::ImportUrlDialog(const QString &address, QWidget *parent)
    : QDialog(parent)
    , m_address(new QLineEdit(address, this))
{
    setObjectName(QStringLiteral("importUrlDialog"));
    setWindowTitle(tr("Import from URL"));
    m_address->setObjectName(QStringLiteral("importUrlField"));
    m_address->setAccessibleName(tr("Web address"));
    m_address->setPlaceholderText(QStringLiteral("https://"));
    m_address->setClearButtonEnabled(true);
    auto *note = new QLabel(
        tr("Only the page itself is fetched: its text and what it says about itself (title, outlet, author, date). "
           "Nothing it refers to is loaded."),
        this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Import"));
    ok->setDefault(true);
    ok->setEnabled(!address.trimmed().isEmpty());
    connect(m_address, &QLineEdit::textChanged, ok,
        [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    m_address->setFocus(Qt::OtherFocusReason);
}

ImportUrlDialog::~ImportUrlDialog() = default;

QString ImportUrlDialog::address() const
{
    return m_address->text().trimmed();
}

} // namespace Sourcelight
