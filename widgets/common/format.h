#pragma once
// Text for the numbers the views show: virtual time, byte sizes, counts,
// rates and node lists, in the user's locale (English digits grouping when
// the process runs in the C locale). Free functions; any thread.

#include "model/ids.h"

#include <QString>

#include <vector>

namespace bb {

QString formatCount(std::int64_t value);
// Short for axes and tight places: "4,945", "12.3k", "4.56M", "1.2G".
QString formatCompact(std::int64_t value);
QString formatRecordCount(std::int64_t n);      // "1 record", "2,000 records"
QString formatRate(double perSecond);            // "2,000 rec/s"
QString formatBytes(std::int64_t bytes);          // "1.2 MB"
QString formatVirtualTime(Micros time);           // "12.345 s", "2:05.300"
QString formatSeconds(Micros time);               // "12.345" (for a column titled in seconds)
QString formatLatency(Micros latency);            // "3.2 ms", "12.3 s" from 10 s on
QString formatDuration(std::int64_t seconds);      // wall time, whole seconds: "45 s", "3:07", "1:02:07"
QString formatSpeed(double factor);               // "1x", "0.5x", "1,000x", "0.25x"
QString formatNodeList(const std::vector<NodeId> &nodes); // "0, 1, 2"

} // namespace bb
