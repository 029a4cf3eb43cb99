#include "documentmetadatadialog.h"

#include "languagechange.h"
#include "webaddress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Sourcelight {

namespace {

/// The date part of a stored publication date ("2026-03-14", "2026-03-14T09:30:00Z"); null when it has none.
QDate storedDate(const QString &published)
{
    return QDate::fromString(published.trimmed().left(10), Qt::ISODate);
}

} // namespace

DocumentMetadataDialog::DocumentMetadataDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_title(new QLineEdit(this))
    , m_outlet(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_urlError(new QLabel(this))
    , m_published(new QDateEdit(this))
    , m_publishedUnknown(new QCheckBox(this))
    , m_publishedHint(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_outletLabel(new QLabel(this))
    , m_authorLabel(new QLabel(this))
    , m_urlLabel(new QLabel(this))
    , m_publishedLabel(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("documentMetadataDialog"));
    m_buttons->setObjectName(QStringLiteral("metadataButtons"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_outlet->setObjectName(QStringLiteral("outletEdit"));
    m_author->setObjectName(QStringLiteral("authorEdit"));
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_urlError->setObjectName(QStringLiteral("urlError"));
    m_urlError->setWordWrap(true);
    m_urlError->setForegroundRole(QPalette::Accent);
    m_urlError->hide();
    m_published->setObjectName(QStringLiteral("publishedEdit"));
    m_published->setCalendarPopup(true);
    m_published->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_published->setDate(QDate::currentDate());
    m_publishedUnknown->setObjectName(QStringLiteral("publishedUnknown"));
    m_publishedHint->setObjectName(QStringLiteral("publishedHint"));
    m_publishedHint->setWordWrap(true);
    m_publishedHint->hide();
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const Language language : {Language::Unknown, Language::English, Language::Russian, Language::Ukrainian}) {
        m_language->addItem(QString(), int(language));
    }
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->hide();

    m_titleLabel->setBuddy(m_title);
    m_outletLabel->setBuddy(m_outlet);
    m_authorLabel->setBuddy(m_author);
    m_urlLabel->setBuddy(m_url);
    m_publishedLabel->setBuddy(m_published);
    m_languageLabel->setBuddy(m_language);
    auto *date = new QHBoxLayout;
    date->addWidget(m_published, 1);
    date->addWidget(m_publishedUnknown);
    m_form->addRow(m_titleLabel, m_title);
    m_form->addRow(m_outletLabel, m_outlet);
    m_form->addRow(m_authorLabel, m_author);
    m_form->addRow(m_urlLabel, m_url);
    m_form->addRow(QString(), m_urlError);
    m_form->addRow(m_publishedLabel, date);
    m_form->addRow(QString(), m_publishedHint);
    m_form->addRow(m_languageLabel, m_language);
    m_form->addRow(QString(), m_languageNote);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &DocumentMetadataDialog::validate);
    connect(m_publishedUnknown, &QCheckBox::toggled, this, [this](bool unknown) {
        m_published->setEnabled(!unknown);
        updateDateHint();
    });
    connect(m_published, &QDateEdit::dateChanged, this, &DocumentMetadataDialog::updateDateHint);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_languageNote->show();
        fitHeight();
    });
    translateAndFollowLanguage(this, this, [this] { retranslateUi(); });
    setMinimumWidth(480);
}

DocumentMetadataDialog::~DocumentMetadataDialog() = default;

bool DocumentMetadataDialog::isAcceptableUrl(const QString &text)
{
    return text.trimmed().isEmpty() || WebAddress::isWebUrl(text);
}

void DocumentMetadataDialog::setMetadata(const DocumentMetadata &metadata)
{
    m_title->setText(metadata.title);
    m_outlet->setText(metadata.outlet);
    m_author->setText(metadata.author);
    m_url->setText(metadata.url);
    m_storedPublished = metadata.published;
    m_initialDate = storedDate(metadata.published);
    m_published->setDate(m_initialDate.isValid() ? m_initialDate : QDate::currentDate());
    m_publishedUnknown->setChecked(!m_initialDate.isValid());
    m_published->setEnabled(m_initialDate.isValid());
    m_language->setCurrentIndex(std::max(0, m_language->findData(int(metadata.language))));
    m_languageNote->hide(); // shown once the language is changed
    updateDateHint();
    validate();
}

