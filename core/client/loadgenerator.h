#pragma once
// LoadGenerator: stands in for an application that publishes at a steady
// rate. Every record's value starts with (generator index, sequence number)
// so checkers can tell exactly which records were acknowledged, lost,
// duplicated or reordered. Keys cycle over a fixed key space, so per-key
// order lands in one partition. An Actor (timers only) on its producer's
// host; calls the producer's API directly, as an application would.

#include "client/producer.h"
#include "model/recordtag.h"

namespace bb {

struct LoadConfig {
    QString topic;
    double recordsPerSecond = 1000;
    int keys = 16;          // 0: null keys (round-robin)
    int valueBytes = 100;   // at least 16 (the sequence header)
    Micros startAt = 0;
    Micros stopAt = -1;     // < 0: never
    std::int64_t maxRecords = -1; // < 0: no limit; else stop after this many accepted records
};

class LoadGenerator final : public Actor {
public:
    LoadGenerator(ActorId self, EventLoop &loop, Producer &producer, std::uint32_t index, LoadConfig config);

    void start();
    std::uint32_t index() const { return m_index; }
    const Producer &producer() const { return m_producer; }
    std::uint64_t generated() const { return m_sequence; }
    std::uint64_t refused() const { return m_refused; }
    const LoadConfig &config() const { return m_config; }

    void onMessage(ActorId, Message &) override {}
    void onTimer(std::uint64_t tag) override;

private:
    void tick();

    ActorId m_self;
    EventLoop &m_loop;
    Producer &m_producer;
    std::uint32_t m_index;
    LoadConfig m_config;
    TopicId m_topic{-1};
    double m_credit = 0;
    std::uint64_t m_sequence = 0;
    std::uint64_t m_refused = 0;
    QByteArray m_value;
    QByteArray m_key;
};

} // namespace bb
