// libFuzzer target: segmentation + attribution suggestions (analyzeDocument) on arbitrary text; the spans must
// stay ordered, inside the text and one suggestion per sentence, whatever the input.
#include "documentanalyzer.h"
#include "fuzzsupport.h"

#include <QString>

using namespace Sourcelight;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    if (size == 0) {
        return 0;
    }
    // The first byte picks the language (or detection), the rest is the article.
    static const Language languages[] = {Language::Unknown, Language::English, Language::Russian, Language::Ukrainian};
    const Language language = languages[data[0] % 4];
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const DocumentAnalysis analysis = analyzeDocument(text, language);
    Fuzz::require(analysis.suggestions.size() == analysis.sentences.size(), "one suggestion per sentence");
    qsizetype previousEnd = 0;
    for (const SentenceSpan &span : analysis.sentences) {
        Fuzz::require(span.start >= previousEnd, "sentences are ordered and do not overlap");
        Fuzz::require(span.start < span.end, "sentences are not empty");
        Fuzz::require(span.end <= text.size(), "sentences end inside the text");
        previousEnd = span.end;
    }
    return 0;
}
