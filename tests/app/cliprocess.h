#pragma once

// Runs the built `sourcelight` as a user runs it from a shell: a separate process with no display, standard input
// given (and closed), exit code and both output streams kept. Shared by the command-line tests.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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

/// One subcommand, run as run() runs it, with a shorter time limit: what a test of that subcommand calls for each run.
struct Subcommand
{
    QString name; ///< e.g. "analyze"
    int timeoutMs = 30000;

    Result operator()(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return run(QStringList {name} + arguments, input, timeoutMs);
    }
};

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

/// Each non-blank line of out (what `import` and `stats` print) as a JSON object; empty when any line is not one.
inline QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject()) {
            return {};
        }
        lines.append(document.object());
    }
    return lines;
}

inline QList<QJsonObject> jsonLines(const QString &out)
{
    return jsonLines(out.toUtf8());
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
