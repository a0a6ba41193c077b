#pragma once
// ConsumeAgent: the application behind the GUI's consume panel. It lives in
// the cluster as an adopted client (so it goes with the cluster on a load or
// restart) and owns at most one Consumer at a time, started with the panel's
// settings: a group member that subscribes to a topic, or (no group) a
// standalone reader assigned every partition of it. Pull mode polls on
// request; push mode takes records as they arrive. Delivered records land
// in a fixed ring of the most recent kMaxRecords (a shared reference to
// their batch, no copy, no allocation per record); take() turns the ring
// into plain values for the GUI together with the member's state, so the
// GUI asks for one batch at a time, at its own pace. stop() leaves the group
// (auto-commit mode commits first) and removes the consumer once its last
// commit is answered.
// Engine thread (the cluster's loop); reached through the engine's commands (engine/commands.h).

#include "client/consumer.h"
#include "engine/consumetypes.h"

#include <QString>

#include <memory>
#include <vector>

namespace bb {

class Cluster;

class ConsumeAgent final : public Actor {
public:
    static constexpr int kMaxRecords = kConsumeRing;
    static constexpr int kMaxPoll = kConsumeMaxPoll;
    // A closed consumer is removed this long after it left: longer than its
    // request timeout (ConsumerConfig's default, 2 s), so its last commit has
    // been answered or reported as timed out by then.
    static constexpr Micros kRemoveAfter = 2 * kSecond + 100 * kMillisecond;

    static QString clientName();
    // The cluster's agent, adopted on first use.
    static ConsumeAgent &in(Cluster &cluster);

    ConsumeAgent(ActorId self, Cluster &cluster);
    ~ConsumeAgent() override;

    // Stops any running consumer first. Refuses an empty or unknown topic.
    Error start(std::uint64_t session, const ConsumeSettings &settings);
    void stop();
    bool isRunning() const { return m_consumer != nullptr; }
    // Pull mode: takes up to `max` buffered records; returns how many.
    int poll(int max);
    // Commits the position of every assigned partition; the answer arrives
    // in a later report's status.
    Error commit();
    // The records delivered since the last take and the member's state now.
    ConsumeReport take();
    ConsumeStatus status() const;

    void onMessage(ActorId, Message &) override {}
    void onTimer(std::uint64_t tag) override;

private:
    class Listener;
    struct Slot {
        ConsumedRecord record;
        Micros deliveredAt = 0;
    };
    void deliver(std::span<const ConsumedRecord> records);
    void committed(Errc error, const std::vector<PartitionOffset> &offsets);
    void removeClosed();

    ActorId m_self;
    Cluster &m_cluster;
    std::unique_ptr<Listener> m_listener;
    Consumer *m_consumer = nullptr;
    // Left their group; removed once their last commits are answered (or
    // have timed out).
    std::vector<std::pair<Consumer *, Micros>> m_closing;
    ConsumeSettings m_settings;
    std::uint64_t m_session = 0;
    std::vector<Slot> m_ring;              // kMaxRecords slots, reserved once
    std::size_t m_ringHead = 0;            // the oldest untaken slot
    std::size_t m_ringCount = 0;
    std::int64_t m_skipped = 0;
    std::int64_t m_consumed = 0;
    std::vector<ConsumedRecord> m_pollScratch;
    QString m_lastCommit;
    bool m_lastCommitFailed = false;
};

} // namespace bb
