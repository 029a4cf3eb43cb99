#pragma once

namespace KSyntaxHighlighting {
class Repository;
}

namespace Sourcelight::SyntaxRepository {

/// The application's one KSyntaxHighlighting repository (created on first use, in the GUI thread), with
/// Sourcelight's own definitions (sourcelight-cues) added from the resources.
KSyntaxHighlighting::Repository &instance();

/// Name of the definition that marks attribution cues, hedges, quotations and numbers.
inline constexpr const char *CueDefinitionName = "Sourcelight Cues";

} // namespace Sourcelight::SyntaxRepository
