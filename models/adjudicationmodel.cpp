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
    if (codings) {
        for (const ProjectCodings::SentenceCodings &sentence : std::as_const(*codings)) {
            for (const ProjectCodings::Coding &coding : sentence.codings) {
                if (!m_reviewers.contains(coding.reviewer)) {
                    m_reviewers.append(coding.reviewer);
                }
            }
            if (sentence.disagree) {
                m_rows.append(sentence);
            }
        }
        m_reviewers.sort();
    }
    for (const TagRecord &tag : tags.value_or(QList<TagRecord> {})) {
        m_tagNames.insert(tag.id, tag.name);
    }
    endResetModel();
    return codings.has_value();
}

Id AdjudicationModel::sentenceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).sentenceId : 0;
}

std::optional<ProjectCodings::Coding> AdjudicationModel::coding(int row, int reviewer) const
{
    if (row < 0 || row >= m_rows.size() || reviewer < 0 || reviewer >= m_reviewers.size()) {
        return std::nullopt;
    }
    for (const ProjectCodings::Coding &coding : m_rows.at(row).codings) {
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
    m_project->adoptCoding(m_rows.at(row).sentenceId, *chosen);
    const int last = columnCount() - 1;
    Q_EMIT dataChanged(index(row, last), index(row, last));
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
    const ProjectCodings::SentenceCodings &row = m_rows.at(index.row());
    if (role == SentenceIdRole) {
        return QVariant::fromValue(row.sentenceId);
    }
    if (index.column() == 0) {
        SentenceModel *sentences = m_project->sentences();
        const QString text
            = sentences->index(sentences->rowForSentence(row.sentenceId), 0).data(Qt::DisplayRole).toString();
        return QStringLiteral("%1. %2").arg(row.ordinal + 1).arg(text);
    }
    if (index.column() == columnCount() - 1) {
        return summary(
            m_project->humanAttribution(row.sentenceId), m_project->sentenceClaim(row.sentenceId), row.sentenceId);
    }
    const std::optional<ProjectCodings::Coding> coding = this->coding(index.row(), index.column() - 1);
    if (!coding) {
        return role == Qt::ToolTipRole ? tr("%1 did not code this sentence.").arg(m_reviewers.at(index.column() - 1))
                                       : QStringLiteral("—");
    }
    return summary(coding->attribution, coding->claim, row.sentenceId);
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

QString AdjudicationModel::summary(
    const std::optional<AttributionRecord> &attribution, const std::optional<ClaimRecord> &claim, Id sentenceId) const
{
    std::optional<AttributionRecord> standing = attribution;
    QString source;
    if (!standing) {
        standing = m_project->suggestedAttribution(sentenceId);
    }
    if (standing && !standing->hops.isEmpty()) {
        source = sourceName(standing->hops.first().sourceId);
        QStringList profile;
        if (standing->hops.first().anonymous) {
            profile << tr("anonymous");
        }
        if (standing->quote != QuoteType::None) {
            profile << DisplayNames::quoteType(standing->quote);
        }
        if (!profile.isEmpty()) {
            source += QStringLiteral(" (%1)").arg(profile.join(QStringLiteral(", ")));
        }
    } else {
        source = tr("article's own voice");
    }
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

QString AdjudicationModel::sourceName(Id sourceId) const
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
