#pragma once

// A small project written through the store API, shared by the model and undo tests.
#include "attributiontable.h"
#include "codebook.h"
#include "documenttable.h"
#include "projectstore.h"

#include <QTemporaryDir>
#include <QTest>

namespace Sourcelight::Fixture {

/// Sentences of the fixture article, one per line.
inline const QStringList Lines = {
    QStringLiteral("Convoy talks stalled on Tuesday."),
    QStringLiteral("The talks failed over fuel prices, one U.S. official said."),
    QStringLiteral("“We expect a deal within days,” Kirby said, as quoted by Reuters."),
    QStringLiteral("Another U.S. official disputed that timeline."),
    QStringLiteral("Prices rose 12 percent in March, according to the ministry."),
};

inline SourceMention mention(
    const QString &name, SourceKind kind, bool anonymous = false, SourceCount count = SourceCount::Unspecified)
{
    SourceMention m;
    m.name = name;
    m.kind = kind;
    m.anonymous = anonymous;
    m.count = count;
    m.onRecord = !anonymous;
    return m;
}

/// Suggestions for Lines, as the suggester would give them.
inline QList<AttributionSuggestion> suggestions()
{
    QList<AttributionSuggestion> s(Lines.size());
    s[0].scope = AttributionScope::Author;
    s[1].source = mention(QStringLiteral("US official #1"), SourceKind::Anonymous, true, SourceCount::One);
    s[1].cueText = QStringLiteral("said");
    s[1].scope = AttributionScope::Explicit;
    s[1].quote = QuoteType::Indirect;
    s[1].confidence = 0.8;
    s[1].reason = QStringLiteral("cue 'said' after 'one U.S. official'");
    s[2].source = mention(QStringLiteral("John Kirby"), SourceKind::Person);
    s[2].via = {mention(QStringLiteral("Reuters"), SourceKind::Outlet)};
    s[2].cueText = QStringLiteral("said, as quoted by");
    s[2].scope = AttributionScope::Explicit;
    s[2].quote = QuoteType::Direct;
    s[2].confidence = 0.9;
    s[2].reason = QStringLiteral("cue 'said' after 'Kirby', via 'as quoted by Reuters'");
    s[3].source = mention(QStringLiteral("US official #2"), SourceKind::Anonymous, true, SourceCount::Another);
    s[3].cueText = QStringLiteral("disputed");
    s[3].scope = AttributionScope::Explicit;
    s[3].quote = QuoteType::Indirect;
    s[3].confidence = 0.7;
    s[4].source = mention(QStringLiteral("the Ministry"), SourceKind::OfficialBody);
    s[4].cueText = QStringLiteral("according to");
    s[4].scope = AttributionScope::Explicit;
    s[4].confidence = 0.85;
    return s;
}

/// Adds the fixture article (title given) to an open store; returns its id and sentence ids.
inline Id addArticle(ProjectStore &store, const QString &title, QList<Id> *sentenceIds = nullptr)
{
    DocumentRecord doc;
    doc.metadata.title = title;
    doc.metadata.outlet = QStringLiteral("Wire Desk");
    doc.metadata.published = QStringLiteral("2026-03-14");
    doc.metadata.language = Language::English;
    doc.body = Lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + title; // distinct hash per title
    QList<SentenceSpan> spans;
    qsizetype at = 0;
    for (const QString &line : Lines) {
        spans.append({at, at + line.size()});
        at += line.size() + 1;
    }
    QList<Id> ids;
    const std::optional<Id> id = store.documents().addDocument(doc, spans, &ids);
    if (!id || !store.attributions().storeSuggestions(ids, suggestions())) {
        qWarning() << store.errorString();
        return 0;
    }
    if (sentenceIds) {
        *sentenceIds = ids;
    }
    return *id;
}

} // namespace Sourcelight::Fixture
