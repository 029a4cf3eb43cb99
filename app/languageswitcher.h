#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QTranslator;

namespace Sourcelight {

/// Loads the user-interface language: Sourcelight's own translations (compiled in under :/i18n) and Qt's
/// (qtbase_<lang> from the Qt installation). Follows the system locale unless the user chose a language in
/// Settings; switching takes effect at once (widgets receive QEvent::LanguageChange and retranslate).
class LanguageSwitcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageSwitcher)

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    /// The languages the interface is translated into, as codes ("en" is the source language).
    static QStringList availableLanguages();
    /// The language's own name ("Deutsch", "Українська").
    static QString nativeName(const QString &code);

    /// The language chosen in Settings, or empty to follow the system locale.
    static QString configuredLanguage();
    static void setConfiguredLanguage(const QString &code);

    /// Installs the translators for code (empty: the system locale). Returns the language actually in use.
    QString apply(const QString &code);
    QString current() const { return m_current; }

private:
    std::unique_ptr<QTranslator> m_own;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace Sourcelight
