#pragma once

#include "documentmetadata.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace Sourcelight {

/// "New Article from Clipboard": shows the beginning of the text about to be imported and lets the analyst confirm
/// or correct what it says about itself — title, outlet, author, date and URL — before it goes into the project.
class ArticleDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleDetailsDialog)

public:
    /// text: the article's text (its beginning is shown); metadata: what was found in it (filled in the fields).
    ArticleDetailsDialog(const QString &text, const DocumentMetadata &metadata, QWidget *parent = nullptr);
    ~ArticleDetailsDialog() override;

    /// The metadata as the analyst left it (fields trimmed; the language found in the text is kept).
    DocumentMetadata metadata() const;

private:
    DocumentMetadata m_original;
    QLineEdit *m_title;
    QLineEdit *m_outlet;
    QLineEdit *m_author;
    QLineEdit *m_published;
    QLineEdit *m_url;
    QPlainTextEdit *m_preview;
};

} // namespace Sourcelight
