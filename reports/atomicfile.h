#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace Sourcelight {

/// A file that is written whole or not at all, for exports: the bytes go to a temporary file in the target's own
/// folder, and only commit() puts it in the target's place (rename), after every write, the final flush, fsync and
/// close succeeded. Until then, and whenever anything failed, an earlier file at the path is untouched and the
/// temporary file is removed. The first failure is kept with the system's own words ("No space left on device").
///
/// Unlike QSaveFile, close() is harmless (the PDF engine and archivers close the device they were given when they
/// finish), a failure while flushing or syncing is reported rather than ignored, and its message survives. A
/// symbolic link at the path is kept: its target is replaced.
class AtomicFile final : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    explicit AtomicFile(const QString &path);
    /// Removes the temporary file unless commit() succeeded.
    ~AtomicFile() override;
    Q_DISABLE_COPY_MOVE(AtomicFile)

    /// Creates the temporary file; only WriteOnly is supported. False with errorString() on failure.
    bool open(OpenMode mode) override;
    /// Writes out what is buffered; the device stays usable for commit().
    void close() override;
    bool seek(qint64 pos) override;
    /// Flushes, syncs and closes the temporary file and renames it over the target. False with errorString()
    /// (and the target untouched) when anything failed since open().
    bool commit();
    /// Drops what was written; the target stays as it was.
    void cancelWriting();

    /// Whether a write, flush or sync failed (errorString() says why).
    bool hasFailed() const { return m_failed; }
    /// The file that commit() replaces (the target of a symbolic link at the path).
    QString targetPath() const { return m_target; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool writeFully(const char *data, qsizetype size);
    bool flushBuffer();
    bool failWith(int error);
    void discard();
    /// Unlinks the temporary file, logging (not failing) when it cannot.
    void removeTemporary();

    QString m_target;
    QString m_temporary;
    QByteArray m_buffer;
    int m_fd = -1;
    bool m_failed = false;
};

} // namespace Sourcelight
