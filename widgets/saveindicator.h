#pragma once

#include "project.h"

#include <QLabel>
#include <QPointer>

namespace Sourcelight {

/// The status bar's word on whether the edits are on disk: "Saving…" from the moment an edit is committed (and
/// shown) until its flush to disk returns, then "Saved"; "Not saved" when the disk refused (the tooltip says why).
/// Empty while no project is open.
class SaveIndicator final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveIndicator)

public:
    explicit SaveIndicator(Project *project, QWidget *parent = nullptr);
    ~SaveIndicator() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showState();

    QPointer<Project> m_project;
};

} // namespace Sourcelight
