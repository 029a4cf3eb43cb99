#include "articledetailsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sourcelight {

namespace {
// Enough of the text to recognise the article by, not so much that a long one slows the dialog.
constexpr qsizetype PreviewCharacters = 2000;
} // namespace

ArticleDetailsDialog::ArticleDetailsDialog(const QString &text, const DocumentMetadata &metadata, QWidget *parent)
    : QDialog(parent)
    , m_original(metadata)
    , m_title(new QLineEdit(metadata.title, this))
    , m_outlet(new QLineEdit(metadata.outlet, this))
    , m_author(new QLineEdit(metadata.author, this))
    , m_published(new QLineEdit(metadata.published, this))
    , m_url(new QLineEdit(metadata.url, this))
    , m_preview(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("articleDetailsDialog"));
    setWindowTitle(tr("New Article"));
    const auto name = [](QLineEdit *field, const char *objectName, const QString &accessible) {
        field->setObjectName(QString::fromLatin1(objectName));
        field->setAccessibleName(accessible);
        field->setClearButtonEnabled(true);
    };
    name(m_title, "articleTitle", tr("Title"));
    name(m_outlet, "articleOutlet", tr("Outlet"));
    name(m_author, "articleAuthor", tr("Author"));
    name(m_published, "articlePublished", tr("Date published"));
    name(m_url, "articleUrl", tr("URL"));
    m_published->setPlaceholderText(tr("e.g. 2024-05-17"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_preview->setObjectName(QStringLiteral("articlePreview"));
    m_preview->setAccessibleName(tr("Beginning of the article"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setPlainText(
        text.size() > PreviewCharacters ? QString(text.first(PreviewCharacters) + QStringLiteral("…")) : text);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Outlet:"), m_outlet);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Date:"), m_published);
    form->addRow(tr("&URL:"), m_url);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Import"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(560, 460);
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

ArticleDetailsDialog::~ArticleDetailsDialog() = default;

DocumentMetadata ArticleDetailsDialog::metadata() const
{
    DocumentMetadata result = m_original;
    result.title = m_title->text().trimmed();
    result.outlet = m_outlet->text().trimmed();
    result.author = m_author->text().trimmed();
    result.published = m_published->text().trimmed();
    result.url = m_url->text().trimmed();
    return result;
}

} // namespace Sourcelight
