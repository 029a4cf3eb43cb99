#pragma once

#include "projectcodings.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Sourcelight {

class Project;

/// The adjudication table of the open document (independent review): a row for each sentence the reviewers
/// disagree on, a column with the sentence, one with each reviewer's decision and one with the final decision, so a
/// curator sees them side by side and picks one (Project::adoptCoding()). Everything shown is read by reload() (the
/// final column again after each adoption), never while painting.
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
    QString summary(const std::optional<AttributionRecord> &attribution,
        const std::optional<AttributionRecord> &suggestion, const std::optional<ClaimRecord> &claim);
    QString sourceName(Id sourceId);
    /// Fills the row's shown texts: the sentence, each reviewer's decision and the final one.
    void describe(int row);
    QString finalSummary(const ProjectCodings::SentenceCodings &sentence);

    struct Row
    {
        ProjectCodings::SentenceCodings codings;
        QString sentence;
        QStringList decisions; ///< per reviewer, in column order; empty when they did not code the sentence
        QString final;
    };

    Project *m_project;
    QList<Row> m_rows;
    QStringList m_reviewers;
    QHash<Id, QString> m_sourceNames;
    QHash<Id, QString> m_tagNames;
};

} // namespace Sourcelight
