#include "documentanalyzer.h"

#include "attributionsuggester.h"
#include "languagedetector.h"
#include "sentencesegmenter.h"

namespace Sourcelight {

DocumentAnalysis analyzeDocument(const QString &text, Language language)
{
    DocumentAnalysis analysis;
    analysis.language = language == Language::Unknown ? LanguageDetector::detect(text) : language;
    // Text without Latin or Cyrillic letters has no language; English rules are the neutral choice for it.
    const Language rules = analysis.language == Language::Unknown ? Language::English : analysis.language;
    analysis.sentences = SentenceSegmenter(rules).segment(text);
    analysis.suggestions = AttributionSuggester(rules).suggest(text, analysis.sentences);
    return analysis;
}

} // namespace Sourcelight
