#pragma once

#include "attributiontypes.h"
#include "language.h"

#include <QList>
#include <QString>

namespace Sourcelight {

/// Everything the analysis says about one article: its language, its sentences (UTF-16 spans) and one
/// suggested attribution per sentence, in the same order.
struct DocumentAnalysis
{
    Language language = Language::Unknown;
    QList<SentenceSpan> sentences;
    QList<AttributionSuggestion> suggestions;
};

/// The whole pipeline import and the CLI run: detects the language when it is Unknown, segments the text into
/// sentences and suggests an attribution for each. Deterministic; callable from any thread.
DocumentAnalysis analyzeDocument(const QString &text, Language language = Language::Unknown);

} // namespace Sourcelight
