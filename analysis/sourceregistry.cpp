#include "sourceregistry.h"

#include <QStringList>

namespace Sourcelight {

namespace {

QString lastWord(const QString &name)
{
    const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
    return (space < 0 ? name : name.mid(space + 1)).toLower();
}

/// Letters of a Cyrillic word kept in a name key: enough to tell words apart, short enough to drop endings.
constexpr qsizetype CyrillicStemLength = 6;

} // namespace

QString SourceRegistry::key(const QString &name)
{
    const QStringList words = name.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList keys;
    keys.reserve(words.size());
    for (const QString &word : words) {
        const bool cyrillic = !word.isEmpty() && word.front().script() == QChar::Script_Cyrillic;
        keys.append(cyrillic ? word.left(CyrillicStemLength) : word);
    }
    return keys.join(QLatin1Char(' '));
}

std::optional<SourceMention> SourceRegistry::resolve(const SourcePhrase &phrase, const TextSpan &mentionSpan)
{
    std::optional<SourceMention> resolved;
    switch (phrase.pronoun) {
    case SourcePhrase::Pronoun::Singular:
        resolved = m_lastPerson;
        break;
    case SourcePhrase::Pronoun::Plural:
        resolved = m_lastGroup ? m_lastGroup : m_lastThing;
        break;
    case SourcePhrase::Pronoun::Neuter:
        resolved = m_lastThing;
        break;
    case SourcePhrase::Pronoun::None:
        break;
    }
    if (phrase.pronoun != SourcePhrase::Pronoun::None) {
        if (resolved) {
            resolved->mention = mentionSpan;
        }
        return resolved;
    }

    SourceMention mention;
    mention.name = phrase.name;
    mention.kind = phrase.kind;
    mention.mention = mentionSpan;
    if (phrase.kind == SourceKind::Author) {
        return mention; // "I", "we": never what a later "he" or "it" refers to
    }
    mention.anonymous = phrase.anonymous;
    mention.count = phrase.count;
    mention.title = phrase.title;
    mention.onRecord = phrase.onRecord;

    if (phrase.kind == SourceKind::Person && !phrase.anonymous && phrase.name != phrase.title) {
        const QString surname = lastWord(phrase.name);
        if (!phrase.name.contains(QLatin1Char(' '))) {
            // "Аналітики Інституту" after "Інститут вивчення війни": a short form of a known organisation.
            const auto organisation = m_organisationByFirstWord.constFind(key(phrase.name));
            if (!m_fullNameBySurname.contains(surname) && organisation != m_organisationByFirstWord.cend()) {
                SourceMention known = organisation.value();
                known.mention = mentionSpan;
                remember(known, false);
                return known;
            }
            mention.name = m_fullNameBySurname.value(surname, phrase.name);
        } else if (!m_fullNameBySurname.contains(surname)) {
            m_fullNameBySurname.insert(surname, phrase.name);
        }
        if (mention.title.isEmpty()) {
            mention.title = m_titleByName.value(mention.name);
        } else if (!m_titleByName.contains(mention.name)) {
            m_titleByName.insert(mention.name, mention.title);
        }
        mention.count = SourceCount::One;
        remember(mention, true);
        return mention;
    }

    if (phrase.kind == SourceKind::Anonymous && phrase.singular) {
        const QString head = key(phrase.head);
        const QString previous = m_lastNumberedByHead.value(head);
        if (phrase.definite && !previous.isEmpty()) {
            SourceMention known = m_numbered.value(previous);
            known.mention = mentionSpan;
            known.onRecord = known.onRecord && phrase.onRecord;
            remember(known, true);
            return known;
        }
        const QString baseKey = key(phrase.name);
        const QString base = m_displayByKey.value(baseKey, phrase.name);
        m_displayByKey.insert(baseKey, base);
        const int number = ++m_numberByBase[baseKey];
        mention.name = base + QStringLiteral(" #") + QString::number(number);
        if (mention.count == SourceCount::Unspecified) {
            mention.count = number > 1 ? SourceCount::Another : SourceCount::One;
        }
        m_lastNumberedByHead.insert(head, mention.name);
        m_numbered.insert(mention.name, mention);
        remember(mention, true);
        return mention;
    }

    if (phrase.kind == SourceKind::Anonymous) {
        // "US officials", "U.S. officials" and "American officials" already share a name; inflected Russian and
        // Ukrainian forms of one group share a key.
        const QString groupKey = QStringLiteral("group:") + key(phrase.name);
        mention.name = m_displayByKey.value(groupKey, phrase.name);
        m_displayByKey.insert(groupKey, mention.name);
    }
    if ((phrase.kind == SourceKind::Outlet || phrase.kind == SourceKind::OfficialBody) && mention.name.contains(u' ')) {
        const QString first = key(mention.name.section(QLatin1Char(' '), 0, 0));
        if (!first.startsWith(QLatin1String("the")) && !m_organisationByFirstWord.contains(first)) {
            m_organisationByFirstWord.insert(first, mention);
        }
    }
    remember(mention, phrase.kind == SourceKind::Person);
    return mention;
}

void SourceRegistry::remember(const SourceMention &mention, bool singular)
{
    if (singular) {
        m_lastPerson = mention;
    } else if (mention.kind == SourceKind::Anonymous) {
        m_lastGroup = mention;
    } else {
        m_lastThing = mention;
        if (mention.kind == SourceKind::OfficialBody) {
            m_lastGroup = mention;
        }
    }
}

} // namespace Sourcelight
