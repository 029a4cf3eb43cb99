#include "exportdialog.h"

#include "claimvocabulary.h"
#include "syntaxrepository.h"
#include "uilogging.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QtConcurrentRun>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace Sourcelight {

namespace {

/// A browser for the HTML preview that fetches nothing: no files, no network, no links followed.
class SealedBrowser final : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int, const QUrl &) override { return {}; }
};

QString definitionFor(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Markdown:
        return QStringLiteral("Markdown");
    case ReportFormat::Json:
    case ReportFormat::WebAnnotation:
    case ReportFormat::ClaimReview:
        return QStringLiteral("JSON");
    case ReportFormat::Csv:
        return QStringLiteral("CSV");
    case ReportFormat::Qdpx:
        return QStringLiteral("XML");
    default:
        return {};
    }
}

} // namespace

ExportDialog::ExportDialog(const Context &context, PreviewFunction preview, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_preview(std::move(preview))
{
    setWindowTitle(tr("Export"));
    setAccessibleName(tr("Export"));

    // Built in this order, which is also the keyboard focus order.
    m_format = new QComboBox(this);
    for (const ReportFormat format : allReportFormats()) {
        m_format->addItem(reportFormatDisplayName(format), int(format));
    }
    m_format->setAccessibleName(tr("Format"));

    QWidget *scopeBox = buildScopeBox();
    QWidget *filterBox = buildFilterBox();
    QWidget *optionBox = buildOptionBox();

    auto *settings = new QWidget(this);
    auto *settingsLayout = new QVBoxLayout(settings);
    settingsLayout->setContentsMargins(0, 0, 0, 0);
    auto *formatRow = new QFormLayout;
    formatRow->addRow(tr("F&ormat:"), m_format);
    settingsLayout->addLayout(formatRow);
    settingsLayout->addWidget(scopeBox);
    settingsLayout->addWidget(filterBox);
    settingsLayout->addWidget(optionBox);
    settingsLayout->addStretch();

    buildPreview();
    buildLayout(settings);
    connectPreview();
    connectEdits();
    connectExport();

    m_output->setText(QDir::home().filePath(suggestedFileName()));
    updateControls();
    schedulePreview();
}

QGroupBox *ExportDialog::buildScopeBox()
{
    auto *scopeBox = new QGroupBox(tr("Documents"), this);
    m_current = new QRadioButton(tr("&Current document"), scopeBox);
    m_selected
        = new QRadioButton(tr("&Selected documents (%n)", nullptr, int(m_context.selectedDocuments.size())), scopeBox);
    m_project = new QRadioButton(tr("&Whole project"), scopeBox);
    m_scope = new QButtonGroup(this);
    m_scope->addButton(m_current);
    m_scope->addButton(m_selected);
    m_scope->addButton(m_project);
    m_current->setEnabled(m_context.currentDocument.has_value());
    m_selected->setEnabled(!m_context.selectedDocuments.isEmpty());
    (m_context.currentDocument ? m_current : m_project)->setChecked(true);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_current);
    scopeLayout->addWidget(m_selected);
    scopeLayout->addWidget(m_project);
    return scopeBox;
}

QGroupBox *ExportDialog::buildFilterBox()
{
    auto *filterBox = new QGroupBox(tr("Claims", "claim: a reviewed statement"), this);
    m_onlyVerified = new QCheckBox(tr("Only &verified claims", "claim: a reviewed statement"), filterBox);
    m_onlyAnonymous
        = new QCheckBox(tr("Only claims resting on &anonymous sources", "claim: a reviewed statement"), filterBox);
    m_source = new QComboBox(filterBox);
    m_source->setAccessibleName(tr("Source", "source: who a claim comes from"));
    m_source->addItem(tr("Any source", "source: who a claim comes from"));
    for (const auto &[id, name] : m_context.sources) {
        m_source->addItem(name, id);
    }
    m_verdict = new QComboBox(filterBox);
    m_verdict->setAccessibleName(tr("Verdict"));
    m_verdict->addItem(tr("Any verdict"));
    for (const ClaimVocabulary::VerdictEntry &e : ClaimVocabulary::verdicts()) {
        m_verdict->addItem(toString(e.verdict), int(e.verdict));
    }
    m_claimType = new QComboBox(filterBox);
    m_claimType->setAccessibleName(tr("Claim type", "claim: a reviewed statement"));
    m_claimType->addItem(tr("Any type"));
    for (const ClaimVocabulary::ClaimTypeEntry &e : ClaimVocabulary::claimTypes()) {
        m_claimType->addItem(toString(e.type), int(e.type));
    }
    auto *filterLayout = new QFormLayout(filterBox);
    filterLayout->addRow(m_onlyVerified);
    filterLayout->addRow(m_onlyAnonymous);
    filterLayout->addRow(tr("S&ource:", "source: who a claim comes from"), m_source);
    filterLayout->addRow(tr("V&erdict:"), m_verdict);
    filterLayout->addRow(tr("&Type:"), m_claimType);
    return filterBox;
}

