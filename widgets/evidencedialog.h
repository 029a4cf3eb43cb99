#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Sourcelight {

/// Asks for an evidence link: a web address and a short note. OK is refused, with a message in the dialog, while
/// the address is not an http or https address (evidence links are opened by others; javascript: or file: must
/// not be). An empty address closes the dialog as accepted with nothing to add.
class EvidenceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceDialog)

public:
    explicit EvidenceDialog(QWidget *parent = nullptr);
    ~EvidenceDialog() override;

    /// The address as it will be stored; empty when none was given.
    QString url() const;
    QString note() const;

    /// The web address text names, or an invalid QUrl when it is not an http(s) address.
    static QUrl webAddress(const QString &text);

    void accept() override;

private:
    QLineEdit *m_url = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Sourcelight
