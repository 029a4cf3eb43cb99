#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Sourcelight {

/// Settings → Sourcelight: the interface language, the reviewer's name (history, claims) and the reviewing
/// organisation (the author of ClaimReview exports).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    struct Values
    {
        QString language;   ///< empty: follow the system
        QString appearance; ///< "system", "light" or "dark"
        QString reviewer;
        QString organisation;
        QString organisationUrl;
    };

    /// languages: (code, native name) pairs offered besides "System default".
    explicit SettingsDialog(const QList<std::pair<QString, QString>> &languages, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setValues(const Values &values);
    Values values() const;

private:
    void retranslateUi();

    QFormLayout *m_form;
    QComboBox *m_language;
    QComboBox *m_appearance;
    QLabel *m_appearanceLabel;
    QLineEdit *m_reviewer;
    QLineEdit *m_organisation;
    QLineEdit *m_organisationUrl;
    QLabel *m_languageLabel;
    QLabel *m_reviewerLabel;
    QLabel *m_organisationLabel;
    QLabel *m_organisationUrlLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace Sourcelight
