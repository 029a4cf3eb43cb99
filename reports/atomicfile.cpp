#include "atomicfile.h"

#include "reportslogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace Sourcelight {

namespace {

constexpr qsizetype BufferSize = 1024 * 1024;

/// Where the bytes for path must end up: the file itself, or what a (possibly dangling) symbolic link names.
QString resolvedTarget(const QString &path)
{
    QString target = QFileInfo(path).absoluteFilePath();
    for (int hops = 0; hops < 32; ++hops) {
        const QFileInfo info(target);
        if (!info.isSymLink()) {
            break;
        }
        target = info.symLinkTarget();
    }
    return target;
}

/// The process's file creation mask, read without changing it (umask(2) would, for every thread at once).
mode_t currentUmask()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok) {
                    return mode_t(mask);
                }
            }
        }
    }
    return 022;
}

} // namespace

AtomicFile::AtomicFile(const QString &path)
    : m_target(resolvedTarget(path))
{
}

AtomicFile::~AtomicFile()
{
    discard();
}

bool AtomicFile::open(OpenMode mode)
{
    if (isOpen() || m_fd >= 0) {
        setErrorString(tr("The file is already open."));
        return false;
    }
    if ((mode & ReadOnly) || (mode & Append) || !(mode & WriteOnly)) {
        setErrorString(tr("An export file can only be written from the start."));
        return false;
    }
    const QFileInfo target(m_target);
    if (target.isDir()) {
        setErrorString(tr("“%1” is a folder.").arg(QDir::toNativeSeparators(m_target)));
        return false;
    }
    // Replacing is for files: a device (/dev/null), FIFO or socket at the path would be swapped for a file.
    struct stat existing = {};
    const bool exists = ::stat(QFile::encodeName(m_target).constData(), &existing) == 0;
    if (exists && !S_ISREG(existing.st_mode)) {
        setErrorString(tr("“%1” is not a regular file.").arg(QDir::toNativeSeparators(m_target)));
        return false;
    }
    // A write-protected file stays protected, as the user meant it (a rename would go around the protection).
    if (exists && ::access(QFile::encodeName(m_target).constData(), W_OK) != 0) {
        setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    // In the target's own folder, so the final rename stays on one file system and is atomic.
    QByteArray name = QFile::encodeName(
        target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".part-XXXXXX"));
    m_fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (m_fd < 0) {
        setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_temporary = QFile::decodeName(name);
    // The new file gets the old one's permissions, or those of any new file (0666 less the umask; mkostemp makes
    // it 0600). Should that fail, the file stays 0600: more private, never less.
    const mode_t permissions = exists ? existing.st_mode & 07777 : 0666 & ~currentUmask();
    ::fchmod(m_fd, permissions);
    m_failed = false;
    m_buffer.clear();
    m_buffer.reserve(BufferSize);
    return QIODevice::open(WriteOnly | Unbuffered);
}

bool AtomicFile::failWith(int error)
{
    if (!m_failed) {
        m_failed = true;
        setErrorString(QString::fromLocal8Bit(std::strerror(error)));
    }
    return false;
}

bool AtomicFile::writeFully(const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t written = ::write(m_fd, data, size_t(size));
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return failWith(errno);
        }
        data += written;
        size -= written;
    }
    return true;
}

bool AtomicFile::flushBuffer()
{
    if (m_failed || m_fd < 0) {
        return false;
    }
    const bool ok = writeFully(m_buffer.constData(), m_buffer.size());
    m_buffer.clear();
    return ok;
}

qint64 AtomicFile::writeData(const char *data, qint64 size)
{
    if (m_failed || m_fd < 0) {
        return -1;
    }
    if (m_buffer.size() + size > BufferSize && !flushBuffer()) {
        return -1;
    }
    if (size >= BufferSize) {
        return writeFully(data, qsizetype(size)) ? size : -1;
    }
    m_buffer.append(data, qsizetype(size));
    return size;
}

qint64 AtomicFile::readData(char *, qint64)
{
    return -1;
}

bool AtomicFile::seek(qint64 pos)
{
    if (m_fd < 0 || !flushBuffer()) {
        return false;
    }
    if (::lseek(m_fd, off_t(pos), SEEK_SET) < 0) {
        return failWith(errno);
    }
    return QIODevice::seek(pos);
}

void AtomicFile::close()
{
    flushBuffer();
    QIODevice::close();
}

bool AtomicFile::commit()
{
    if (m_fd < 0) {
        if (errorString().isEmpty()) {
            setErrorString(tr("The file was not open."));
        }
        return false;
    }
    bool ok = flushBuffer();
    // fsync: a full disk or an I/O error can show only here, and the rename must not land before the data.
    if (ok && ::fsync(m_fd) != 0) {
        ok = failWith(errno);
    }
    const int fd = std::exchange(m_fd, -1);
    if (::close(fd) != 0 && ok) {
        ok = failWith(errno);
    }
    if (isOpen()) {
        QIODevice::close();
    }
    if (ok && ::rename(QFile::encodeName(m_temporary).constData(), QFile::encodeName(m_target).constData()) != 0) {
        ok = failWith(errno);
    }
    if (!ok) {
        removeTemporary();
        return false;
    }
    m_temporary.clear();
    // The rename itself is made durable with the folder (best effort: not every file system syncs folders).
    const int folder
        = ::open(QFile::encodeName(QFileInfo(m_target).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        if (::fsync(folder) != 0) {
            qCDebug(lcReports, "the folder of %s was not synced: %s", qPrintable(m_target), std::strerror(errno));
        }
        ::close(folder);
    }
    return true;
}

void AtomicFile::cancelWriting()
{
    discard();
}

void AtomicFile::discard()
{
    if (m_fd >= 0) {
        ::close(std::exchange(m_fd, -1));
    }
    removeTemporary();
    m_buffer.clear();
    if (isOpen()) {
        QIODevice::close();
    }
}

void AtomicFile::removeTemporary()
{
    if (m_temporary.isEmpty()) {
        return;
    }
    // Nothing the user asked for is lost, but the folder keeps a stray file they should hear of.
    if (::unlink(QFile::encodeName(m_temporary).constData()) != 0 && errno != ENOENT) {
        qCWarning(
            lcReports, "could not remove the temporary file %s: %s", qPrintable(m_temporary), std::strerror(errno));
    }
    m_temporary.clear();
}

} // namespace Sourcelight
