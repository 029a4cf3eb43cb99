#pragma once

#include <QString>

namespace Sourcelight {

/// Languages the analysis knows rules and lexicons for.
enum class Language {
    Unknown,
    English,
    Russian,
    Ukrainian,
};

/// ISO 639-1 code ("en", "ru", "uk"; "und" for Unknown).
QString languageCode(Language language);
/// Parses "en"/"ru"/"uk" (case-insensitive, region suffixes like "en-GB" allowed); Unknown otherwise.
Language languageFromCode(const QString &code);

} // namespace Sourcelight
