#pragma once

#include "storetypes.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace Sourcelight {

/// An edit another connection committed to a team project, as the server announced it (schema 8: a trigger on
/// history NOTIFYs each history row; ProjectStore::changedElsewhere()).
struct StoreChange
{
    QString entity;    ///< the table history names: documents, sentences, claims, evidence, sources, tags
    QString field;     ///< what changed: attribution, verdict, split, merged, imported, removed, …
    Id entityId = 0;   ///< the row's id in that table
    Id documentId = 0; ///< the document the row belongs to; 0 when it has none or is gone
    Id sentenceId = 0; ///< the sentence the row belongs to; 0 when it has none or is gone

    /// Whether the sentences of documentId were split, merged or put back as they were.
    bool changesBoundaries() const;

    /// Reads the server's payload, "entity field entity_id document_id sentence_id"; nullopt when it is not one.
    static std::optional<StoreChange> fromPayload(const QString &payload);
};

} // namespace Sourcelight

Q_DECLARE_METATYPE(Sourcelight::StoreChange)
