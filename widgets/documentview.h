#pragma once

#include <QPlainTextEdit>

namespace Sourcelight {

/// The central document pane: the article's text, read-only, one block per paragraph.
/// Built on QPlainTextEdit because its layout keeps highlighting linear in the number of paragraphs.
class DocumentView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentView)

public:
    explicit DocumentView(QWidget *parent = nullptr);
    ~DocumentView() override;
};

} // namespace Sourcelight
