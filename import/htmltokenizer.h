#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Sourcelight {

/// Splits HTML into text and tags as an HTML5 tokenizer does, for HtmlTextExtractor: quoted attribute values may hold
/// '>', comments end at "-->" (or "--!>"), <!DOCTYPE>, <?…> and other bogus comments at the next '>', a '<' that
/// opens no tag is text, and a tag cut off by the end of the file is dropped. Comments and doctypes are skipped.
/// The tree builder switches it into the content modes of <script>, <style>, <title> and their kind, which end
/// only at their own end tag.
class HtmlTokenizer final
{
public:
    enum class Type { Text, StartTag, EndTag, EndOfFile };
    enum class Content {
        Data,      ///< markup and text with character references
        RcData,    ///< <title>, <textarea>: text with character references up to the end tag, no markup
        RawText,   ///< <style>, <script>, <xmp>, <iframe>, <noscript>…: text as written up to the end tag
        PlainText, ///< <plaintext>: everything to the end of the file
    };

    struct Attribute
    {
        QString name; ///< ASCII lower case
        QString value;
    };

    struct Token
    {
        Type type = Type::EndOfFile;
        QString text;                ///< Text: the characters, references decoded where the content mode decodes them
        QString name;                ///< StartTag, EndTag: ASCII lower case
        QList<Attribute> attributes; ///< in source order; of a repeated name only the first, as HTML keeps it
        bool selfClosing = false;

        bool hasAttribute(QLatin1StringView name) const;
        QString attribute(QLatin1StringView name) const;
    };

    explicit HtmlTokenizer(QStringView html);

    Token next();

    /// Called right after a start tag: its content is read in this mode, up to </endTagName>.
    void setContent(Content content, const QString &endTagName);
    /// <![CDATA[…]]> is text only inside SVG and MathML; elsewhere it is a bogus comment.
    void setCDataAllowed(bool allowed) { m_cdataAllowed = allowed; }

private:
    Token tag(qsizetype nameStart, Type type);
    Token text(QString characters) const;
    void skipPast(QLatin1StringView end, qsizetype from);
    void skipComment();

    QStringView m_html;
    qsizetype m_pos = 0;
    Content m_content = Content::Data;
    QString m_endTagName;
    bool m_cdataAllowed = false;
};

} // namespace Sourcelight