QGroupBox *ExportDialog::buildOptionBox()
{
    auto *optionBox = new QGroupBox(tr("Options"), this);
    m_pageSize = new QComboBox(optionBox);
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    m_pageSize->setAccessibleName(tr("Page size"));
    m_bom = new QCheckBox(tr("Byte order mark (for spreadsheet programs)"), optionBox);
    m_rawCsv = new QCheckBox(tr("Keep cells that look like formulas as they are"), optionBox);
    m_rawCsv->setToolTip(tr("By default a cell that begins with =, +, - or @ gets a leading apostrophe, so that a "
                            "spreadsheet shows it as text instead of running it as a formula."));
    m_codings = new QCheckBox(tr("Every reviewer's own &decisions too"), optionBox);
    m_codings->setObjectName(QStringLiteral("exportCodings"));
    m_codings->setToolTip(tr("Besides the final decisions, each reviewer's own attributions and claims, as far as "
                             "the server lets you read them (CSV and JSON)."));
    m_codings->setVisible(m_context.independentReview);
    m_output = new QLineEdit(optionBox);
    m_output->setAccessibleName(tr("File"));
    auto *browseButton = new QPushButton(tr("&Browse…"), optionBox);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output);
    outputRow->addWidget(browseButton);
    auto *optionLayout = new QFormLayout(optionBox);
    optionLayout->addRow(tr("Page si&ze:"), m_pageSize);
    optionLayout->addRow(m_bom);
    optionLayout->addRow(m_rawCsv);
    optionLayout->addRow(m_codings);
    optionLayout->addRow(tr("&File:"), outputRow);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    return optionBox;
}

void ExportDialog::buildPreview()
{
    m_browser = new SealedBrowser(this);
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setAccessibleName(tr("Preview"));
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setAccessibleName(tr("Preview"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_text->document());
    m_highlighter->setTheme(SyntaxRepository::instance().themeForPalette(palette()));
    m_previewStack = new QStackedWidget(this);
    m_previewStack->addWidget(m_browser);
    m_previewStack->addWidget(m_text);
}

void ExportDialog::buildLayout(QWidget *settings)
{
    auto *splitter = new QSplitter(this);
    splitter->addWidget(settings);
    splitter->addWidget(m_previewStack);
    splitter->setStretchFactor(1, 1);

    m_status = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(1000, 680);
}

void ExportDialog::connectPreview()
{
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150); // coalesce a burst of changes into one preview
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::runPreview);
    connect(&m_previewWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        showPreview(m_previewWatcher.result());
        if (m_previewPending) {
            m_previewPending = false;
            runPreview();
        }
    });
}

void ExportDialog::connectEdits()
{
    const auto changed = [this] {
        updateControls();
        schedulePreview();
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, [this, changed] {
        // Keep the file name's suffix in step with the format.
        const QFileInfo info(m_output->text());
        if (!m_output->text().isEmpty()) {
            m_output->setText(
                QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('.') + reportFormatSuffix(format())));
        }
        changed();
    });
    connect(m_scope, &QButtonGroup::buttonToggled, this, [changed](QAbstractButton *, bool on) {
        if (on) {
            changed();
        }
    });
    for (QCheckBox *box : {m_onlyVerified, m_onlyAnonymous, m_bom, m_rawCsv, m_codings}) {
        connect(box, &QCheckBox::toggled, this, changed);
    }
    for (QComboBox *box : {m_source, m_verdict, m_claimType, m_pageSize}) {
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    }
}

void ExportDialog::connectExport()
{
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_exporter.isRunning()) {
            m_exporter.cancel();
        } else {
            reject();
        }
    });
    connect(&m_exporter, &ReportExporter::progressChanged, m_progress, &QProgressBar::setValue);
    connect(&m_exporter, &ReportExporter::finished, this, [this](bool ok, const QString &message) {
        m_progress->setVisible(false);
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
        updateControls();
        const QString path = outputPath();
        m_status->setText(ok ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path)) : message);
        Q_EMIT exportFinished(ok, ok ? path : message);
        if (ok) {
            accept();
        }
    });
}

ExportDialog::~ExportDialog()
{
    m_previewWatcher.waitForFinished();
}

QString ExportDialog::suggestedFileName() const
{
    const QString base = m_context.projectPath.isEmpty() ? QStringLiteral("report")
                                                         : QFileInfo(m_context.projectPath).completeBaseName();
    return base + QStringLiteral("-report.") + reportFormatSuffix(format());
}

ReportFormat ExportDialog::format() const
{
    return ReportFormat(m_format->currentData().toInt());
}

