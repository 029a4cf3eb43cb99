// Settings: typed preferences with their defaults, stored under the keys earlier versions wrote.
#include "settings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sourcelight;

class SettingsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString iniFile(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void defaults()
    {
        const Settings settings(iniFile("empty.ini"));
        QCOMPARE(settings.reviewer(), QString());
        QCOMPARE(settings.organisation(), QString());
        QCOMPARE(settings.organisationUrl(), QString());
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.appearance(), QStringLiteral("system"));
        QCOMPARE(settings.recentProjects(), QStringList());
        QCOMPARE(settings.windowGeometry(), QByteArray());
        QCOMPARE(settings.windowState(), QByteArray());
        QVERIFY(settings.showLegend()); // shown until the reader hides it
    }

    void roundTrip()
    {
        const QString file = iniFile("roundtrip.ini");
        {
            Settings settings(file);
            settings.setReviewer(QStringLiteral("Ада Лавлейс"));
            settings.setOrganisation(QStringLiteral("Fact Desk"));
            settings.setOrganisationUrl(QStringLiteral("https://factdesk.example"));
            settings.setLanguage(QStringLiteral("uk"));
            settings.setAppearance(QStringLiteral("dark"));
            settings.setRecentProjects({QStringLiteral("/a/one.sourcelight"), QStringLiteral("/b/two.sourcelight")});
            settings.setWindowGeometry(QByteArray("\x01\x02geometry", 10));
            settings.setWindowState(QByteArray("state\x00\xff", 7));
            settings.setShowLegend(false);
        }
        const Settings settings(file); // a fresh instance reads what the first one wrote to the file
        QCOMPARE(settings.reviewer(), QStringLiteral("Ада Лавлейс"));
        QCOMPARE(settings.organisation(), QStringLiteral("Fact Desk"));
        QCOMPARE(settings.organisationUrl(), QStringLiteral("https://factdesk.example"));
        QCOMPARE(settings.language(), QStringLiteral("uk"));
        QCOMPARE(settings.appearance(), QStringLiteral("dark"));
        QCOMPARE(settings.recentProjects(),
            QStringList({QStringLiteral("/a/one.sourcelight"), QStringLiteral("/b/two.sourcelight")}));
        QCOMPARE(settings.windowGeometry(), QByteArray("\x01\x02geometry", 10));
        QCOMPARE(settings.windowState(), QByteArray("state\x00\xff", 7));
        QVERIFY(!settings.showLegend());
    }

    void emptyLanguageFollowsTheSystem()
    {
        const QString file = iniFile("language.ini");
        Settings settings(file);
        settings.setLanguage(QStringLiteral("ru"));
        settings.setLanguage(QString());
        QCOMPARE(settings.language(), QString());
        QVERIFY(!QSettings(file, QSettings::IniFormat).contains(QStringLiteral("General/language")));
    }

    // Preferences saved before this class existed are still read: the keys are unchanged.
    void readsTheKeysEarlierVersionsWrote()
    {
        const QString file = iniFile("earlier.ini");
        {
            QSettings old(file, QSettings::IniFormat);
            old.setValue(QStringLiteral("Review/reviewer"), QStringLiteral("kirby"));
            old.setValue(QStringLiteral("Review/organisation"), QStringLiteral("Desk"));
            old.setValue(QStringLiteral("Review/organisationUrl"), QStringLiteral("https://desk.example"));
            old.setValue(QStringLiteral("General/language"), QStringLiteral("en"));
            old.setValue(QStringLiteral("General/appearance"), QStringLiteral("light"));
            old.setValue(QStringLiteral("Projects/recent"), QStringList {QStringLiteral("/p.sourcelight")});
        }
        const Settings settings(file);
        QCOMPARE(settings.reviewer(), QStringLiteral("kirby"));
        QCOMPARE(settings.organisation(), QStringLiteral("Desk"));
        QCOMPARE(settings.organisationUrl(), QStringLiteral("https://desk.example"));
        QCOMPARE(settings.language(), QStringLiteral("en"));
        QCOMPARE(settings.appearance(), QStringLiteral("light"));
        QCOMPARE(settings.recentProjects(), QStringList {QStringLiteral("/p.sourcelight")});
    }

    // The default constructor is the application's own QSettings.
    void applicationSettings()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SourcelightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("settings_test"));
        QSettings().clear();
        Settings().setOrganisation(QStringLiteral("Shared"));
        QCOMPARE(QSettings().value(QStringLiteral("Review/organisation")).toString(), QStringLiteral("Shared"));
        QCOMPARE(Settings().organisation(), QStringLiteral("Shared"));
        QSettings().clear();
    }
};

QTEST_GUILESS_MAIN(SettingsTest)
#include "settings_test.moc"
