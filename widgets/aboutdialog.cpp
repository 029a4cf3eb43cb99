#include "aboutdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

#include <ksyntaxhighlighting_version.h>

namespace Sourcelight {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Sourcelight"));
    auto *layout = new QVBoxLayout(this);
    auto *title
        = new QLabel(QStringLiteral("<h2>Sourcelight %1</h2>").arg(QCoreApplication::applicationVersion()), this);
    auto *blurb = new QLabel(tr("Source-attributed claim review: who said what, through whom."), this);
    blurb->setWordWrap(true);
    auto *versions = new QLabel(versionText(), this);
    versions->setObjectName(QStringLiteral("aboutVersions"));
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(title);
    layout->addWidget(blurb);
    layout->addWidget(versions);
    layout->addWidget(buttons);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionText()
{
    return tr("Qt %1 (built with %2)\nKDE Frameworks SyntaxHighlighting %3")
        .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
            QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING));
}

} // namespace Sourcelight
