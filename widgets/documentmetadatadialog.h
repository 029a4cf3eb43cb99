#pragma once

#include "documentmetadata.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Sourcelight {

/// Library → Article Details: corrects what an article says about itself — title, outlet, author, web address
/// (http or https, or none), publication date (or unknown) and language. The dialog only edits values; the caller
/// applies them as one undoable edit.
class DocumentMetadataDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentMetadataDialog)

public:
    explicit DocumentMetadataDialog(QWidget *parent = nullptr);
    ~DocumentMetadataDialog() override;

    void setMetadata(const DocumentMetadata &metadata);
    /// The edited values, trimmed. A date left as it was keeps its stored text (which may hold a time or a form
    /// the date field cannot show); a changed one is stored as yyyy-MM-dd.
    DocumentMetadata metadata() const;
    /// For a read-only project: the values can be read and copied, not changed.
    void setReadOnly(bool readOnly);

    /// Whether the web address is empty or an http/https address with a host.
    static bool isAcceptableUrl(const QString &text);

private:
    void retranslateUi();
    void validate();
    void updateDateHint();
    /// Grows the dialog when a message appears, so wrapped lines are not cut off.
    void fitHeight();

    QFormLayout *m_form;
    QLineEdit *m_title;
    QLineEdit *m_outlet;
    QLineEdit *m_author;
    QLineEdit *m_url;
    QLabel *m_urlError;
    QDateEdit *m_published;
    QCheckBox *m_publishedUnknown;
    QLabel *m_publishedHint;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QLabel *m_titleLabel;
    QLabel *m_outletLabel;
    QLabel *m_authorLabel;
    QLabel *m_urlLabel;
    QLabel *m_publishedLabel;
    QLabel *m_languageLabel;
    QDialogButtonBox *m_buttons;

    QString m_storedPublished; ///< the date as stored, kept when the date is not changed
    QDate m_initialDate;       ///< what the date field showed at first (null: unknown)
};

} // namespace Sourcelight
