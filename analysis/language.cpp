#include "language.h"

namespace Sourcelight {

QString languageCode(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::Russian:
        return QStringLiteral("ru");
    case Language::Ukrainian:
        return QStringLiteral("uk");
    case Language::Unknown:
        break;
    }
    return QStringLiteral("und");
}

Language languageFromCode(const QString &code)
{
    const QString base = code.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    if (base == QLatin1String("en")) {
        return Language::English;
    }
    if (base == QLatin1String("ru")) {
        return Language::Russian;
    }
    if (base == QLatin1String("uk")) {
        return Language::Ukrainian;
    }
    return Language::Unknown;
}

} // namespace Sourcelight
