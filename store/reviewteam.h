#pragma once

#include "storetypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace Sourcelight {

class ProjectStore;

/// A team project's people, their parts and its review mode (schema 9; migrations/postgresql/0009_team_roles.sql).
/// On a server the parts are enforced by the server itself (row-level security): these functions only read and
/// write the mapping, and a write the connection may not make fails with the server's refusal (Error::ReadOnly). A
/// project file is reviewed in shared mode by whoever opens it, as an admin.
namespace ReviewTeam {

/// What a person may do (README "Team review"): each part may do what the one before it may.
enum class Role {
    Reviewer, ///< makes decisions under their own name (in independent mode, their own codings)
    Curator,  ///< also writes the final decisions, splits and merges sentences, edits document details
    Admin,    ///< also imports and removes documents, manages the codebook, the team and the mode
};

enum class Mode {
    Shared,      ///< one decision per sentence, everyone's edits seen as they are made
    Independent, ///< each reviewer codes alone; others' codings hidden until the reviewer marks the document done
};

QString toString(Role role);
std::optional<Role> roleFromString(const QString &text);
QString toString(Mode mode);
std::optional<Mode> modeFromString(const QString &text);
/// The part as the user reads it ("reviewer", translated).
QString displayName(Role role);

/// One person of the team.
struct Member
{
    Id reviewerId = 0;
    QString name;
    QString login; ///< the database role they connect as; empty for a reviewer named only in a file
    Role role = Role::Reviewer;
};

/// Who this connection is in the project.
struct Session
{
    std::optional<Id> reviewerId; ///< the reviewer mapped to the login, if any
    std::optional<Role> role;     ///< none: the login has no part and may neither read nor change anything
    Mode mode = Mode::Shared;
    /// Whether the decisions this connection reads and writes are its own codings (a reviewer, independent mode).
    bool codesAlone() const { return mode == Mode::Independent && role == Role::Reviewer; }
};

/// Who the store's connection is: on a server, the login's row and part; in a file (or a server project older
/// than schema 9), an admin in shared mode. nullopt on a database error.
std::optional<Session> session(ProjectStore &store);

/// The team, by name.
std::optional<QList<Member>> members(ProjectStore &store);

/// Gives the login (a database role) a part, and the name their decisions go under: a new reviewer, or the one
/// already mapped to the login, or the reviewer already called name (their earlier decisions stay theirs). Admins
/// only, on a server. The reviewer's id, or nullopt (error recorded).
std::optional<Id> setMember(ProjectStore &store, const QString &login, const QString &name, Role role);

std::optional<Mode> mode(ProjectStore &store);
/// Sets the review mode (admins only). Decisions made so far stay: switching to independent makes them the final
/// ones; switching back to shared hides the reviewers' codings (kept, for agreement) behind the final ones.
bool setMode(ProjectStore &store, Mode mode);

/// Marks the document coded by the store's reviewer: from now on they may read the others' codings of it, and
/// no longer change their own. Marking it again changes nothing.
bool markDone(ProjectStore &store, Id documentId);
/// Opens the document again for that reviewer (curators and admins).
bool reopen(ProjectStore &store, Id documentId, Id reviewerId);
/// The reviewers who marked the document done.
std::optional<QList<Id>> doneBy(ProjectStore &store, Id documentId);

} // namespace ReviewTeam

} // namespace Sourcelight
