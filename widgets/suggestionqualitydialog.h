#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace Sourcelight {

class SuggestionScore;

/// Review → How good were the suggestions?: on the sentences an analyst has reviewed in the project, how often the
/// suggested source was kept — in total, by the class of the suggestion's cue and by the kind of source it named —
/// and how the others went wrong (another source, a source missed, a source where the article speaks itself).
class SuggestionQualityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestionQualityDialog)

public:
    explicit SuggestionQualityDialog(const SuggestionScore &score, QWidget *parent = nullptr);
    ~SuggestionQualityDialog() override;

    /// The translated name of a cue class key of SuggestionScore ("stance" → "Stance verbs (criticised, denied)").
    static QString cueClassName(const QString &key);

private:
    void fill(const SuggestionScore &score);

    QLabel *m_summary = nullptr;
    QTreeWidget *m_table = nullptr;
};

} // namespace Sourcelight
