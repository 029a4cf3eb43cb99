#include "adjudicationdialog.h"

#include "adjudicationmodel.h"
#include "project.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Sourcelight {

AdjudicationDialog::AdjudicationDialog(Project *project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_model(new AdjudicationModel(project, this))
{
    setObjectName(QStringLiteral("adjudicationDialog"));
    setWindowTitle(tr("Adjudicate Disagreements"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("adjudicationSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("adjudicationTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_table->installEventFilter(this);
    m_choices = new QHBoxLayout;
    layout->addLayout(m_choices);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *go = m_buttons->addButton(tr("&Go to Sentence"), QDialogButtonBox::ActionRole);
    go->setObjectName(QStringLiteral("goToSentenceButton"));
    connect(go, &QPushButton::clicked, this, [this] {
        const Id sentence = m_model->sentenceAt(m_table->currentIndex().row());
        if (sentence != 0) {
            Q_EMIT sentenceRequested(sentence);
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(960, 480);
    reload();
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AdjudicationDialog::updateButtons);
}

AdjudicationDialog::~AdjudicationDialog() = default;

void AdjudicationDialog::reload()
{
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0;
    m_model->reload();
    while (QLayoutItem *item = m_choices->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList reviewers = m_model->reviewers();
    for (int i = 0; i < reviewers.size(); ++i) {
        auto *use = new QPushButton(tr("Use %1's (%2)").arg(reviewers.at(i)).arg(i + 1), this);
        use->setObjectName(QStringLiteral("useCoding%1").arg(i + 1));
        connect(use, &QPushButton::clicked, this, [this, i] { adopt(i); });
        m_choices->addWidget(use);
    }
    m_choices->addStretch();
    m_summary->setText(m_model->rowCount() == 0
            ? tr("The reviewers agree on every sentence of this document they coded.")
            : tr("%n sentence(s) of this document where the reviewers disagree. Pick a row, then whose decision is to "
                 "be the final one.",
                  nullptr, m_model->rowCount()));
    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
    }
    m_table->resizeRowsToContents();
    updateButtons();
}

void AdjudicationDialog::adopt(int reviewer)
{
    const int row = m_table->currentIndex().row();
    if (!m_model->adopt(row, reviewer)) {
        return;
    }
    m_table->resizeRowToContents(row);
}

bool AdjudicationDialog::eventFilter(QObject *watched, QEvent *event)
{
    // 1, 2, …: the decision of the first, second, … reviewer. The table would take a digit as the start of a
    // keyboard search; it is not the table's to take.
    if (watched == m_table && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int reviewer = key->key() - Qt::Key_1;
        if (key->modifiers() == Qt::NoModifier && reviewer >= 0
            && reviewer < qMin(9, int(m_model->reviewers().size()))) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept(); // the key comes to the table (below), not to a shortcut elsewhere in the window
            } else {
                adopt(reviewer);
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AdjudicationDialog::updateButtons()
{
    const int row = m_table->currentIndex().row();
    for (int i = 0; i < m_model->reviewers().size(); ++i) {
        if (auto *use = findChild<QPushButton *>(QStringLiteral("useCoding%1").arg(i + 1))) {
            use->setEnabled(m_model->coding(row, i).has_value());
        }
    }
}

} // namespace Sourcelight
