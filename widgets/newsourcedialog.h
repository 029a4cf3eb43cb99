#pragma once

#include "storetypes.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace Sourcelight {

/// "New source…": asks a new source's name, kind and affiliation (an existing source it belongs to).
class NewSourceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewSourceDialog)

public:
    /// affiliations: the sources offered as parent.
    NewSourceDialog(const QList<SourceRecord> &affiliations, const QString &name, QWidget *parent = nullptr);
    ~NewSourceDialog() override;

    QString name() const;
    SourceKind kind() const;
    std::optional<Id> affiliation() const;

private:
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_affiliation;
};

} // namespace Sourcelight
