#include "loadgenerator.h"

namespace bb {
namespace {
constexpr std::uint64_t kTickTag = 1;
constexpr Micros kTick = 10 * kMillisecond;
} // namespace

LoadGenerator::LoadGenerator(ActorId self, EventLoop &loop, Producer &producer, std::uint32_t index, LoadConfig config)
    : m_self(self)
    , m_loop(loop)
    , m_producer(producer)
    , m_index(index)
    , m_config(std::move(config))
    , m_value(std::max(m_config.valueBytes, RecordTag::kSize), 'v')
{
    m_key.reserve(16);
}

void LoadGenerator::start() { m_loop.schedule(std::max<Micros>(0, m_config.startAt - m_loop.now()), m_self, kTickTag); }

void LoadGenerator::onTimer(std::uint64_t tag)
{
    if (tag != kTickTag)
        return;
    const bool enough = m_config.maxRecords >= 0 && std::int64_t(m_sequence) >= m_config.maxRecords;
    if (enough || (m_config.stopAt >= 0 && m_loop.now() >= m_config.stopAt)) {
        m_producer.flush();
        return;
    }
    tick();
    m_loop.schedule(kTick, m_self, kTickTag);
}

void LoadGenerator::tick()
{
    if (m_topic.value < 0) {
        auto id = m_producer.topicId(m_config.topic);
        if (!id)
            return; // metadata not there yet; records start when it is
        m_topic = *id;
    }
    m_credit += m_config.recordsPerSecond * double(kTick) / double(kSecond);
    const Micros now = m_loop.now();
    while (m_credit >= 1 && (m_config.maxRecords < 0 || std::int64_t(m_sequence) < m_config.maxRecords)) {
        m_credit -= 1;
        RecordTag{m_index, m_sequence}.write(m_value.data());
        QByteArrayView key;
        if (m_config.keys > 0) {
            m_key.setNum(m_sequence % std::uint64_t(m_config.keys));
            m_key.prepend('k');
            key = m_key;
        }
        if (m_producer.send(m_topic, key, m_value, now)) {
            ++m_refused;
            continue; // not accepted: not part of the workload's sent records
        }
        ++m_sequence;
    }
}

} // namespace bb
