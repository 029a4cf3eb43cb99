#pragma once

#include "storetypes.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace Sourcelight {

class ProjectStore;

/// The figures `sourcelight stats` prints: how much of a project is attributed, how much rests on anonymous
/// sources, and the counts per source and per verdict. Current document versions only; each sentence counts with
/// its effective attribution (the analyst's if any, else the suggestion).
struct ProjectStats
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStats)

public:
    struct SourceCounts
    {
        Id sourceId = 0;
        QString name;
        SourceKind kind = SourceKind::Person;
        qint64 sentences = 0; ///< sentences resting on it
        qint64 claims = 0;    ///< claims resting on it
    };

    qint64 documents = 0;
    qint64 sentences = 0;
    qint64 attributedSentences = 0; ///< resting on a named or anonymous source, not the article's own voice
    qint64 reviewedSentences = 0;   ///< with a confirmed or edited attribution
    qint64 claims = 0;
    qint64 anonymousClaims = 0;               ///< claims whose source is anonymous
    QList<SourceCounts> perSource;            ///< most sentences first
    QList<QPair<Verdict, qint64>> perVerdict; ///< every verdict, in enum order

    double attributedShare() const { return sentences ? double(attributedSentences) / double(sentences) : 0.0; }
    double anonymousClaimShare() const { return claims ? double(anonymousClaims) / double(claims) : 0.0; }

    /// Computes the figures; nullopt (and the store's errorString()) on a database error.
    static std::optional<ProjectStats> compute(ProjectStore &store);

    QJsonObject toJson() const;
    /// A plain-text table for terminals (translated labels).
    QString toText() const;
};

} // namespace Sourcelight
