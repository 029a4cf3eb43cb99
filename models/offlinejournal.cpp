#include "offlinejournal.h"

#include "librarypaths.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLockFile>
#include <QSaveFile>

namespace Sourcelight {

namespace {

constexpr auto Format = "sourcelight-offline-edits";
constexpr int Version = 1;

} // namespace

QString OfflineJournal::defaultFolder()
{
    return QDir(LibraryPaths::dataFolder()).filePath(QStringLiteral("offline"));
}

OfflineJournal::OfflineJournal(QString folder)
    : m_folder(std::move(folder))
{
}

OfflineJournal::~OfflineJournal() = default;

void OfflineJournal::setProject(const QString &location, qint64 reviewerId, const QString &reviewerSince)
{
    m_lock.reset(); // unlocks
    m_written.reset();
    m_location = location;
    m_reviewerId = reviewerId;
    m_reviewerSince = reviewerSince;
    m_errorString.clear();
    m_inTheWay = false;
    m_heldElsewhere = false;
    if (!isSet()) {
        return;
    }
    // A lock left by a window whose process is gone (a crash) is stale: QLockFile takes it over.
    QDir().mkpath(m_folder);
    m_lock = std::make_unique<QLockFile>(fileName() + QStringLiteral(".lock"));
    m_heldElsewhere = !m_lock->tryLock(0) && m_lock->error() == QLockFile::LockFailedError;
    if (m_heldElsewhere) {
        m_lock.reset();
    }
}

QString OfflineJournal::fileName() const
{
    if (!isSet()) {
        return {};
    }
    // The location names a server, a database and maybe a login: hashed, so that any address makes a file name.
    const QByteArray key = (m_location + QLatin1Char('\n') + QString::number(m_reviewerId)).toUtf8();
    return m_folder + QLatin1Char('/')
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex())
        + QStringLiteral(".json");
}

bool OfflineJournal::keep(const QJsonArray &edits)
{
    m_errorString.clear();
    if (!isSet()) {
        return edits.isEmpty();
    }
    const QString name = fileName();
    if (m_heldElsewhere) {
        m_errorString = tr("another Sourcelight window of this login has the project open and keeps its own edits "
                           "there.");
        return edits.isEmpty();
    }
    if (m_inTheWay) {
        m_errorString = tr("“%1”, of edits from an earlier session, is in the way.").arg(name);
        return edits.isEmpty();
    }
    if (edits.isEmpty()) {
        m_written.reset();
        if (QFile::exists(name) && !QFile::remove(name)) {
            m_errorString = tr("The file “%1” of edits sent already could not be removed.").arg(name);
            return false;
        }
        return true;
    }
    if (m_written == edits && QFile::exists(name)) {
        return true; // the file holds these already: no second write (and fsync) of the same list
    }
    if (!QDir().mkpath(m_folder)) {
        m_errorString = tr("The folder “%1” could not be made.").arg(m_folder);
        return false;
    }
    const QJsonObject journal {
        {QStringLiteral("format"), QLatin1String(Format)},
        {QStringLiteral("version"), Version},
        {QStringLiteral("project"), m_location},
        {QStringLiteral("reviewer"), m_reviewerId},
        {QStringLiteral("reviewerSince"), m_reviewerSince},
        {QStringLiteral("edits"), edits},
    };
    // Written aside and renamed over the old file: a crash leaves the old list or the new one, never half of one.
    QSaveFile file(name);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(journal).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        m_errorString = tr("“%1” could not be written: %2").arg(name, file.errorString());
        m_written.reset();
        return false;
    }
    m_written = edits;
    return true;
}

std::optional<QJsonArray> OfflineJournal::kept()
{
    m_errorString.clear();
    const QString name = fileName();
    if (name.isEmpty() || m_heldElsewhere || !QFile::exists(name)) {
        return QJsonArray {}; // (held elsewhere: that window's to send)
    }
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorString = tr("The edits kept on this computer from an earlier session could not be read from “%1”: %2")
                            .arg(name, file.errorString());
        m_inTheWay = true; // left where it is for the next open to try again: not written over meanwhile
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    const QJsonObject journal = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || journal.value(QStringLiteral("format")).toString() != QLatin1String(Format)
        || journal.value(QStringLiteral("version")).toInt() != Version
        || !journal.value(QStringLiteral("edits")).isArray()) {
        setAside(tr("the file is damaged"));
        return std::nullopt;
    }
    if (journal.value(QStringLiteral("project")).toString() != m_location
        || journal.value(QStringLiteral("reviewer")).toInteger() != m_reviewerId
        || journal.value(QStringLiteral("reviewerSince")).toString() != m_reviewerSince) {
        setAside(tr("they were made on a project that was at this address before, not on this one"));
        return std::nullopt;
    }
    return journal.value(QStringLiteral("edits")).toArray();
}

void OfflineJournal::setAside(const QString &why)
{
    const QString name = fileName();
    QString aside = name;
    aside.replace(aside.size() - 5, 5,
        QStringLiteral(".unsent-%1.json")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (QFile::rename(name, aside)) {
        m_errorString = tr("The edits kept on this computer from an earlier session were not sent: %1. The file is "
                           "kept as “%2”.")
                            .arg(why, aside);
    } else {
        m_errorString = tr("The edits kept on this computer from an earlier session were not sent: %1. The file "
                           "“%2” could not be renamed; it is left as it is.")
                            .arg(why, name);
        m_inTheWay = true;
    }
}

} // namespace Sourcelight
