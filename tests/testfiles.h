#pragma once

// Files a test reads (the test data), writes for the code under test to read, and reads back after it: whole or
// not at all.

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

namespace Sourcelight::TestFiles {

/// The path of a file in tests/data/import: the articles, in every format and encoding, that the import tests read.
inline QString importData(const QString &name)
{
    return QStringLiteral(SOURCELIGHT_TEST_DATA "/import/") + name;
}

/// Writes bytes to path (replacing what was there); false unless all of them were written.
inline bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// What the file at path holds; empty when it cannot be read.
inline QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The SHA-256 of the file at path, to show it is byte for byte what it was; empty when it cannot be read.
inline QByteArray sha256(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace Sourcelight::TestFiles
