#pragma once

#include <QWidget>

class QLabel;

namespace Sourcelight {

/// The attribution side panel: for the current sentence, its source, via chain, cue, suggestion and review.
class AttributionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributionPanel)

public:
    explicit AttributionPanel(QWidget *parent = nullptr);
    ~AttributionPanel() override;

private:
    QLabel *m_emptyLabel;
};

} // namespace Sourcelight
