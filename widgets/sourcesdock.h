#pragma once

#include <QDockWidget>

class QTreeView;

namespace Sourcelight {

/// The Sources dock: every source of the project, grouped by kind, with claim counts and colours.
class SourcesDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesDock)

public:
    explicit SourcesDock(QWidget *parent = nullptr);
    ~SourcesDock() override;

    QTreeView *view() const;

private:
    void retranslateUi();

    QTreeView *m_view;
};

} // namespace Sourcelight
