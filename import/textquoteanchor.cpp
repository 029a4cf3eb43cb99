#include "textquoteanchor.h"

#include <QList>

#include <limits>

namespace Sourcelight {

namespace {

// How many characters of a and b agree, walking from their ends (prefix) or starts (suffix).
qsizetype commonSuffix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n]) {
        ++n;
    }
    return n;
}

qsizetype commonPrefix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n]) {
        ++n;
    }
    return n;
}

} // namespace

qsizetype TextQuoteAnchor::maximumEdits(qsizetype quoteLength)
{
    return qMax<qsizetype>(1, quoteLength / 4);
}

TextQuoteSelector TextQuoteAnchor::describe(const QString &text, TextSpan span, qsizetype context)
{
    TextQuoteSelector selector;
    if (!span.isValid() || span.end > text.size()) {
        return selector;
    }
    selector.exact = text.mid(span.start, span.length());
    const qsizetype prefixStart = qMax<qsizetype>(0, span.start - context);
    selector.prefix = text.mid(prefixStart, span.start - prefixStart);
    selector.suffix = text.mid(span.end, context);
    return selector;
}

std::optional<TextSpan> TextQuoteAnchor::locate(const QString &text, const TextQuoteSelector &selector, qsizetype hint)
{
    const QString &quote = selector.exact;
    if (quote.isEmpty()) {
        return std::nullopt;
    }
    // Every exact occurrence, scored by agreeing context first, then by nearness to where it used to be.
    std::optional<TextSpan> best;
    qsizetype bestContext = -1;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (qsizetype at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
        const QStringView before = QStringView(text).first(at);
        const QStringView after = QStringView(text).sliced(at + quote.size());
        const qsizetype context = commonSuffix(before, selector.prefix) + commonPrefix(after, selector.suffix);
        const qsizetype distance = hint < 0 ? 0 : qAbs(at - hint);
        if (context > bestContext || (context == bestContext && distance < bestDistance)) {
            best = TextSpan {at, at + quote.size()};
            bestContext = context;
            bestDistance = distance;
        }
    }
    if (best) {
        return best;
    }
    // The quote itself changed: look near where it was first (cheap), then everywhere if that is affordable.
    const qsizetype window = qMax<qsizetype>(2000, quote.size() * 4);
    if (hint >= 0) {
        const qsizetype from = qBound<qsizetype>(0, hint - window, text.size());
        const qsizetype to = qBound<qsizetype>(from, hint + quote.size() + window, text.size());
        if (auto found = approximate(QStringView(text).sliced(from, to - from), from, quote, hint)) {
            return found;
        }
    }
    if (text.size() * quote.size() <= 200'000'000) {
        return approximate(text, 0, quote, hint);
    }
    return std::nullopt;
}

std::optional<TextSpan> TextQuoteAnchor::approximate(
    QStringView text, qsizetype offset, const QString &quote, qsizetype hint)
{
    // Sellers' algorithm: edit distance of the quote against every substring of text, one column per text
    // character, carrying where each alignment started so the match's span comes out directly.
    // Weighted: a character the new text adds costs 1, a quote character lost or changed costs 2, so an
    // insertion inside the quote ("by about 12%") beats cutting the quote short ("by ").
    const qsizetype m = quote.size();
    const qsizetype limit = maximumEdits(m) * 2;
    QList<qsizetype> cost(m + 1);
    QList<qsizetype> start(m + 1);
    QList<qsizetype> nextCost(m + 1);
    QList<qsizetype> nextStart(m + 1);
    for (qsizetype i = 0; i <= m; ++i) {
        cost[i] = 2 * i;
        start[i] = 0;
    }
    std::optional<TextSpan> best;
    qsizetype bestCost = limit + 1;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (qsizetype j = 1; j <= text.size(); ++j) {
        const QChar t = text[j - 1];
        nextCost[0] = 0;
        nextStart[0] = j;
        for (qsizetype i = 1; i <= m; ++i) {
            qsizetype c = cost[i - 1] + (quote[i - 1] == t ? 0 : 2);
            qsizetype s = start[i - 1];
            if (cost[i] + 1 < c) { // t is extra text inside the quote
                c = cost[i] + 1;
                s = start[i];
            }
            if (nextCost[i - 1] + 2 < c) { // quote[i - 1] is missing from the text
                c = nextCost[i - 1] + 2;
                s = nextStart[i - 1];
            }
            nextCost[i] = c;
            nextStart[i] = s;
        }
        cost.swap(nextCost);
        start.swap(nextStart);
        if (cost[m] <= limit) {
            const qsizetype at = offset + start[m];
            const qsizetype distance = hint < 0 ? 0 : qAbs(at - hint);
            const bool longerSameStart = best && at == best->start;
            if (cost[m] < bestCost || (cost[m] == bestCost && (distance < bestDistance || longerSameStart))) {
                best = TextSpan {at, offset + j};
                bestCost = cost[m];
                bestDistance = distance;
            }
        }
    }
    return best;
}

} // namespace Sourcelight
