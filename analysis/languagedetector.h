#pragma once

#include "language.h"

#include <QString>

namespace Sourcelight {

/// Guesses the language of an article when the user has not given one: Latin script is English, Cyrillic is
/// Ukrainian or Russian by the letters only one of them uses (і ї є ґ / ы э ъ ё) and by their commonest words.
/// Only the first 32,768 UTF-16 units (64 KB) are read, so it is cheap on any article.
class LanguageDetector final
{
public:
    LanguageDetector() = delete;

    /// English, Russian or Ukrainian; Unknown when the text has no Latin or Cyrillic letter.
    static Language detect(const QString &text);
};

} // namespace Sourcelight
