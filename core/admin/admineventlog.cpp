#include "admin/admineventlog.h"

#include "engine/snapshotjson.h"

#include <QJsonArray>

namespace bb::admin {

void AdminEventLog::append(const std::vector<ClusterEvent> &events, std::uint64_t run)
{
    for (const auto &e : events) {
        m_events.push_back({e, run});
        if (m_events.size() > kCapacity) {
            m_events.pop_front();
            ++m_first;
        }
    }
}

QJsonObject AdminEventLog::page(std::uint64_t after, int limit) const
{
    // Asked for events older than those kept: start at the oldest, say how many are gone.
    const std::uint64_t from = std::max(after + 1, m_first);
    const std::uint64_t dropped = from - (after + 1);
    QJsonArray list;
    std::uint64_t number = from;
    for (; number < m_first + m_events.size() && list.size() < limit; ++number) {
        const Entry &entry = m_events[std::size_t(number - m_first)];
        QJsonObject o = eventToJson(entry.event);
        o.insert(QStringLiteral("seq"), qint64(number));
        o.insert(QStringLiteral("run"), qint64(entry.run));
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("events"), list},
                       {QStringLiteral("next"), qint64(number - 1)},
                       {QStringLiteral("dropped"), qint64(dropped)}};
}

} // namespace bb::admin
