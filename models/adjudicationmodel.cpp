#include "adjudicationmodel.h"

#include "codebook.h"
#include "displaynames.h"
#include "itemroles.h"
#include "project.h"
#include "projectstore.h"
#include "sentencemodel.h"
#include "sourcetable.h"

namespace Sourcelight {

AdjudicationModel::AdjudicationModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    // An undo, a redo or another reviewer's edit changes the final decision while the table is open.
    connect(project, &Project::sentenceChanged, this, [this](Id sentenceId) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).codings.sentenceId == sentenceId) {
                m_rows[row].final = finalSummary(m_rows.at(row).codings);
                const int last = columnCount() - 1;
                Q_EMIT dataChanged(index(row, last), index(row, last));
            }
        }
    });
}

bool AdjudicationModel::reload()
{
    std::optional<QList<ProjectCodings::SentenceCodings>> codings = m_project->documentCodings();
    const std::optional<QList<TagRecord>> tags = m_project->store().codebook().tags();
    beginResetModel();
    m_rows.clear();
    m_reviewers.clear();
    m_sourceNames.clear();
    m_tagNames.clear();
    for (const TagRecord &tag : tags.value_or(QList<TagRecord> {})) {
        m_tagNames.insert(tag.id, tag.name);
    }
    if (codings) {
        for (ProjectCodings::SentenceCodings &sentence : *codings) {
            for (const ProjectCodings::Coding &coding : std::as_const(sentence.codings)) {
                if (!m_reviewers.contains(coding.reviewer)) {
                    m_reviewers.append(coding.reviewer);
                }
            }
            if (sentence.disagree) {
                m_rows.append(Row {std::move(sentence), {}, {}, {}});
            }
        }
        m_reviewers.sort();
        for (int row = 0; row < m_rows.size(); ++row) {
            describe(row);
        }
    }
    endResetModel();
    return codings.has_value();
}

void AdjudicationModel::describe(int row)
{
    Row &shown = m_rows[row];
    const Id sentenceId = shown.codings.sentenceId;
    SentenceModel *sentences = m_project->sentences();
    shown.sentence
        = QStringLiteral("%1. %2")
              .arg(shown.codings.ordinal + 1)
              .arg(sentences->index(sentences->rowForSentence(sentenceId), 0).data(Qt::DisplayRole).toString());
    shown.decisions.clear();
    for (int reviewer = 0; reviewer < m_reviewers.size(); ++reviewer) {
        const std::optional<ProjectCodings::Coding> coding = this->coding(row, reviewer);
        shown.decisions << (coding ? summary(coding->attribution, shown.codings.suggestion, coding->claim) : QString());
    }
    shown.final = finalSummary(shown.codings);
}

QString AdjudicationModel::finalSummary(const ProjectCodings::SentenceCodings &sentence)
{
    return summary(m_project->humanAttribution(sentence.sentenceId), sentence.suggestion,
        m_project->sentenceClaim(sentence.sentenceId));
}

Id AdjudicationModel::sentenceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).codings.sentenceId : 0;
}

std::optional<ProjectCodings::Coding> AdjudicationModel::coding(int row, int reviewer) const
{
    if (row < 0 || row >= m_rows.size() || reviewer < 0 || reviewer >= m_reviewers.size()) {
        return std::nullopt;
    }
    for (const ProjectCodings::Coding &coding : m_rows.at(row).codings.codings) {
        if (coding.reviewer == m_reviewers.at(reviewer)) {
            return coding;
        }
    }
    return std::nullopt;
}

bool AdjudicationModel::adopt(int row, int reviewer)
{
    const std::optional<ProjectCodings::Coding> chosen = coding(row, reviewer);
    if (!chosen) {
        return false;
    }
    const Id sentenceId = m_rows.at(row).codings.sentenceId;
    m_project->adoptCoding(sentenceId, *chosen); // the final column follows through sentenceChanged()
    return true;
}

int AdjudicationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AdjudicationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reviewers.size()) + 2;
}

QVariant AdjudicationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SentenceIdRole)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    if (role == SentenceIdRole) {
        return QVariant::fromValue(row.codings.sentenceId);
    }
    if (index.column() == 0) {
        return row.sentence;
    }
    if (index.column() == columnCount() - 1) {
        return row.final;
    }
    const QString &decision = row.decisions.at(index.column() - 1);
    if (decision.isEmpty()) {
        return role == Qt::ToolTipRole ? tr("%1 did not code this sentence.").arg(m_reviewers.at(index.column() - 1))
                                       : QStringLiteral("—");
    }
    return decision;
}

QVariant AdjudicationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section == 0) {
        return tr("Sentence");
    }
    if (section == columnCount() - 1) {
        return tr("Final");
    }
    return m_reviewers.at(section - 1);
}

QString AdjudicationModel::summary(const std::optional<AttributionRecord> &attribution,
    const std::optional<AttributionRecord> &suggestion, const std::optional<ClaimRecord> &claim)
{
    QString source = DisplayNames::attribution(
        attribution ? attribution : suggestion, [this](Id sourceId) { return sourceName(sourceId); });
    if (!attribution) {
        source += QLatin1Char(' ') + tr("[suggested]");
    }
    QStringList parts {source};
    if (claim) {
        parts << DisplayNames::verdict(claim->verdict) << DisplayNames::claimType(claim->type);
        QStringList tags;
        for (const Id tag : claim->tagIds) {
            tags << QLatin1Char('#') + m_tagNames.value(tag);
        }
        if (!tags.isEmpty()) {
            parts << tags.join(QLatin1Char(' '));
        }
    } else {
        parts << tr("no claim");
    }
    return parts.join(QStringLiteral(" · "));
}

QString AdjudicationModel::sourceName(Id sourceId)
{
    const auto known = m_sourceNames.constFind(sourceId);
    if (known != m_sourceNames.cend()) {
        return *known;
    }
    const std::optional<SourceRecord> source = m_project->store().sources().source(sourceId);
    const QString name = source ? source->name : QString::number(sourceId);
    m_sourceNames.insert(sourceId, name);
    return name;
}

} // namespace Sourcelight
