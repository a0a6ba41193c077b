#pragma once
// SimNetwork: the simulated network between hosts. Each actor sits on a host
// (a node's machine, the controller, a client's machine); messages between
// hosts take the link's latency plus jitter, may be lost, may be reordered,
// and are dropped while the link is cut (one way or both) or a host is
// isolated. Links are FIFO unless reordering is turned on, like TCP
// connections. All draws come from the network's own Rng.
// Owned by the Cluster; single-threaded (the event loop).

#include "sim/actor.h"
#include "sim/eventloop.h"
#include "sim/rng.h"

#include <unordered_map>
#include <vector>

namespace bb {

using HostId = std::int32_t;

struct LinkConfig {
    Micros latency = 0;
    Micros jitter = 0;    // uniform extra delay in [0, jitter]
    double loss = 0;      // probability a message is dropped
    double reorder = 0;   // probability a message may overtake earlier ones
    bool operator==(const LinkConfig &) const = default;
};

struct NetworkStats {
    std::int64_t sent = 0;
    std::int64_t delivered = 0;
    std::int64_t droppedCut = 0;
    std::int64_t droppedLoss = 0;
};

class SimNetwork final : public Transport {
public:
    SimNetwork(EventLoop &loop, std::uint64_t seed);

    void setHost(ActorId actor, HostId host);
    HostId hostOf(ActorId actor) const;

    void setDefaultLink(const LinkConfig &config) { m_default = config; }
    const LinkConfig &defaultLink() const { return m_default; }
    // One direction: from -> to.
    void setLink(HostId from, HostId to, const LinkConfig &config);
    void clearLink(HostId from, HostId to);
    LinkConfig link(HostId from, HostId to) const;

    void setCut(HostId from, HostId to, bool cut); // one way
    bool isCut(HostId from, HostId to) const;
    void setIsolated(HostId host, bool isolated);
    bool isIsolated(HostId host) const;
    void healAll();

    void send(ActorId from, ActorId to, Message message) override;
    const NetworkStats &stats() const { return m_stats; }

private:
    static std::uint64_t linkKey(HostId a, HostId b) { return (std::uint64_t(std::uint32_t(a)) << 32) | std::uint32_t(b); }

    EventLoop &m_loop;
    Rng m_rng;
    LinkConfig m_default;
    std::vector<HostId> m_hostOf; // by actor id
    std::unordered_map<std::uint64_t, LinkConfig> m_links;
    std::unordered_map<std::uint64_t, Micros> m_lastDelivery; // FIFO per directed link
    std::unordered_map<std::uint64_t, bool> m_cut;
    std::vector<HostId> m_isolated;
    NetworkStats m_stats;
};

} // namespace bb