void ExportDialog::setFormat(ReportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

ReportRequest ExportDialog::request() const
{
    ReportRequest request;
    if (m_current->isChecked() && m_context.currentDocument) {
        request.scope.documentIds = {*m_context.currentDocument};
    } else if (m_selected->isChecked()) {
        request.scope.documentIds = m_context.selectedDocuments;
    } else if (format() == ReportFormat::Json) {
        request.scope.includeSuperseded = true; // a whole-project JSON export is a complete backup
    }
    request.filter.onlyVerified = m_onlyVerified->isChecked();
    if (m_onlyAnonymous->isChecked()) {
        request.filter.anonymous = true;
    }
    if (m_source->currentIndex() > 0) {
        request.filter.sourceId = m_source->currentData().toLongLong();
    }
    if (m_verdict->currentIndex() > 0) {
        request.filter.verdict = Verdict(m_verdict->currentData().toInt());
    }
    if (m_claimType->currentIndex() > 0) {
        request.filter.type = ClaimType(m_claimType->currentData().toInt());
    }
    request.codings = m_codings->isEnabled() && m_codings->isChecked();
    return request;
}

ReportOptions ExportDialog::options() const
{
    ReportOptions options;
    options.organisation = m_context.organisation;
    options.organisationUrl = m_context.organisationUrl;
    options.creator = m_context.reviewer;
    options.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    options.csvByteOrderMark = m_bom->isChecked();
    options.csvRaw = m_rawCsv->isChecked();
    return options;
}

QString ExportDialog::outputPath() const
{
    return m_output->text().trimmed();
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_output->setText(path);
}

bool ExportDialog::isExporting() const
{
    return m_exporter.isRunning();
}

void ExportDialog::updateControls()
{
    const ReportFormat f = format();
    m_pageSize->setEnabled(f == ReportFormat::Pdf);
    m_bom->setEnabled(f == ReportFormat::Csv);
    m_rawCsv->setEnabled(f == ReportFormat::Csv);
    m_codings->setEnabled(f == ReportFormat::Csv || f == ReportFormat::Json);
    const bool busy = m_exporter.isRunning();
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            button->setEnabled(!busy);
        }
    }
}

void ExportDialog::browse()
{
    const ReportFormat f = format();
    const QString filter
        = reportFormatDisplayName(f) + QStringLiteral(" (*.") + reportFormatSuffix(f) + QLatin1Char(')');
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), outputPath(), filter);
    if (!path.isEmpty()) {
        m_output->setText(path);
    }
}

void ExportDialog::schedulePreview()
{
    m_previewText.clear();
    m_status->setText(tr("Making the preview…"));
    m_previewTimer->start();
}

void ExportDialog::runPreview()
{
    if (!m_preview) {
        return;
    }
    if (m_previewWatcher.isRunning()) {
        m_previewPending = true; // run again with the newest settings when this one is done
        return;
    }
    ReportOptions previewOptions = options();
    previewOptions.indentJson = true; // a preview is read by a person
    m_previewWatcher.setFuture(QtConcurrent::run(
        [preview = m_preview, f = format(), r = request(), o = previewOptions] { return preview(f, r, o); }));
}

void ExportDialog::showPreview(const QString &text)
{
    if (m_previewPending) {
        return; // outdated
    }
    m_previewText = text;
    const ReportFormat f = format();
    if (f == ReportFormat::Html || f == ReportFormat::Pdf) {
        m_browser->setHtml(text);
        m_previewStack->setCurrentWidget(m_browser);
    } else {
        const KSyntaxHighlighting::Definition definition
            = SyntaxRepository::instance().definitionForName(definitionFor(f));
        if (!definition.isValid()) {
            qCDebug(lcUi) << "no syntax definition" << definitionFor(f) << "installed; the preview is plain text";
        }
        m_highlighter->setDefinition(definition); // an invalid definition (no CSV one installed) shows plain text
        m_text->setPlainText(text);
        m_previewStack->setCurrentWidget(m_text);
    }
    m_status->setText(tr("Preview of the first documents; the export contains all of them."));
    Q_EMIT previewReady();
}

void ExportDialog::startExport()
{
    if (m_exporter.isRunning()) {
        return;
    }
    if (outputPath().isEmpty()) {
        m_status->setText(tr("Choose a file to export to."));
        return;
    }
    // Said here, before any work; ReportExporter refuses it again on its own.
    if (const QString conflict = ReportExporter::outputConflict(m_context.projectPath, outputPath());
        !conflict.isEmpty()) {
        m_status->setText(conflict);
        Q_EMIT exportFinished(false, conflict);
        return;
    }
    ReportExporter::Job job;
    job.projectPath = m_context.projectPath;
    job.request = request();
    job.format = format();
    job.options = options();
    job.outputPath = outputPath();
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("Exporting…"));
    m_exporter.start(job);
    updateControls();
}

} // namespace Sourcelight
