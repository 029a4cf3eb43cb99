#pragma once

#include <QtGlobal>

#include "attributiontypes.h"
#include "sourcephrase.h"

#include <QHash>
#include <QString>

namespace Sourcelight {

/// Resolves the sources of one article against each other, in reading order: "Kirby" after "John Kirby" is
/// John Kirby; "one U.S. official" and "another U.S. official" become "US official #1" and "US official #2";
/// "the official" is the last one met; "he", "they", "it" are the last person, group or institution.
class SourceRegistry final
{
    Q_DISABLE_COPY_MOVE(SourceRegistry)

public:
    SourceRegistry() = default;

    /// The resolved source of a phrase; a pronoun that refers to nothing yet gives std::nullopt.
    std::optional<SourceMention> resolve(const SourcePhrase &phrase, const TextSpan &mentionSpan);

private:
    void remember(const SourceMention &mention, bool singular);
    /// Compares names across inflections: Cyrillic words are cut to their first letters ("американских
    /// чиновников" and "американский чиновник" share a key); Latin words are only lower-cased.
    static QString key(const QString &name);

    QHash<QString, QString> m_fullNameBySurname;             ///< "kirby" → "John Kirby"
    QHash<QString, SourceMention> m_organisationByFirstWord; ///< key of an outlet's or body's first word
    QHash<QString, QString> m_titleByName;
    QHash<QString, int> m_numberByBase;           ///< how many singular anonymous sources of a base name exist (by key)
    QHash<QString, QString> m_displayByKey;       ///< the first spelling of a base or group name (by key)
    QHash<QString, QString> m_lastNumberedByHead; ///< "official" → "US official #2"
    QHash<QString, SourceMention> m_numbered;     ///< "US official #2" → its profile
    std::optional<SourceMention> m_lastPerson;
    std::optional<SourceMention> m_lastGroup;
    std::optional<SourceMention> m_lastThing;
};

} // namespace Sourcelight
