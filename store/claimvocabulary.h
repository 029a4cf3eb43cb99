#pragma once

#include "storetypes.h"

#include <QString>

#include <span>

namespace Sourcelight {

/// The one table of verdicts and claim types (and the one list of the source kinds' display names): their order, stored
/// names, display names, keyboard digits, the mark the document pane draws for a verdict and the rating a ClaimReview
/// export gives it. Every layer reads it (the store for names, the item models and widgets for labels, marks and
/// shortcuts, the reports for labels and ratings), so adding or renaming a verdict is one row here.
namespace ClaimVocabulary {

/// How the document pane underlines a claim of a verdict: a style per verdict, so it does not rest on colour alone.
enum class VerdictMark {
    None,
    Solid,
    Dashed,
    Dotted,
    Wavy,
    DashDotted,
};

/// A display name marked for translation: source text and disambiguation, in the "DisplayNames" context.
struct TranslatableName
{
    const char *source;
    const char *comment;
};

struct VerdictEntry
{
    Verdict verdict;
    const char *key; ///< stable name: stored in the project, used by the CLI and the exports
    TranslatableName label;
    char digit;         ///< the second key of its shortcut (V, then this digit)
    quint32 markColour; ///< 0xRRGGBB of its underline in the document pane
    VerdictMark mark;
    quint32 chartColour; ///< 0xRRGGBB of its slice in the reports' verdict chart (paler, set on white paper)
    int rating;          ///< schema.org ClaimReview ratingValue on a 1 (false) to 5 (true) scale; 0 = not rated
};

struct ClaimTypeEntry
{
    ClaimType type;
    const char *key; ///< stable name, as for verdicts
    TranslatableName label;
    char digit; ///< the second key of its shortcut (T, then this digit)
};

/// All verdicts and all claim types, in the order menus, filters, charts and reports list them.
std::span<const VerdictEntry> verdicts();
std::span<const ClaimTypeEntry> claimTypes();

const VerdictEntry &entry(Verdict verdict);
const ClaimTypeEntry &entry(ClaimType type);

/// Translated display names ("Disputed", "Statistic", "Official body"): the one place the item models, widgets and
/// reports take them from.
QString label(Verdict verdict);
QString label(ClaimType type);
QString label(SourceKind kind);

} // namespace ClaimVocabulary

} // namespace Sourcelight
