#include "language.h"

#include "enumnames.h"

namespace Sourcelight {

namespace {

constexpr EnumNames::Table<Language, 3> Codes {{
    {Language::English, "en"},
    {Language::Russian, "ru"},
    {Language::Ukrainian, "uk"},
}};

} // namespace

QString languageCode(Language language)
{
    const QString code = EnumNames::nameOf(Codes, language);
    return code.isEmpty() ? QStringLiteral("und") : code;
}

Language languageFromCode(const QString &code)
{
    const QString base = code.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    return EnumNames::valueOf(Codes, base).value_or(Language::Unknown);
}

} // namespace Sourcelight
