#include "suggestionqualitydialog.h"

#include "displaynames.h"
#include "suggestionscore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sourcelight {

namespace {

enum Column { Name, Reviewed, Kept, Rate, OtherSource, Missed, FalseAlarm, ColumnCount };

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 0) + QStringLiteral(" %");
}

void addRow(QTreeWidgetItem *group, const QString &name, const SuggestionTally &tally)
{
    auto *item = new QTreeWidgetItem(group);
    item->setText(Name, name);
    const QLocale locale;
    const int counts[] = {tally.reviewed, tally.accepted, 0, tally.wrongSource, tally.missed, tally.falseAlarm};
    for (int column = Reviewed; column < ColumnCount; ++column) {
        if (column != Rate) {
            item->setText(column, locale.toString(counts[column - Reviewed]));
        }
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    item->setText(Rate, percent(tally.acceptanceRate()));
}

QString sourceKindName(const QString &key)
{
    if (const std::optional<SourceKind> kind = sourceKindFromString(key)) {
        return DisplayNames::sourceKind(*kind);
    }
    return SuggestionQualityDialog::cueClassName(QStringLiteral("none"));
}

} // namespace

SuggestionQualityDialog::SuggestionQualityDialog(const SuggestionScore &score, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("suggestionQualityDialog"));
    setWindowTitle(tr("How Good Were the Suggestions?"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("suggestionQualitySummary"));
    m_summary->setWordWrap(true);
    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("suggestionQualityTable"));
    m_table->setAccessibleName(tr("Suggestions kept, by cue and by source kind"));
    m_table->setHeaderLabels({tr("Suggestion"), tr("Reviewed"), tr("Kept"), tr("Kept share"), tr("Other source"),
        tr("Source missed"), tr("Source where none")});
    m_table->headerItem()->setToolTip(OtherSource, tr("The analyst chose another source"));
    m_table->headerItem()->setToolTip(Missed, tr("The suggestion saw the article's own voice; the analyst a source"));
    m_table->headerItem()->setToolTip(
        FalseAlarm, tr("The suggestion named a source; the analyst saw the article's own voice"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    fill(score);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 420);
}

SuggestionQualityDialog::~SuggestionQualityDialog() = default;

QString SuggestionQualityDialog::cueClassName(const QString &key)
{
    if (key == QLatin1String("speech")) {
        return tr("Speech verbs (said, told)");
    }
    if (key == QLatin1String("stance")) {
        return tr("Stance verbs (criticised, denied)");
    }
    if (key == QLatin1String("belief")) {
        return tr("Belief verbs (believe, expect)");
    }
    if (key == QLatin1String("evidence")) {
        return tr("Evidence verbs (records show)");
    }
    if (key == QLatin1String("phrase")) {
        return tr("Phrases (according to)");
    }
    if (key == QLatin1String("noun")) {
        return tr("Attribution nouns (in a statement, his claim that)");
    }
    if (key == QLatin1String("punct")) {
        return tr("A colon introducing a quotation");
    }
    if (key == QLatin1String("carried")) {
        return tr("Carried from an earlier sentence");
    }
    if (key == QLatin1String("backward")) {
        return tr("Attributed by a later sentence");
    }
    return tr("The article's own voice");
}

void SuggestionQualityDialog::fill(const SuggestionScore &score)
{
    const SuggestionTally &total = score.total();
    if (total.reviewed == 0) {
        m_summary->setText(tr("No sentence has been reviewed yet. Accept or correct suggestions in the review; "
                              "every sentence you decide counts here."));
    } else {
        m_summary->setText(
            tr("%n reviewed sentence(s): the suggested source was kept in %1 of them.", nullptr, total.reviewed)
                .arg(percent(total.acceptanceRate())));
    }
    const auto addGroup = [this](const QString &title) {
        auto *group = new QTreeWidgetItem(m_table, {title});
        QFont bold = group->font(Name);
        bold.setBold(true);
        group->setFont(Name, bold);
        group->setFirstColumnSpanned(true);
        return group;
    };
    auto *all = addGroup(tr("All reviewed sentences"));
    addRow(all, tr("Every suggestion"), total);
    auto *byCue = addGroup(tr("By the suggestion's cue"));
    for (auto it = score.byCueClass().cbegin(); it != score.byCueClass().cend(); ++it) {
        addRow(byCue, cueClassName(it.key()), it.value());
    }
    auto *byKind = addGroup(tr("By the kind of source suggested"));
    for (auto it = score.bySourceKind().cbegin(); it != score.bySourceKind().cend(); ++it) {
        addRow(byKind, sourceKindName(it.key()), it.value());
    }
    m_table->expandAll();
    // Every column as wide as its header or figures, so all six counts show without scrolling.
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace Sourcelight
