#include "settingsdialog.h"

#include "languagechange.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Sourcelight {

SettingsDialog::SettingsDialog(const QList<std::pair<QString, QString>> &languages, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_language(new QComboBox(this))
    , m_appearance(new QComboBox(this))
    , m_appearanceLabel(new QLabel(this))
    , m_reviewer(new QLineEdit(this))
    , m_organisation(new QLineEdit(this))
    , m_organisationUrl(new QLineEdit(this))
    , m_languageLabel(new QLabel(this))
    , m_reviewerLabel(new QLabel(this))
    , m_organisationLabel(new QLabel(this))
    , m_organisationUrlLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QString(), QString());
    for (const auto &[code, name] : languages) {
        m_language->addItem(name, code);
    }
    m_appearance->setObjectName(QStringLiteral("appearanceCombo"));
    for (const char *appearance : {"system", "light", "dark"}) {
        m_appearance->addItem(QString(), QString::fromLatin1(appearance));
    }
    m_reviewer->setObjectName(QStringLiteral("reviewerEdit"));
    m_organisation->setObjectName(QStringLiteral("organisationEdit"));
    m_organisationUrl->setObjectName(QStringLiteral("organisationUrlEdit"));
    m_organisationUrl->setPlaceholderText(QStringLiteral("https://"));

    m_languageLabel->setBuddy(m_language);
    m_reviewerLabel->setBuddy(m_reviewer);
    m_organisationLabel->setBuddy(m_organisation);
    m_organisationUrlLabel->setBuddy(m_organisationUrl);
    m_form->addRow(m_languageLabel, m_language);
    m_appearanceLabel->setBuddy(m_appearance);
    m_form->addRow(m_appearanceLabel, m_appearance);
    m_form->addRow(m_reviewerLabel, m_reviewer);
    m_form->addRow(m_organisationLabel, m_organisation);
    m_form->addRow(m_organisationUrlLabel, m_organisationUrl);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    translateAndFollowLanguage(this, this, [this] { retranslateUi(); });
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setValues(const Values &values)
{
    const int index = m_language->findData(values.language);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
    m_appearance->setCurrentIndex(std::max(0, m_appearance->findData(values.appearance)));
    m_reviewer->setText(values.reviewer);
    m_organisation->setText(values.organisation);
    m_organisationUrl->setText(values.organisationUrl);
}

SettingsDialog::Values SettingsDialog::values() const
{
    return {m_language->currentData().toString(), m_appearance->currentData().toString(), m_reviewer->text().trimmed(),
        m_organisation->text().trimmed(), m_organisationUrl->text().trimmed()};
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_language->setItemText(0, tr("System default"));
    m_languageLabel->setText(tr("&Language:"));
    m_appearanceLabel->setText(tr("&Appearance:"));
    m_appearance->setItemText(0, tr("System"));
    m_appearance->setItemText(1, tr("Light"));
    m_appearance->setItemText(2, tr("Dark"));
    m_appearance->setAccessibleName(tr("Appearance"));
    m_reviewerLabel->setText(tr("&Reviewer name:"));
    m_organisationLabel->setText(tr("Reviewing &organisation:"));
    m_organisationUrlLabel->setText(tr("Organisation &web address:"));
    m_language->setAccessibleName(tr("Interface language"));
    m_reviewer->setAccessibleName(tr("Reviewer name"));
    m_reviewer->setToolTip(tr("Recorded with every change you make and on the claims you review."));
    m_organisation->setAccessibleName(tr("Reviewing organisation"));
    m_organisation->setToolTip(tr("Named as the author of ClaimReview exports."));
    m_organisationUrl->setAccessibleName(tr("Organisation web address"));
}

} // namespace Sourcelight
