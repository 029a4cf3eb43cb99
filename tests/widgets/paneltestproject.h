#pragma once

// A project for the attribution panel tests: the fixture article, plus a document whose second sentence has its
// cue word three times and the stored cue span on the last one.
#include "../models/itemmodels_fixture.h"

namespace Sourcelight::Fixture {

inline const QString RepeatedCue = QStringLiteral("He said what she said, Smith said.");

/// Adds the repeated-cue document; returns its id (0 on failure) and the UTF-16 offset of the stored cue.
inline Id addRepeatedCueDocument(ProjectStore &store, QList<Id> *sentenceIds, qsizetype *cueAt)
{
    const QString first = QStringLiteral("Talks resumed.");
    DocumentRecord doc;
    doc.metadata.title = QStringLiteral("Cues");
    doc.body = first + QLatin1Char('\n') + RepeatedCue;
    const qsizetype secondStart = first.size() + 1;
    const std::optional<Id> id = store.documents().addDocument(
        doc, {{0, first.size()}, {secondStart, secondStart + RepeatedCue.size()}}, sentenceIds);
    if (!id) {
        return 0;
    }
    QList<AttributionSuggestion> suggestions(2);
    suggestions[0].scope = AttributionScope::Author;
    suggestions[1].source = mention(QStringLiteral("Smith"), SourceKind::Person);
    suggestions[1].cueText = QStringLiteral("said");
    *cueAt = RepeatedCue.lastIndexOf(QStringLiteral("said"));
    suggestions[1].cue = {secondStart + *cueAt, secondStart + *cueAt + 4};
    suggestions[1].scope = AttributionScope::Explicit;
    suggestions[1].confidence = 0.9;
    return store.attributions().storeSuggestions(*sentenceIds, suggestions) ? *id : 0;
}

} // namespace Sourcelight::Fixture
