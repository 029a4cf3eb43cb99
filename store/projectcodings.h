#pragma once

#include "agreement.h"
#include "storetypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace Sourcelight {

class ProjectStore;

/// The reviewers' independent codings of a team project (ReviewTeam::Mode::Independent), as reliability data for
/// inter-coder agreement: one table of sentences × reviewers per field. A reviewer's value for a sentence is what
/// their own decisions say there: their attribution, or — once they marked the document done — the suggestion
/// they let stand ("none" when the sentence has neither: the article's own voice); their claim's verdict, type and
/// tags (missing where they made no claim). A document neither coded nor marked done by a reviewer is missing for
/// them.
///
/// Reading others' codings is what the server allows the connection (migrations/postgresql/0009_team_roles.sql):
/// curators and admins read all of them; a reviewer only those of documents they marked done.
namespace ProjectCodings {

/// One field's reliability data: the field is "source", "anonymity", "quoteType", "verdict", "claimType" or
/// "tag:NAME" (present/absent on the reviewer's claim).
struct Field
{
    QString field;
    ReliabilityData data;
};

/// Every field's data over the project, or over one document (documentId > 0). Coders are named by their reviewer
/// name, units "d<document id>s<sentence ordinal>". Empty when nobody coded independently; nullopt on a database
/// error (recorded in the store).
std::optional<QList<Field>> read(ProjectStore &store, Id documentId = 0);

/// One reviewer's own decisions on one sentence.
struct Coding
{
    Id reviewerId = 0;
    QString reviewer;
    std::optional<AttributionRecord> attribution; ///< theirs; none: the suggestion stands for them
    std::optional<ClaimRecord> claim;             ///< theirs, with its tags
};

/// A sentence the reviewers coded: the coding of each reviewer who decided something on it or marked its document
/// done, by name.
struct SentenceCodings
{
    Id sentenceId = 0;
    int ordinal = 0;
    QList<Coding> codings;
    /// Whether two of them differ in source, anonymity, quote type (the suggestion standing for a reviewer who made
    /// no attribution), or in their claim (verdict, type, tags; a claim against none).
    bool disagree = false;
};

/// The codings of the document's sentences that the connection may read (see above), in document order; nullopt
/// on a database error (recorded in the store).
std::optional<QList<SentenceCodings>> sentences(ProjectStore &store, Id documentId);

} // namespace ProjectCodings

} // namespace Sourcelight
