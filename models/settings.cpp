#include "settings.h"

#include <QSettings>

namespace Sourcelight {

namespace {

const auto ReviewerKey = QStringLiteral("Review/reviewer");
const auto OrganisationKey = QStringLiteral("Review/organisation");
const auto OrganisationUrlKey = QStringLiteral("Review/organisationUrl");
const auto LanguageKey = QStringLiteral("General/language");
const auto AppearanceKey = QStringLiteral("General/appearance");
const auto RecentKey = QStringLiteral("Projects/recent");
const auto GeometryKey = QStringLiteral("MainWindow/geometry");
const auto StateKey = QStringLiteral("MainWindow/state");
const auto LegendKey = QStringLiteral("View/legend");

const auto DefaultAppearance = QStringLiteral("system");

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QString Settings::reviewer() const
{
    return m_settings->value(ReviewerKey).toString();
}

void Settings::setReviewer(const QString &name)
{
    m_settings->setValue(ReviewerKey, name);
}

QString Settings::organisation() const
{
    return m_settings->value(OrganisationKey).toString();
}

void Settings::setOrganisation(const QString &name)
{
    m_settings->setValue(OrganisationKey, name);
}

QString Settings::organisationUrl() const
{
    return m_settings->value(OrganisationUrlKey).toString();
}

void Settings::setOrganisationUrl(const QString &url)
{
    m_settings->setValue(OrganisationUrlKey, url);
}

QString Settings::language() const
{
    return m_settings->value(LanguageKey).toString();
}

void Settings::setLanguage(const QString &code)
{
    // No key at all means "follow the system", so a later default change reaches the user.
    if (code.isEmpty()) {
        m_settings->remove(LanguageKey);
    } else {
        m_settings->setValue(LanguageKey, code);
    }
}

QString Settings::appearance() const
{
    return m_settings->value(AppearanceKey, DefaultAppearance).toString();
}

void Settings::setAppearance(const QString &appearance)
{
    m_settings->setValue(AppearanceKey, appearance);
}

QStringList Settings::recentProjects() const
{
    return m_settings->value(RecentKey).toStringList();
}

void Settings::setRecentProjects(const QStringList &paths)
{
    m_settings->setValue(RecentKey, paths);
}

bool Settings::showLegend() const
{
    return m_settings->value(LegendKey, true).toBool();
}

void Settings::setShowLegend(bool shown)
{
    m_settings->setValue(LegendKey, shown);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(GeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(GeometryKey, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(StateKey).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(StateKey, state);
}

} // namespace Sourcelight