DocumentMetadata DocumentMetadataDialog::metadata() const
{
    DocumentMetadata result;
    result.title = m_title->text().trimmed();
    result.outlet = m_outlet->text().trimmed();
    result.author = m_author->text().trimmed();
    result.url = m_url->text().trimmed();
    const QDate date = m_publishedUnknown->isChecked() ? QDate() : m_published->date();
    if (date == m_initialDate) {
        result.published = m_storedPublished;
    } else {
        result.published = date.isValid() ? date.toString(Qt::ISODate) : QString();
    }
    result.language = static_cast<Language>(m_language->currentData().toInt());
    return result;
}

void DocumentMetadataDialog::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : {m_title, m_outlet, m_author, m_url}) {
        edit->setReadOnly(readOnly);
    }
    m_published->setReadOnly(readOnly);
    m_publishedUnknown->setEnabled(!readOnly);
    m_language->setEnabled(!readOnly);
    m_buttons->setStandardButtons(readOnly ? QDialogButtonBox::StandardButtons(QDialogButtonBox::Close)
                                           : QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    if (!readOnly) {
        validate();
    }
}

void DocumentMetadataDialog::validate()
{
    const bool ok = isAcceptableUrl(m_url->text());
    m_urlError->setVisible(!ok);
    fitHeight();
    if (QPushButton *button = m_buttons->button(QDialogButtonBox::Ok)) {
        button->setEnabled(ok);
    }
}

void DocumentMetadataDialog::updateDateHint()
{
    // A stored date the field cannot show ("March 3", "Spring 2024") stays unless another date is chosen.
    const bool unreadable = !m_storedPublished.trimmed().isEmpty() && !m_initialDate.isValid();
    const bool kept = m_publishedUnknown->isChecked();
    m_publishedHint->setVisible(unreadable && kept);
    if (unreadable) {
        m_publishedHint->setText(tr("Stored as “%1”; it is kept unless you choose a date.").arg(m_storedPublished));
    }
    fitHeight();
}

void DocumentMetadataDialog::fitHeight()
{
    if (!isVisible()) {
        return; // a dialog not yet shown takes its size from the layout when it is
    }
    layout()->activate();
    const int needed
        = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
    if (needed > height()) {
        resize(width(), needed);
    }
}

void DocumentMetadataDialog::retranslateUi()
{
    setWindowTitle(tr("Article Details"));
    m_titleLabel->setText(tr("&Title:"));
    m_outletLabel->setText(tr("&Outlet:"));
    m_authorLabel->setText(tr("&Author:"));
    m_urlLabel->setText(tr("&Web address:"));
    m_publishedLabel->setText(tr("&Published:"));
    m_publishedUnknown->setText(tr("&Unknown", "publication date"));
    m_languageLabel->setText(tr("&Language:"));
    m_urlError->setText(tr("Give an address starting with http:// or https://, or leave it empty."));
    m_languageNote->setText(tr("The sentences and suggestions stay as they were found; the new language is stored "
                               "with the article and used by exports."));
    m_language->setItemText(0, tr("Not known", "language"));
    m_language->setItemText(1, tr("English"));
    m_language->setItemText(2, tr("Russian"));
    m_language->setItemText(3, tr("Ukrainian"));
    m_title->setAccessibleName(tr("Title"));
    m_outlet->setAccessibleName(tr("Outlet"));
    m_author->setAccessibleName(tr("Author"));
    m_url->setAccessibleName(tr("Web address"));
    m_published->setAccessibleName(tr("Publication date"));
    m_language->setAccessibleName(tr("Article language"));
    updateDateHint();
}

} // namespace Sourcelight
