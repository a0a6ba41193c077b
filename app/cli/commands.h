#pragma once
// The subcommands of brokerbench-cli. Each returns the process exit code:
// 0 success, 1 the command ran and found a problem, 2 bad usage or input.

#include "model/ids.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>
#include <QStringList>

namespace bbcli {

int runCommand(const QCommandLineParser &parser, const QStringList &args);
int checkCommand(const QCommandLineParser &parser);
int labCheckCommand(const QCommandLineParser &parser);
int benchCommand(const QCommandLineParser &parser);
int labCommand(const QCommandLineParser &parser, const QStringList &args);
int serveCommand(const QCommandLineParser &parser, const QStringList &args);

// Seeds go up to 2^53, as in scenario files: JSON reports them exactly.
constexpr quint64 kMaxSeed = quint64(1) << 53;
// The bounds of a scenario file's "duration_s".
constexpr double kMinDurationSeconds = 0.001;
constexpr double kMaxDurationSeconds = 1e6;

// Prints which command an option is for and returns false when `command`
// was given an option that does not apply to it.
bool optionsApply(const QCommandLineParser &parser, const QString &command);
// Parses a whole number from 0 to `max`; prints a message and returns false if it is not one.
bool unsignedOption(const QCommandLineParser &parser, const QString &name, quint64 fallback, quint64 max, quint64 &out);
// Parses check's --from and --seeds (defaults 1 and 100): at least one seed,
// the last no higher than kMaxSeed. Iterate with `seed - from < seeds`.
bool seedRangeOption(const QCommandLineParser &parser, quint64 &from, quint64 &seeds);
// Parses --duration (virtual seconds); prints a message and returns false if it is out of bounds or not a number.
bool durationOption(const QCommandLineParser &parser, bb::Micros fallback, bb::Micros &out);

// One violation of a randomized check: appended to `violations` (JSON) and,
// unless `json`, printed with the command that replays its seed.
void reportViolation(QJsonArray &violations, QTextStream &out, bool json, quint64 seed, const QString &invariant,
                     const QString &detail, const QString &replay);

} // namespace bbcli
