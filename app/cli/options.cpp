#include "commands.h"

#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace bbcli {
namespace {

// Every option and the commands it means something to; the rest refuse it.
struct OptionUse {
    const char *name;
    QStringList commands;
};

const OptionUse kUses[] = {
    {"seed", {QStringLiteral("run"), QStringLiteral("lab"), QStringLiteral("serve")}},
    {"listen", {QStringLiteral("serve")}},
    {"port-base", {QStringLiteral("serve")}},
    {"auto-create-topics", {QStringLiteral("serve")}},
    {"users", {QStringLiteral("serve")}},
    {"tls-cert", {QStringLiteral("serve")}},
    {"tls-key", {QStringLiteral("serve")}},
    {"admin", {QStringLiteral("serve")}},
    {"admin-tokens", {QStringLiteral("serve")}},
    {"duration", {QStringLiteral("run")}},
    {"data-dir", {QStringLiteral("run"), QStringLiteral("lab")}},
    {"keep-data", {QStringLiteral("run"), QStringLiteral("lab")}},
    {"seeds", {QStringLiteral("check")}},
    {"from", {QStringLiteral("check")}},
    {"threads", {QStringLiteral("check")}},
    {"unclean", {QStringLiteral("check")}},
    {"storage-faults", {QStringLiteral("check")}},
    {"lab", {QStringLiteral("check")}},
    {"json", {QStringLiteral("run"), QStringLiteral("check"), QStringLiteral("bench"), QStringLiteral("lab")}},
};

} // namespace

bool optionsApply(const QCommandLineParser &parser, const QString &command)
{
    for (const OptionUse &use : kUses) {
        const QString name = QLatin1String(use.name);
        if (!parser.isSet(name) || use.commands.contains(command))
            continue;
        QTextStream err(stderr);
        err << "brokerbench-cli " << command << ": --" << name << " does not apply to " << command;
        if (command == QLatin1String("lab") && name == QLatin1String("duration"))
            err << "; a lab runs until its payments are sent, then drains: set \"drain_s\" (and \"payments\", \"rate\") "
                   "in the scenario's \"lab\" section instead.\n";
        else
            err << "; it is for " << use.commands.join(QStringLiteral(" and ")) << ".\n";
        return false;
    }
    return true;
}

bool unsignedOption(const QCommandLineParser &parser, const QString &name, quint64 fallback, quint64 max, quint64 &out)
{
    out = fallback;
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    // toULongLong would take "-1" as 2^64-1 on some Qt versions: only digits.
    const QString text = parser.value(name).trimmed();
    const bool digits = !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    out = digits ? text.toULongLong(&ok) : 0;
    if (!ok || out > max) {
        QTextStream(stderr) << "brokerbench-cli: --" << name << " expects a whole number from 0 to " << max << ", got \""
                            << parser.value(name) << "\".\n";
        return false;
    }
    return true;
}

bool seedRangeOption(const QCommandLineParser &parser, quint64 &from, quint64 &seeds)
{
    if (!unsignedOption(parser, QStringLiteral("seeds"), 100, kMaxSeed, seeds) || !unsignedOption(parser, QStringLiteral("from"), 1, kMaxSeed, from))
        return false;
    QTextStream err(stderr);
    if (seeds == 0) {
        err << "brokerbench-cli check: --seeds 0 checks nothing; give at least 1.\n";
        return false;
    }
    // from + seeds - 1 is the last seed; written so that it cannot wrap.
    if (seeds - 1 > kMaxSeed - from) {
        err << "brokerbench-cli check: --from " << from << " --seeds " << seeds << " runs past the largest seed, " << kMaxSeed
            << "; lower --from or --seeds.\n";
        return false;
    }
    return true;
}

bool durationOption(const QCommandLineParser &parser, bb::Micros fallback, bb::Micros &out)
{
    out = fallback;
    if (!parser.isSet(QStringLiteral("duration")))
        return true;
    bool ok = false;
    const double s = parser.value(QStringLiteral("duration")).toDouble(&ok);
    // Written so that NaN fails too; the bounds are the scenario file's "duration_s".
    if (!ok || !(s >= kMinDurationSeconds && s <= kMaxDurationSeconds)) {
        QTextStream(stderr) << "brokerbench-cli: --duration expects virtual seconds from " << kMinDurationSeconds << " to "
                            << QString::number(kMaxDurationSeconds, 'f', 0) << ", got \"" << parser.value(QStringLiteral("duration")) << "\".\n";
        return false;
    }
    out = bb::Micros(std::llround(s * double(bb::kSecond)));
    return true;
}

} // namespace bbcli
