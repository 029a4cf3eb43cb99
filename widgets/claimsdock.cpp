#include "claimsdock.h"

#include "claimvocabulary.h"
#include "displaynames.h"
#include "languagechange.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Sourcelight {

ClaimsDock::ClaimsDock(QWidget *parent)
    : QDockWidget(parent)
{
    setObjectName(QStringLiteral("claimsDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit(content);
    m_filter->setObjectName(QStringLiteral("claimsFilter"));
    m_filter->setClearButtonEnabled(true);
    const auto combo = [content](const QString &name) {
        auto *c = new QComboBox(content);
        c->setObjectName(name);
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return c;
    };
    m_verdict = combo(QStringLiteral("claimsVerdictFilter"));
    m_verdict->addItem(QString(), -1);
    for (const ClaimVocabulary::VerdictEntry &e : ClaimVocabulary::verdicts()) {
        m_verdict->addItem(QString(), int(e.verdict));
    }
    m_type = combo(QStringLiteral("claimsTypeFilter"));
    m_type->addItem(QString(), -1);
    for (const ClaimVocabulary::ClaimTypeEntry &e : ClaimVocabulary::claimTypes()) {
        m_type->addItem(QString(), int(e.type));
    }
    m_kind = combo(QStringLiteral("claimsKindFilter"));
    m_kind->addItem(QString(), -1);
    for (const SourceKind k : {SourceKind::Person, SourceKind::Anonymous, SourceKind::Outlet, SourceKind::OfficialBody,
             SourceKind::Document, SourceKind::Author}) {
        m_kind->addItem(QString(), int(k));
    }
    m_anonymous = combo(QStringLiteral("claimsAnonymousFilter"));
    m_anonymous->addItem(QString(), -1);
    m_anonymous->addItem(QString(), 1);
    m_anonymous->addItem(QString(), 0);
    m_reviewer = combo(QStringLiteral("claimsReviewerFilter"));
    m_reviewer->addItem(QString(), QString());
    bar->addWidget(m_filter, 1);
    for (QComboBox *c : {m_verdict, m_type, m_kind, m_anonymous, m_reviewer}) {
        bar->addWidget(c);
        connect(c, &QComboBox::activated, this, [this] { Q_EMIT queryChanged(query()); });
    }
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, [this] { Q_EMIT queryChanged(query()); });
    connect(m_filter, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));

    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("claimsView"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    layout->addLayout(bar);
    layout->addWidget(m_view);
    setWidget(content);
    translateAndFollowLanguage(this, this, [this] { retranslateUi(); });
}

ClaimsDock::~ClaimsDock() = default;

QTableView *ClaimsDock::view() const
{
    return m_view;
}

QLineEdit *ClaimsDock::filterField() const
{
    return m_filter;
}

ClaimQuery ClaimsDock::query() const
{
    ClaimQuery q;
    q.filter.text = m_filter->text().trimmed();
    q.filter.sourceId = m_source;
    if (const int v = m_verdict->currentData().toInt(); v >= 0) {
        q.filter.verdict = static_cast<Verdict>(v);
    }
    if (const int t = m_type->currentData().toInt(); t >= 0) {
        q.filter.type = static_cast<ClaimType>(t);
    }
    if (const int k = m_kind->currentData().toInt(); k >= 0) {
        q.filter.sourceKind = static_cast<SourceKind>(k);
    }
    if (const int a = m_anonymous->currentData().toInt(); a >= 0) {
        q.filter.anonymous = a == 1;
    }
    q.filter.reviewer = m_reviewer->currentData().toString();
    return q;
}

void ClaimsDock::setSourceFilter(std::optional<Id> sourceId)
{
    if (m_source != sourceId) {
        m_source = sourceId;
        Q_EMIT queryChanged(query());
    }
}

void ClaimsDock::setReviewers(const QStringList &names)
{
    const QString current = m_reviewer->currentData().toString();
    while (m_reviewer->count() > 1) {
        m_reviewer->removeItem(1);
    }
    for (const QString &name : names) {
        m_reviewer->addItem(name, name);
    }
    m_reviewer->setCurrentIndex(std::max(0, m_reviewer->findData(current)));
}

void ClaimsDock::retranslateUi()
{
    setWindowTitle(tr("Claims", "reviewed statements"));
    m_filter->setPlaceholderText(tr("Filter claims by text or note…"));
    m_filter->setAccessibleName(tr("Filter claims"));
    m_view->setAccessibleName(tr("Claims", "reviewed statements"));
    m_verdict->setItemText(0, tr("Any verdict"));
    for (int i = 1; i < m_verdict->count(); ++i) {
        m_verdict->setItemText(i, DisplayNames::verdict(static_cast<Verdict>(m_verdict->itemData(i).toInt())));
    }
    m_verdict->setAccessibleName(tr("Filter by verdict"));
    m_type->setItemText(0, tr("Any type", "claim type"));
    for (int i = 1; i < m_type->count(); ++i) {
        m_type->setItemText(i, DisplayNames::claimType(static_cast<ClaimType>(m_type->itemData(i).toInt())));
    }
    m_type->setAccessibleName(tr("Filter by claim type"));
    m_kind->setItemText(0, tr("Any kind of source", "who a claim comes from"));
    for (int i = 1; i < m_kind->count(); ++i) {
        m_kind->setItemText(i, DisplayNames::sourceKind(static_cast<SourceKind>(m_kind->itemData(i).toInt())));
    }
    m_kind->setAccessibleName(tr("Filter by kind of source", "who a claim comes from"));
    m_anonymous->setItemText(0, tr("Named or anonymous"));
    m_anonymous->setItemText(1, tr("Anonymous sources only"));
    m_anonymous->setItemText(2, tr("Named sources only"));
    m_anonymous->setAccessibleName(tr("Filter by anonymity"));
    m_reviewer->setItemText(0, tr("Any reviewer"));
    m_reviewer->setAccessibleName(tr("Filter by reviewer"));
}

} // namespace Sourcelight
