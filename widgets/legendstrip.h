#pragma once

#include <QList>
#include <QTextCharFormat>
#include <QWidget>

class QToolButton;

namespace Sourcelight {

/// The strip above the document pane that says what its marks mean: the tint (the source's colour, solid when a
/// reviewer confirmed it, lighter when suggested), the dashed frame (an anonymous source), the underline (the
/// claim's verdict, one style per verdict) and the outline (the current sentence). Each mark is drawn as the pane
/// draws it, beside its name; the items wrap onto a second line in a narrow window.
class LegendStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LegendStrip)

public:
    explicit LegendStrip(QWidget *parent = nullptr);
    ~LegendStrip() override;

    /// The names of the marks, in the order shown (for tests and screen readers).
    QStringList itemTexts() const;

    /// The height the strip needs at a width (it wraps); the strip keeps itself at that height as it is resized.
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The user closed the strip with its button.
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Item
    {
        QString sample;         ///< text drawn with the mark; empty for a caption only
        QTextCharFormat format; ///< the sample's tint or underline
        bool dashedFrame = false;
        bool outline = false;
        QString label;           ///< what the mark means
        bool groupStart = false; ///< starts a group: more space before it
    };

    void rebuild();
    /// Lays the items out in rows of width; returns each item's rectangle and, through height, the total height.
    QList<QRect> layoutItems(int width, int *height) const;
    int sampleWidth(const Item &item) const;
    int itemWidth(const Item &item) const;
    int lineHeight() const;

    QList<Item> m_items;
    QToolButton *m_close;
};

} // namespace Sourcelight
