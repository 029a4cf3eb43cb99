#include "newsourcedialog.h"

#include "displaynames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sourcelight {

NewSourceDialog::NewSourceDialog(const QList<SourceRecord> &affiliations, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(name, this))
    , m_kind(new QComboBox(this))
    , m_affiliation(new QComboBox(this))
{
    setObjectName(QStringLiteral("newSourceDialog"));
    setWindowTitle(tr("New Source", "who a claim comes from"));
    m_name->setObjectName(QStringLiteral("newSourceName"));
    m_name->setAccessibleName(tr("Source name", "who a claim comes from"));
    for (const SourceKind kind : {SourceKind::Person, SourceKind::Anonymous, SourceKind::Outlet,
             SourceKind::OfficialBody, SourceKind::Document, SourceKind::Author}) {
        m_kind->addItem(DisplayNames::sourceKind(kind), int(kind));
    }
    m_kind->setObjectName(QStringLiteral("newSourceKind"));
    m_kind->setAccessibleName(tr("Kind of source", "who a claim comes from"));
    m_affiliation->addItem(tr("(none)"), Id(0));
    for (const SourceRecord &s : affiliations) {
        m_affiliation->addItem(s.name, s.id);
    }
    m_affiliation->setObjectName(QStringLiteral("newSourceAffiliation"));
    m_affiliation->setAccessibleName(tr("Affiliation"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Affiliation:"), m_affiliation);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!name.trimmed().isEmpty());
    connect(
        m_name, &QLineEdit::textChanged, ok, [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

NewSourceDialog::~NewSourceDialog() = default;

QString NewSourceDialog::name() const
{
    return m_name->text().trimmed();
}

SourceKind NewSourceDialog::kind() const
{
    return static_cast<SourceKind>(m_kind->currentData().toInt());
}

std::optional<Id> NewSourceDialog::affiliation() const
{
    const Id id = m_affiliation->currentData().value<Id>();
    return id != 0 ? std::optional<Id>(id) : std::nullopt;
}

} // namespace Sourcelight
