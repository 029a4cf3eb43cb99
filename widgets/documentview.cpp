#include "documentview.h"

namespace Sourcelight {

DocumentView::DocumentView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("documentView"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setAccessibleName(tr("Article text"));
    setPlaceholderText(tr("No article is open. Import one from the File menu or pick one in the Library."));
}

DocumentView::~DocumentView() = default;

} // namespace Sourcelight
