#include "ledger.h"

namespace bb {

bool Ledger::apply(std::uint64_t id, std::uint32_t account, Micros createdAt, Micros now, const QString &member,
                   TopicPartition tp, Offset offset)
{
    auto &apps = m_entries[id];
    apps.push_back({now, member, tp, offset});
    ++m_applications;
    if (m_firstTime < 0)
        m_firstTime = now;
    m_lastTime = now;
    if (apps.size() == 2)
        ++m_duplicatedIds;
    if (apps.size() > 1)
        return false;
    ++m_firstApplications;
    m_latency.record(now - createdAt);
    // Payments of one account are numbered in the order they were made.
    auto [it, fresh] = m_lastIdPerAccount.try_emplace(account, id);
    if (!fresh) {
        if (id < it->second)
            ++m_outOfOrder;
        else
            it->second = id;
    }
    return true;
}

const std::vector<Application> &Ledger::applicationsOf(std::uint64_t id) const
{
    static const std::vector<Application> none;
    auto it = m_entries.find(id);
    return it == m_entries.end() ? none : it->second;
}

} // namespace bb
