#include <QCoreApplication>
#include <QLocale>

#include "common/format.h"

#include <cmath>

namespace bb {
namespace {

QString tr(const char *s) { return QCoreApplication::translate("bb::Format", s); }

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

QString formatRate(double perSecond)
{
    return tr("%1 rec/s").arg(formatCount(std::llround(perSecond)));
}

QString formatBytes(std::int64_t bytes)
{
    return locale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString formatVirtualTime(Micros time)
{
    const Micros ms = time / kMillisecond;
    if (ms < 60'000)
        return tr("%1 s").arg(locale().toString(double(ms) / 1000.0, 'f', 3));
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
        return tr("%1 µs").arg(latency);
    const double ms = double(latency) / double(kMillisecond);
    return tr("%1 ms").arg(locale().toString(ms, 'f', ms < 100 ? 1 : 0));
}

QString formatSpeed(double factor)
{
    return QStringLiteral("%1x").arg(locale().toString(factor, 'g', 3));
}

QString formatNodeList(const std::vector<NodeId> &nodes)
{
    QStringList parts;
    for (NodeId n : nodes)
        parts << QString::number(n.value);
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
}

} // namespace bb
