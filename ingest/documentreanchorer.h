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
    ProjectStore &m_store;
};

} // namespace Sourcelight
