#pragma once

#include <QDockWidget>

class QLineEdit;
class QTreeView;

namespace Sourcelight {

/// The Library dock: the project's documents, with a search field over their text.
class LibraryDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryDock)

public:
    explicit LibraryDock(QWidget *parent = nullptr);
    ~LibraryDock() override;

    QTreeView *view() const;
    QLineEdit *searchField() const;

private:
    void retranslateUi();

    QLineEdit *m_search;
    QTreeView *m_view;
};

} // namespace Sourcelight
