#include <QCoreApplication>
#include <QLocale>

#include "common/format.h"

#include <algorithm>
#include <cmath>

namespace bb {
namespace {

// A class lupdate can see, so it files these strings under bb::Format.
struct Format {
    Q_DECLARE_TR_FUNCTIONS(bb::Format)
};

QLocale locale()
{
    QLocale l;
    if (l.language() == QLocale::C)
        l = QLocale(QLocale::English, QLocale::UnitedStates);
    return l;
}

} // namespace

QString formatCount(std::int64_t value)
{
    return locale().toString(qint64(value));
}

QString formatCompact(std::int64_t value)
{
    const double magnitude = std::abs(double(value));
    if (magnitude < 10'000)
        return formatCount(value);
    static const struct { double scale; const char *suffix; } units[] = {
        {1e12, QT_TRANSLATE_NOOP("bb::Format", "%1T")}, {1e9, QT_TRANSLATE_NOOP("bb::Format", "%1G")},
        {1e6, QT_TRANSLATE_NOOP("bb::Format", "%1M")}, {1e3, QT_TRANSLATE_NOOP("bb::Format", "%1k")}};
    for (const auto &u : units) {
        // 999,500 would round to "1e+03k" in three digits: the next unit up.
        if (magnitude >= u.scale * 0.9995 || u.scale == 1e3)
            return Format::tr(u.suffix).arg(locale().toString(double(value) / u.scale, 'g', 3));
    }
    return formatCount(value);
}

QString formatRecordCount(std::int64_t n)
{
    return n == 1 ? Format::tr("1 record") : Format::tr("%1 records").arg(formatCount(n));
}

QString formatRate(double perSecond)
{
    return Format::tr("%1 rec/s").arg(formatCount(std::llround(perSecond)));
}

QString formatBytes(std::int64_t bytes)
{
    return locale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString formatVirtualTime(Micros time)
{
    const Micros ms = time / kMillisecond;
    if (ms < 60'000)
        return Format::tr("%1 s").arg(locale().toString(double(ms) / 1000.0, 'f', 3));
    const Micros minutes = ms / 60'000;
    const Micros rest = ms % 60'000;
    return QStringLiteral("%1:%2.%3")
        .arg(minutes)
        .arg(rest / 1000, 2, 10, QLatin1Char('0'))
        .arg(rest % 1000, 3, 10, QLatin1Char('0'));
}

QString formatSeconds(Micros time)
{
    return locale().toString(double(time / kMillisecond) / 1000.0, 'f', 3);
}

QString formatLatency(Micros latency)
{
    if (latency < kMillisecond)
        return Format::tr("%1 µs").arg(latency);
    const double ms = double(latency) / double(kMillisecond);
    if (ms < 10'000)
        return Format::tr("%1 ms").arg(locale().toString(ms, 'f', ms < 100 ? 1 : 0));
    // A backlog's records wait seconds: "12.3 s" reads better than "12,345 ms".
    const double s = ms / 1000;
    return Format::tr("%1 s").arg(locale().toString(s, 'f', s < 100 ? 1 : 0));
}

QString formatDuration(std::int64_t seconds)
{
    if (seconds < 60)
        return Format::tr("%1 s").arg(std::max<std::int64_t>(seconds, 0));
    const QString mmss = QStringLiteral("%1:%2").arg(seconds / 60 % 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 3600)
        return mmss;
    return QStringLiteral("%1:%2").arg(seconds / 3600).arg(mmss.rightJustified(5, QLatin1Char('0')));
}

QString formatSpeed(double factor)
{
    // Not 'g': it writes 1000 as "1E+03". Whole factors in full (grouped),
    // others with the decimals they need, at most two.
    const double hundredths = std::round(factor * 100);
    QString number;
    if (std::fmod(hundredths, 100) == 0)
        number = locale().toString(qint64(hundredths / 100));
    else
        number = locale().toString(hundredths / 100, 'f', std::fmod(hundredths, 10) == 0 ? 1 : 2);
    return Format::tr("%1x", "speed: virtual seconds per wall-clock second").arg(number);
}

QString formatNodeList(const std::vector<NodeId> &nodes)
{
    QStringList parts;
    for (NodeId n : nodes)
        parts << QString::number(n.value);
    return parts.isEmpty() ? Format::tr("none") : parts.join(QStringLiteral(", "));
}

} // namespace bb
