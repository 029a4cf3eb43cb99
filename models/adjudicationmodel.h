#pragma once

#include "projectcodings.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Sourcelight {

class Project;

/// The adjudication table of the open document (independent review): a row for each sentence the reviewers
/// disagree on, a column with the sentence, one with each reviewer's decision and one with the final decision, so a
/// curator sees them side by side and picks one (Project::adoptCoding()). Read again by reload(), and after each
/// adoption.
class AdjudicationModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit AdjudicationModel(Project *project, QObject *parent = nullptr);

    /// Reads the codings again; false (reported by the project) when they cannot be read.
    bool reload();

    /// The reviewers, in column order (their column is 1 + their index).
    QStringList reviewers() const { return m_reviewers; }
    Id sentenceAt(int row) const;
    /// The reviewer's coding of the row's sentence; nullopt when they did not code it.
    std::optional<ProjectCodings::Coding> coding(int row, int reviewer) const;
    /// Makes the reviewer's coding of the row's sentence the final decision; false when they have none there.
    bool adopt(int row, int reviewer);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// "Kirby (anonymous, direct quote) · Disputed · Statistic · #timeline": what a decision says, in a line.
    QString summary(const std::optional<AttributionRecord> &attribution, const std::optional<ClaimRecord> &claim,
        Id sentenceId) const;
    QString sourceName(Id sourceId) const;

    Project *m_project;
    QList<ProjectCodings::SentenceCodings> m_rows;
    QStringList m_reviewers;
    mutable QHash<Id, QString> m_sourceNames;
    QHash<Id, QString> m_tagNames;
};

} // namespace Sourcelight
