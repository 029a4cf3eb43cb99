#pragma once

#include "storetypes.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Sourcelight {

class ProjectStore;

/// Carries the analyst's work (confirmed/edited attributions, claims with their tags and evidence) from one version
/// of an article to a newer one, finding each annotated passage again by its quote and context
/// (TextQuoteAnchor). What cannot be placed stays on the old version, which is kept, and is listed.
class DocumentReanchorer final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentReanchorer)
    Q_DISABLE_COPY_MOVE(DocumentReanchorer)

public:
    struct Outcome
    {
        int placed = 0;
        QStringList unplaced; ///< one translated line per annotation that could not be placed
    };

    explicit DocumentReanchorer(ProjectStore &store);

    /// Copies the annotations of fromDocument onto toDocument (inside the caller's transaction if there is one).
    std::optional<Outcome> carryOver(Id fromDocument, Id toDocument);

private:
    struct Versions;

    /// Both versions' text and sentences; nullopt on a read error.
    std::optional<Versions> readVersions(Id fromDocument, Id toDocument);
    /// Puts the analyst's attribution on the sentence of the new version that holds its passage, or lists it as
    /// unplaced; false on a store error.
    bool carryAttribution(const Versions &versions, const AttributionRecord &attribution, Outcome &outcome);
    /// Copies a worked-on claim to the sentence of the new version that holds its passage, or lists it as
    /// unplaced; false on a store error.
    bool carryClaim(const Versions &versions, const ClaimRecord &claim, Outcome &outcome);
    /// Adds moved as a new claim with the evidence of claim oldId, and records where it came from.
    bool copyClaim(Id oldId, const ClaimRecord &moved);

    ProjectStore &m_store;
};

} // namespace Sourcelight
