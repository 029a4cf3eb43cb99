#pragma once

#include <QDockWidget>

class QLineEdit;
class QTableView;

namespace Sourcelight {

/// The Claims dock: every claim of the project in a table, with a filter field.
class ClaimsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimsDock)

public:
    explicit ClaimsDock(QWidget *parent = nullptr);
    ~ClaimsDock() override;

    QTableView *view() const;
    QLineEdit *filterField() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLineEdit *m_filter;
    QTableView *m_view;
};

} // namespace Sourcelight
