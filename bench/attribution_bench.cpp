// Attribution suggestion throughput on a >= 5 MB corpus built from the sample articles (resources/samples,
// English, Russian and Ukrainian), DESIGN.md budget: >= 5 MB/s. Prints one JSON line per figure;
// MB = 10^6 bytes of UTF-8. Segmentation is done once beforehand and timed separately, so "attribution" is the
// suggester alone and "analyze_document" the whole pipeline (language, sentences, suggestions).
#include "attributionsuggester.h"
#include "documentanalyzer.h"
#include "sentencesegmenter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Sourcelight;

namespace {

constexpr qsizetype CorpusBytes = 5'000'000;
constexpr int Runs = 5;

/// The bodies of the sample articles of one language, front matter removed.
QStringList sampleBodies(const QString &languageCode)
{
    static const QRegularExpression frontMatter(
        QStringLiteral("\\A---\\n(.*?)\\n---\\n"), QRegularExpression::DotMatchesEverythingOption);
    QStringList bodies;
    const QDir dir(QStringLiteral(":/samples"));
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QString text = QString::fromUtf8(file.readAll());
        const QRegularExpressionMatch match = frontMatter.match(text);
        if (match.hasMatch() && match.captured(1).contains(QStringLiteral("language: ") + languageCode)) {
            bodies.append(text.mid(match.capturedEnd()));
        }
    }
    return bodies;
}

QString corpusOf(const QStringList &bodies, qsizetype bytes)
{
    QString corpus;
    qsizetype utf8 = 0;
    while (utf8 < bytes && !bodies.isEmpty()) {
        for (const QString &body : bodies) {
            corpus += body + QStringLiteral("\n\n");
            utf8 += body.toUtf8().size() + 2;
        }
    }
    return corpus;
}

double bestSeconds(const std::function<void()> &work)
{
    double best = 1e9;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e9);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (const auto &[code, language] :
        {std::pair {QStringLiteral("en"), Language::English}, std::pair {QStringLiteral("ru"), Language::Russian},
            std::pair {QStringLiteral("uk"), Language::Ukrainian}}) {
        const QString corpus = corpusOf(sampleBodies(code), CorpusBytes);
        if (corpus.isEmpty()) {
            std::fprintf(stderr, "attribution_bench: no %s sample articles in :/samples\n", qPrintable(code));
            return 1;
        }
        const double megabytes = double(corpus.toUtf8().size()) / 1e6;
        const QList<SentenceSpan> sentences = SentenceSegmenter(language).segment(corpus);
        const AttributionSuggester suggester(language);
        qsizetype attributed = 0;
        const double suggest = bestSeconds([&] {
            const QList<AttributionSuggestion> suggestions = suggester.suggest(corpus, sentences);
            attributed = std::count_if(suggestions.cbegin(), suggestions.cend(),
                [](const AttributionSuggestion &s) { return s.source.has_value(); });
        });
        const double pipeline = bestSeconds([&] { analyzeDocument(corpus, Language::Unknown); });
        std::printf("{\"bench\":\"attribution\",\"language\":\"%s\",\"mb\":%.2f,\"sentences\":%lld,"
                    "\"attributed\":%lld,\"seconds\":%.4f,\"mb_per_s\":%.1f}\n",
            qPrintable(code), megabytes, static_cast<long long>(sentences.size()), static_cast<long long>(attributed),
            suggest, megabytes / suggest);
        std::printf("{\"bench\":\"analyze_document\",\"language\":\"%s\",\"mb\":%.2f,\"seconds\":%.4f,"
                    "\"mb_per_s\":%.1f}\n",
            qPrintable(code), megabytes, pipeline, megabytes / pipeline);
        std::fflush(stdout);
    }
    return 0;
}
