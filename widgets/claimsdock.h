#pragma once

#include "projectqueries.h"

#include <QDockWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;

namespace Sourcelight {

/// The Claims dock: every claim of the project in a table, filtered by text, verdict, claim type, kind of source,
/// anonymity and reviewer (the source itself follows the Sources dock's selection). Double-click jumps to the
/// sentence.
class ClaimsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimsDock)

public:
    explicit ClaimsDock(QWidget *parent = nullptr);
    ~ClaimsDock() override;

    QTableView *view() const;
    QLineEdit *filterField() const;

    /// The filter as the controls set it (sourceId as last given to setSourceFilter).
    ClaimQuery query() const;
    void setSourceFilter(std::optional<Id> sourceId);
    /// Reviewer names offered in the reviewer filter.
    void setReviewers(const QStringList &names);

Q_SIGNALS:
    void queryChanged(const Sourcelight::ClaimQuery &query);

private:
    void retranslateUi();

    QLineEdit *m_filter;
    QComboBox *m_verdict;
    QComboBox *m_type;
    QComboBox *m_kind;
    QComboBox *m_anonymous;
    QComboBox *m_reviewer;
    QTableView *m_view;
    QTimer *m_typing;
    std::optional<Id> m_source;
};

} // namespace Sourcelight
