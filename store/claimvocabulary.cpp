#include "claimvocabulary.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Sourcelight::ClaimVocabulary {

namespace {

using enum VerdictMark;

// Colours from the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies).
constexpr std::array<VerdictEntry, 6> Verdicts {{
    {Verdict::Unverified, "unverified", QT_TRANSLATE_NOOP3("DisplayNames", "Unverified", "verdict"), '1', 0x777777,
        None, 0x999999, 0},
    {Verdict::Supported, "supported", QT_TRANSLATE_NOOP3("DisplayNames", "Supported", "verdict"), '2', 0x009E73, Solid,
        0x009E73, 5},
    {Verdict::Disputed, "disputed", QT_TRANSLATE_NOOP3("DisplayNames", "Disputed", "verdict"), '3', 0xE69F00, Dashed,
        0xE69F00, 3},
    {Verdict::Misleading, "misleading", QT_TRANSLATE_NOOP3("DisplayNames", "Misleading", "verdict"), '4', 0xD55E00,
        Dotted, 0xCC79A7, 2},
    {Verdict::False, "false", QT_TRANSLATE_NOOP3("DisplayNames", "False", "verdict"), '5', 0xC02020, Wavy, 0xD55E00, 1},
    // Neither shown true nor shown false: the middle of the scale, as for a disputed claim.
    {Verdict::Unverifiable, "unverifiable", QT_TRANSLATE_NOOP3("DisplayNames", "Unverifiable", "verdict"), '6',
        0x777777, DashDotted, 0x56B4E9, 3},
}};

constexpr std::array<ClaimTypeEntry, 6> ClaimTypes {{
    {ClaimType::Fact, "fact", QT_TRANSLATE_NOOP3("DisplayNames", "Fact", "claim type"), '1'},
    {ClaimType::Statistic, "statistic", QT_TRANSLATE_NOOP3("DisplayNames", "Statistic", "claim type"), '2'},
    {ClaimType::Forecast, "forecast", QT_TRANSLATE_NOOP3("DisplayNames", "Forecast", "claim type"), '3'},
    {ClaimType::Opinion, "opinion", QT_TRANSLATE_NOOP3("DisplayNames", "Opinion", "claim type"), '4'},
    {ClaimType::Quote, "quote", QT_TRANSLATE_NOOP3("DisplayNames", "Quote", "claim type"), '5'},
    {ClaimType::Other, "other", QT_TRANSLATE_NOOP3("DisplayNames", "Other", "claim type"), '6'},
}};

constexpr std::array<std::pair<SourceKind, TranslatableName>, 6> SourceKindLabels {{
    {SourceKind::Outlet, QT_TRANSLATE_NOOP3("DisplayNames", "Outlet", "source kind")},
    {SourceKind::Person, QT_TRANSLATE_NOOP3("DisplayNames", "Person", "source kind")},
    {SourceKind::OfficialBody, QT_TRANSLATE_NOOP3("DisplayNames", "Official body", "source kind")},
    {SourceKind::Anonymous, QT_TRANSLATE_NOOP3("DisplayNames", "Anonymous", "source kind")},
    {SourceKind::Document, QT_TRANSLATE_NOOP3("DisplayNames", "Document", "source kind")},
    {SourceKind::Author, QT_TRANSLATE_NOOP3("DisplayNames", "Author", "source kind")},
}};

QString translated(const TranslatableName &name)
{
    return QCoreApplication::translate("DisplayNames", name.source, name.comment);
}

} // namespace

std::span<const VerdictEntry> verdicts()
{
    return Verdicts;
}

std::span<const ClaimTypeEntry> claimTypes()
{
    return ClaimTypes;
}

const VerdictEntry &entry(Verdict verdict)
{
    for (const VerdictEntry &e : Verdicts) {
        if (e.verdict == verdict) {
            return e;
        }
    }
    return Verdicts.front();
}

const ClaimTypeEntry &entry(ClaimType type)
{
    for (const ClaimTypeEntry &e : ClaimTypes) {
        if (e.type == type) {
            return e;
        }
    }
    return ClaimTypes.back();
}

QString label(Verdict verdict)
{
    return translated(entry(verdict).label);
}

QString label(ClaimType type)
{
    return translated(entry(type).label);
}

QString label(SourceKind kind)
{
    for (const auto &[k, name] : SourceKindLabels) {
        if (k == kind) {
            return translated(name);
        }
    }
    return {};
}

} // namespace Sourcelight::ClaimVocabulary
