#pragma once

#include <QDialog>

namespace Sourcelight {

/// Help → About: the application's version and the Qt and KDE Frameworks versions it runs on.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    /// The version lines shown, also used by tests.
    static QString versionText();
};

} // namespace Sourcelight
