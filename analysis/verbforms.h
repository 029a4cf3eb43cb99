#pragma once

#include <QStringList>

namespace Sourcelight {

enum class Language;

/// The regular forms of a Russian or Ukrainian verb that a lexicon lists in one of them: the lexicons name a
/// reporting verb once or twice ("заявил", "утверждает", "повідомляє"), while news writes every person, number and
/// gender and the gerund ("заявила", "заявили", "заявив", "утверждаю", "утверждают", "повідомляють"). Only regular
/// endings, and only in the tense the lexicon lists: from a past form the other past forms (-л/-ла/-ло/-ли;
/// Ukrainian -в/-ла/-ло/-ли) and the perfective gerund, from a first-conjugation present (-ает/-яет/-еет/-ует;
/// Ukrainian -ає/-яє/-іє/-ує) the other persons and the present gerund. Another tense can mean something else
/// ("передаёт": reports; "передал": handed over), so it is listed in the lexicon when it is meant. Irregular stems are
/// listed there too. A form that is not a word never matches text, so generating one costs nothing. Empty for
/// English and for words that are not such forms.
QStringList regularVerbForms(Language language, const QString &lowerWord);

/// Lower-case phrases and, after them, the regular forms of each one's first word (the verb) with the rest of the
/// phrase unchanged ("заявил о" → "заявила о", "заявили о", "заявив о"); a stem ("чиновник*") is left as it is. No
/// phrase twice. What the lexicon loads for its verb categories and what the cue highlighting is generated from.
QStringList withRegularVerbForms(Language language, const QStringList &phrases);

} // namespace Sourcelight
