#pragma once
// Helpers for tests that check strings are looked up under the context lupdate files them in: a translator that
// records what it is asked for, and the (context, source) pairs of a .ts file.

#include <QFile>
#include <QSet>
#include <QString>
#include <QTranslator>
#include <QXmlStreamReader>

#include <utility>

namespace TranslationLookups {

using Message = std::pair<QString, QString>; // context, source text

/// Translates nothing; remembers what it was asked for.
class RecordingTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char * /*disambiguation*/ = nullptr,
        int /*n*/ = -1) const override
    {
        m_asked.insert({QString::fromUtf8(context), QString::fromUtf8(sourceText)});
        return {};
    }
    bool isEmpty() const override { return false; }

    mutable QSet<Message> m_asked;
};

/// Every (context, source text) pair of a Qt Linguist .ts file; empty when it cannot be read.
inline QSet<Message> filedMessages(const QString &path)
{
    QSet<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == QLatin1StringView("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1StringView("source")) {
            messages.insert({context, xml.readElementText()});
        }
    }
    return messages;
}

/// Contexts of Qt's own classes (QPageSize…), which our translations do not cover.
inline bool isQtOwn(const QString &context)
{
    return context.startsWith(u'Q') && context.size() > 1 && context.at(1).isUpper();
}

} // namespace TranslationLookups
