#pragma once

#include "agreement.h"
#include "storetypes.h"

#include <QHash>
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

/// Asks the server, for as long as it lives, for every coding the connection may read (on a server; a file has
/// no rules to ask): curators and admins read them all, a reviewer those of documents they marked done.
class ReadingCodings final
{
public:
    explicit ReadingCodings(ProjectStore &store);
    ~ReadingCodings();
    Q_DISABLE_COPY_MOVE(ReadingCodings)
    bool ok() const { return m_ok; }

private:
    ProjectStore &m_store;
    bool m_ok = false;
};

/// One field's reliability data: the field is "source", "anonymity", "quoteType", "verdict", "claimType" or
/// "tag:NAME" (present/absent on the reviewer's claim).
struct Field
{
    QString field;
    ReliabilityData data;
    QList<Id> documents; ///< the document of each unit (data.units)
};

/// Every field's data over the project, or over one document (documentId > 0). Coders are named by their reviewer
/// name, units "d<document id>s<sentence ordinal>". Empty when nobody coded independently; nullopt on a database
/// error (recorded in the store).
std::optional<QList<Field>> read(ProjectStore &store, Id documentId = 0);
/// The same over these documents (those nobody coded add nothing).
std::optional<QList<Field>> read(ProjectStore &store, const QList<Id> &documents);
/// The documents someone coded or marked done, of those the connection may read codings of; nullopt on a
/// database error.
std::optional<QList<Id>> codedDocuments(ProjectStore &store);

/// One reviewer's own decisions on one sentence.
struct Coding
{
    Id reviewerId = 0;
    QString reviewer;
    std::optional<AttributionRecord> attribution; ///< theirs; none: the suggestion stands for them
    std::optional<ClaimRecord> claim;             ///< theirs, with its tags
    bool done = false;                            ///< they marked the document done
};

/// A sentence the reviewers coded: the coding of each reviewer who decided something on it or marked its document
/// done, by name.
struct SentenceCodings
{
    Id sentenceId = 0;
    int ordinal = 0;
    std::optional<AttributionRecord> suggestion; ///< the app's, common to all reviewers
    QList<Coding> codings;
    /// Whether two of them hold different values() for a field, or one made a claim and another none.
    bool disagree = false;
};

/// The codings of the document's sentences that the connection may read (see above), in document order: the
/// sentences someone coded, or all of them once someone marked the document done; nullopt on a database error
/// (recorded in the store).
std::optional<QList<SentenceCodings>> sentences(ProjectStore &store, Id documentId);

/// What stands for the reviewer on the sentence, by field ("source", "anonymity", "quoteType", "verdict",
/// "claimType", and "tag:<tag id>" for each tag on their claim), nullopt where it is missing (see above). The one
/// rule behind both the agreement figures and the adjudication table.
QHash<QString, std::optional<QString>> values(const SentenceCodings &sentence, const Coding &coding);

} // namespace ProjectCodings

} // namespace Sourcelight
