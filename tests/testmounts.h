#pragma once

// Mounts for the tests that need a full disk or a read-only medium, made in a private mount namespace of the calling
// thread (child processes started afterwards share it): nothing is seen outside the test, and everything goes with
// the process. Needs root (CAP_SYS_ADMIN); each function returns an empty string on success, else why not, so the
// test can skip with that message.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QtGlobal>

#include <sched.h>
#include <sys/mount.h>

#include <cerrno>
#include <cstring>

namespace Sourcelight::TestMounts {

inline QString failed(const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)));
}

/// Enters a mount namespace of this thread's own and makes the mount holding path private, so that what is mounted
/// there cannot reach the namespace the test was started in through a shared peer group. "/" need not be a mount
/// point (in a chroot), so the nearest folder up from path that is one is taken.
inline QString enterPrivateNamespace(const QString &path)
{
    if (unshare(CLONE_NEWNS) != 0) {
        return failed("unshare(CLONE_NEWNS)");
    }
    QDir folder(QFileInfo(path).absoluteFilePath());
    if (!QFileInfo(path).isDir()) {
        folder = QFileInfo(path).absoluteDir();
    }
    while (mount(nullptr, QFile::encodeName(folder.path()).constData(), nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        if (errno != EINVAL || folder.isRoot()) {
            return failed("making the mount private");
        }
        folder.cdUp();
    }
    return {};
}

/// Binds path (a file or folder) onto itself read-only: read-only even for root, who ignores file permissions.
inline QString bindReadOnly(const QString &path)
{
    if (QString error = enterPrivateNamespace(path); !error.isEmpty()) {
        return error;
    }
    const QByteArray target = QFile::encodeName(path);
    if (mount(target.constData(), target.constData(), nullptr, MS_BIND, nullptr) != 0) {
        return failed("bind");
    }
    if (mount(nullptr, target.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0) {
        const QString error = failed("read-only remount");
        umount2(target.constData(), MNT_DETACH);
        return error;
    }
    return {};
}

/// Mounts a tmpfs of the given size ("1536k", "2m") on folder: a disk that fills up.
inline QString mountTmpfs(const QString &folder, const char *size)
{
    if (QString error = enterPrivateNamespace(folder); !error.isEmpty()) {
        return error;
    }
    const QByteArray options = QByteArrayLiteral("size=") + size;
    if (mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.constData())
        != 0) {
        return failed("mounting a tmpfs");
    }
    return {};
}

inline void unmount(const QString &path)
{
    umount2(QFile::encodeName(path).constData(), MNT_DETACH);
}

/// One mount made by the test, undone (detached) when this goes: declare it after the folder it is mounted on, so
/// that it goes first and the folder can be removed.
class Mount final
{
    Q_DISABLE_COPY_MOVE(Mount)

public:
    Mount() = default;
    ~Mount()
    {
        if (!m_path.isEmpty()) {
            unmount(m_path);
        }
    }

    /// As TestMounts::bindReadOnly().
    QString bindReadOnly(const QString &path) { return made(path, TestMounts::bindReadOnly(path)); }
    /// As TestMounts::mountTmpfs().
    QString tmpfs(const QString &folder, const char *size) { return made(folder, mountTmpfs(folder, size)); }

private:
    QString made(const QString &path, const QString &error)
    {
        if (error.isEmpty()) {
            m_path = path;
        }
        return error;
    }

    QString m_path;
};

} // namespace Sourcelight::TestMounts
