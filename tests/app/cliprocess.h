#pragma once

// Runs the built `sourcelight` as a user runs it from a shell: a separate process with no display, standard input
// given (and closed), exit code and both output streams kept. Shared by the command-line tests.

#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace Sourcelight::Cli {

struct Result
{
    int exitCode = -1; ///< -1 when the process crashed, could not start or did not finish in time
    QByteArray out;
    QString err;
};

inline Result run(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SOURCELIGHT_BINARY_DIR "/bin/sourcelight"), arguments);
    if (!process.waitForStarted(30000)) {
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        return {};
    }
    Result result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

/// A run whose standard output is text (UTF-8).
struct TextResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline TextResult runText(const QStringList &arguments, const QByteArray &input = {})
{
    Result result = run(arguments, input);
    return {result.exitCode, QString::fromUtf8(result.out), result.err};
}

/// Writes a file for a command to read; returns its path, or an empty string when it could not be written whole.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
        return {};
    }
    return path;
}

} // namespace Sourcelight::Cli
