#pragma once

#include <QDialog>

class QLineEdit;

namespace Sourcelight {

/// "Import from URL": asks the address of the web page to import (the address bar of the analyst's browser).
class ImportUrlDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportUrlDialog)

public:
    explicit ImportUrlDialog(const QString &address = {}, QWidget *parent = nullptr);
    ~ImportUrlDialog() override;

    QString address() const;

private:
    QLineEdit *m_address;
};

} // namespace Sourcelight
