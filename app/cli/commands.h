#pragma once
// The subcommands of brokerbench-cli. Each returns the process exit code:
// 0 success, 1 the command ran and found a problem, 2 bad usage or input.

#include <QCommandLineParser>
#include <QStringList>

namespace bbcli {

int runCommand(const QCommandLineParser &parser, const QStringList &args);
int checkCommand(const QCommandLineParser &parser);
int labCheckCommand(const QCommandLineParser &parser);
int benchCommand(const QCommandLineParser &parser);
int labCommand(const QCommandLineParser &parser, const QStringList &args);

// Parses a non-negative integer option; prints a message and returns false if it is not one.
bool unsignedOption(const QCommandLineParser &parser, const QString &name, quint64 fallback, quint64 &out);

} // namespace bbcli
