#include "verbforms.h"

#include "language.h"

#include <QSet>

namespace Sourcelight {

namespace {

bool isVowel(QChar c)
{
    return QStringView(u"аеёиоуыэюяєії").contains(c);
}

/// Every form around a past-tense stem ("заяви" of "заявил"): the past forms with the given masculine ending, the
/// others, and the perfective gerund.
void addPast(QStringList &forms, const QString &stem, QStringView masculine, QStringView gerund)
{
    forms << stem + masculine << stem + u"ла" << stem + u"ло" << stem + u"ли" << stem + gerund;
}

QStringList russianForms(const QString &w)
{
    QStringList forms;
    // Past: заявил / заявила / заявило / заявили; gerund заявив.
    for (const QStringView ending : {u"л", u"ла", u"ло", u"ли"}) {
        if (w.size() > ending.size() + 2 && w.endsWith(ending) && isVowel(w.at(w.size() - ending.size() - 1))) {
            addPast(forms, w.chopped(ending.size()), u"л", u"в");
            return forms;
        }
    }
    // First-conjugation present on a vowel stem: утверждает / утверждают, (по)ясняет, рекомендует. Only the present:
    // the past of a verb listed in the present may mean something else ("передаёт" reports, "передал" handed over).
    for (const QStringView ending : {u"ет", u"ют"}) {
        if (w.size() > 4 && w.endsWith(ending) && QStringView(u"аяеу").contains(w.at(w.size() - 3))) {
            const QString stem = w.chopped(2); // "утвержда", "рекоменду"
            forms << stem + u"ю" << stem + u"ешь" << stem + u"ет" << stem + u"ем" << stem + u"ете" << stem + u"ют"
                  << stem + u"я";
            return forms;
        }
    }
    return forms;
}

QStringList ukrainianForms(const QString &w)
{
    QStringList forms;
    // Past: заявив / заявила / заявило / заявили (the masculine ends in -в, which is also the gerund's ending in
    // Russian only).
    if (w.size() > 3 && w.endsWith(u'в') && isVowel(w.at(w.size() - 2))) {
        addPast(forms, w.chopped(1), u"в", u"вши");
        return forms;
    }
    for (const QStringView ending : {u"ла", u"ло", u"ли"}) {
        if (w.size() > ending.size() + 2 && w.endsWith(ending) && isVowel(w.at(w.size() - ending.size() - 1))) {
            addPast(forms, w.chopped(ending.size()), u"в", u"вши");
            return forms;
        }
    }
    // First-conjugation present on a vowel stem: повідомляє / повідомляють, вважає, рекомендує (only the present, as
    // in Russian: "передає" reports, "передав" handed over).
    for (const QStringView ending : {u"є", u"ють"}) {
        if (w.size() > 3 && w.endsWith(ending) && QStringView(u"аяіу").contains(w.at(w.size() - ending.size() - 1))) {
            const QString stem = w.chopped(ending.size()); // "повідомля", "рекоменду"
            forms << stem + u"ю" << stem + u"єш" << stem + u"є" << stem + u"ємо" << stem + u"єте" << stem + u"ють"
                  << stem + u"ючи";
            return forms;
        }
    }
    return forms;
}

} // namespace

QStringList regularVerbForms(Language language, const QString &lowerWord)
{
    switch (language) {
    case Language::Russian:
        return russianForms(lowerWord);
    case Language::Ukrainian:
        return ukrainianForms(lowerWord);
    case Language::English:
    case Language::Unknown:
        break;
    }
    return {};
}

QStringList withRegularVerbForms(Language language, const QStringList &phrases)
{
    QStringList all = phrases;
    QSet<QString> seen(phrases.cbegin(), phrases.cend());
    for (const QString &phrase : phrases) {
        const qsizetype space = phrase.indexOf(u' ');
        const QString verb = space < 0 ? phrase : phrase.first(space);
        if (verb.endsWith(u'*')) {
            continue;
        }
        const QString rest = space < 0 ? QString() : phrase.mid(space);
        for (const QString &form : regularVerbForms(language, verb)) {
            const QString inflected = form + rest;
            if (!seen.contains(inflected)) {
                seen.insert(inflected);
                all.append(inflected);
            }
        }
    }
    return all;
}

} // namespace Sourcelight
