#include "languageswitcher.h"

#include "settings.h"
#include "uilogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Sourcelight {

namespace {
}

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_own) {
        QCoreApplication::removeTranslator(m_own.get());
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
    }
}

QStringList LanguageSwitcher::availableLanguages()
{
    return {
        QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("uk"), QStringLiteral("ru")};
}

QString LanguageSwitcher::nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty()) {
        name[0] = name.at(0).toUpper();
    }
    return name;
}

QString LanguageSwitcher::configuredLanguage()
{
    return Settings().language();
}

void LanguageSwitcher::setConfiguredLanguage(const QString &code)
{
    Settings().setLanguage(code);
}

QString LanguageSwitcher::apply(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);

    if (m_own) {
        QCoreApplication::removeTranslator(m_own.get());
        m_own.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    // Installed last, so it is searched first.
    auto own = std::make_unique<QTranslator>();
    if (own->load(locale, QStringLiteral("sourcelight"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own.get());
        m_current = own->language().section(QLatin1Char('_'), 0, 0);
        m_own = std::move(own);
    } else {
        if (!code.isEmpty() && code != QLatin1String("en")) {
            qCWarning(lcUi) << "no translation for" << code << "- the interface stays in English";
        }
        m_current = QStringLiteral("en");
        // A language without a translation (or the C locale) gets the English one, which holds the plural forms:
        // without it the source text shows ("17 claim(s)").
        if (own->load(QStringLiteral(":/i18n/sourcelight_en"))) {
            QCoreApplication::installTranslator(own.get());
            m_own = std::move(own);
        }
    }
    return m_current;
}

} // namespace Sourcelight
