#pragma once

#include "reportdata.h"
#include "reportexporter.h"
#include "reportformat.h"
#include "reportoptions.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QRadioButton;
class QStackedWidget;
class QTextBrowser;
class QTimer;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Sourcelight {

/// File → Export: format, scope (current document, selected documents, whole project), claim filters, a live
/// preview (HTML rendered in a browser that loads nothing; Markdown, JSON, CSV and XML highlighted with
/// KSyntaxHighlighting's own definitions in the palette's theme), then the export itself on a worker with progress
/// and cancel. The dialog runs no SQL: previews come from the function it is given, the export from
/// ReportExporter, which opens its own connection on the project file.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    /// What the dialog needs to know about the project and the window.
    struct Context
    {
        QString projectPath;
        std::optional<Id> currentDocument; ///< the document open in the window
        QList<Id> selectedDocuments;       ///< selected in the library
        QList<QPair<Id, QString>> sources; ///< for the "one source" filter: id, name
        QString organisation;              ///< settings "Review/organisation" (ClaimReview author)
        QString organisationUrl;           ///< settings "Review/organisationUrl"
        QString reviewer;                  ///< the current analyst (W3C creator)
        bool independentReview = false;    ///< a team project in independent mode: reviewers' codings exist
    };
    /// Builds the preview text for a format, request and options; called on a worker thread.
    using PreviewFunction = std::function<QString(ReportFormat, const ReportRequest &, const ReportOptions &)>;

    /// preview: e.g. ReportPreview::forProject(context.projectPath).
    ExportDialog(const Context &context, PreviewFunction preview, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ReportFormat format() const;
    void setFormat(ReportFormat format);
    ReportRequest request() const;
    ReportOptions options() const;
    QString outputPath() const;
    void setOutputPath(const QString &path);

    /// The text the preview shows now (empty while it is being made).
    QString previewText() const { return m_previewText; }
    /// Whether an export is being written.
    bool isExporting() const;

public Q_SLOTS:
    /// Writes the export to outputPath() on a worker; the dialog closes when it succeeds.
    void startExport();

Q_SIGNALS:
    /// The preview for the current settings is shown.
    void previewReady();
    /// An export finished: ok, and the file or the reason it failed.
    void exportFinished(bool ok, const QString &pathOrMessage);

private:
    // The constructor's steps.
    QGroupBox *buildScopeBox();
    QGroupBox *buildFilterBox();
    QGroupBox *buildOptionBox();
    void buildPreview();
    void buildLayout(QWidget *settings);
    void connectPreview();
    void connectEdits();
    void connectExport();

    void schedulePreview();
    void runPreview();
    void showPreview(const QString &text);
    void updateControls();
    void browse();
    QString suggestedFileName() const;

    Context m_context;
    PreviewFunction m_preview;
    QComboBox *m_format = nullptr;
    QRadioButton *m_current = nullptr;
    QRadioButton *m_selected = nullptr;
    QRadioButton *m_project = nullptr;
    QButtonGroup *m_scope = nullptr;
    QCheckBox *m_onlyVerified = nullptr;
    QCheckBox *m_onlyAnonymous = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_verdict = nullptr;
    QComboBox *m_claimType = nullptr;
    QComboBox *m_pageSize = nullptr;
    QCheckBox *m_bom = nullptr;
    QCheckBox *m_rawCsv = nullptr;
    QCheckBox *m_codings = nullptr; ///< every reviewer's own decisions too (CSV, JSON)
    QLineEdit *m_output = nullptr;
    QStackedWidget *m_previewStack = nullptr;
    QTextBrowser *m_browser = nullptr;
    QPlainTextEdit *m_text = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_previewTimer = nullptr;
    QFutureWatcher<QString> m_previewWatcher;
    bool m_previewPending = false;
    QString m_previewText;
    ReportExporter m_exporter;
};

} // namespace Sourcelight
