#include "simnetwork.h"

#include <algorithm>

namespace bb {

SimNetwork::SimNetwork(EventLoop &loop, std::uint64_t seed)
    : m_loop(loop)
    , m_rng(seed)
{
}

void SimNetwork::setHost(ActorId actor, HostId host)
{
    const auto i = std::size_t(actor.value);
    if (i >= m_hostOf.size())
        m_hostOf.resize(i + 1, -1);
    m_hostOf[i] = host;
}

HostId SimNetwork::hostOf(ActorId actor) const
{
    const auto i = std::size_t(actor.value);
    return i < m_hostOf.size() ? m_hostOf[i] : -1;
}

void SimNetwork::setLink(HostId from, HostId to, const LinkConfig &config) { m_links[linkKey(from, to)] = config; }
void SimNetwork::clearLink(HostId from, HostId to) { m_links.erase(linkKey(from, to)); }

LinkConfig SimNetwork::link(HostId from, HostId to) const
{
    auto it = m_links.find(linkKey(from, to));
    return it != m_links.end() ? it->second : m_default;
}

void SimNetwork::setCut(HostId from, HostId to, bool cut)
{
    if (cut)
        m_cut[linkKey(from, to)] = true;
    else
        m_cut.erase(linkKey(from, to));
}

bool SimNetwork::isCut(HostId from, HostId to) const
{
    return isIsolated(from) || isIsolated(to) || m_cut.count(linkKey(from, to));
}

void SimNetwork::setIsolated(HostId host, bool isolated)
{
    auto it = std::find(m_isolated.begin(), m_isolated.end(), host);
    if (isolated && it == m_isolated.end())
        m_isolated.push_back(host);
    else if (!isolated && it != m_isolated.end())
        m_isolated.erase(it);
}

bool SimNetwork::isIsolated(HostId host) const
{
    return std::find(m_isolated.begin(), m_isolated.end(), host) != m_isolated.end();
}

void SimNetwork::healAll()
{
    m_cut.clear();
    m_isolated.clear();
    m_links.clear();
}

void SimNetwork::send(ActorId from, ActorId to, Message message)
{
    ++m_stats.sent;
    const HostId a = hostOf(from), b = hostOf(to);
    const Micros now = m_loop.now();
    if (a == b) { // same machine: no network involved
        ++m_stats.delivered;
        m_loop.deliver(now, from, to, std::move(message));
        return;
    }
    if (!m_cut.empty() || !m_isolated.empty()) {
        if (isCut(a, b)) {
            ++m_stats.droppedCut;
            return;
        }
    }
    const LinkConfig cfg = m_links.empty() ? m_default : link(a, b);
    if (cfg.loss > 0 && m_rng.chance(cfg.loss)) {
        ++m_stats.droppedLoss;
        return;
    }
    Micros at = now + cfg.latency;
    if (cfg.jitter > 0)
        at += Micros(m_rng.below(std::uint64_t(cfg.jitter) + 1));
    const bool mayOvertake = cfg.reorder > 0 && m_rng.chance(cfg.reorder);
    if (!mayOvertake) {
        Micros &last = m_lastDelivery[linkKey(a, b)];
        at = std::max(at, last);
        last = at;
    }
    ++m_stats.delivered;
    m_loop.deliver(at, from, to, std::move(message));
}

} // namespace bb
