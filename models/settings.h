#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace Sourcelight {

/// The application's stored preferences, typed, with their keys and defaults in one place: the reviewer and
/// organisation written into claims and reports, the interface language and appearance, the recent projects and
/// the main window's geometry. Reads and writes go straight to QSettings, so two instances see each other's changes.
class Settings final
{
public:
    /// The application's settings (organisation and application name from QCoreApplication).
    Settings();
    /// The settings in an INI file; for tests.
    explicit Settings(const QString &iniFile);
    ~Settings();
    Q_DISABLE_COPY_MOVE(Settings)

    /// The reviewer's name recorded with each edit; empty when not set (Project falls back to the login name).
    QString reviewer() const;
    void setReviewer(const QString &name);
    /// The reviewing organisation (ClaimReview author) and its web address; empty when not set.
    QString organisation() const;
    void setOrganisation(const QString &name);
    QString organisationUrl() const;
    void setOrganisationUrl(const QString &url);

    /// The interface language code; empty means the system's.
    QString language() const;
    void setLanguage(const QString &code);
    /// "system" (the default), "light" or "dark".
    QString appearance() const;
    void setAppearance(const QString &appearance);

    /// The most recently opened projects, newest first.
    QStringList recentProjects() const;
    void setRecentProjects(const QStringList &paths);

    /// Whether the legend strip above the document pane is shown (the default) or hidden.
    bool showLegend() const;
    void setShowLegend(bool shown);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Sourcelight
