#include "producebench.h"

#include "cluster/cluster.h"

#include <chrono>
#include <cstring>
#include <vector>

namespace bb {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Keeps the producer fed: one new batch for every batch acknowledged, so the
// pipeline never runs dry and never grows without bound.
class Driver final : public ProducerListener {
public:
    Driver(Producer &producer, TopicId topic, const ProduceBenchOptions &o)
        : m_producer(producer), m_topic(topic), m_batch(o.batchRecords), m_value(o.recordBytes, 'x') {}

    void sendBatch(Micros now)
    {
        m_requested += m_batch;
        for (int i = 0; i < m_batch; ++i)
            m_producer.send(m_topic, QByteArrayView(), m_value, now);
    }
    void onAcked(TopicPartition, Offset, const RecordBatch &batch, Micros createdAt) override
    {
        m_acked += batch.recordCount();
        if (m_requested < m_target)
            sendBatch(createdAt);
    }
    void onFailed(TopicPartition, const RecordBatch &, const Error &) override { ++m_failed; }

    std::int64_t m_target = 0;
    std::int64_t m_acked = 0;
    std::int64_t m_failed = 0;
    std::int64_t m_requested = 0;

private:
    Producer &m_producer;
    TopicId m_topic;
    int m_batch;
    QByteArray m_value;
};

double measureCluster(int nodes, int rf, Acks acks, std::int64_t records, const ProduceBenchOptions &o, std::int64_t *acked)
{
    ClusterSpec spec;
    for (int i = 0; i < nodes; ++i)
        spec.nodes.push_back({NodeId(i), NodeConfig{}, StorageKind::Memory});
    spec.nodes[0].config.flush = FlushPolicy::Never;
    auto cluster = Cluster::create(spec, 1);
    if (!cluster)
        return 0;
    Cluster &c = **cluster;
    TopicConfig tc;
    tc.partitions = 1;
    tc.replicationFactor = rf;
    tc.minInsyncReplicas = rf > 1 ? 2 : 1;
    tc.log.segmentBytes = 8 << 20;
    auto topic = c.createTopic(QStringLiteral("bench"), tc);
    if (!topic)
        return 0;
    ProducerConfig pc;
    pc.acks = acks;
    pc.batchRecords = o.batchRecords;
    pc.batchBytes = std::int64_t(o.batchRecords) * (o.recordBytes + 64);
    pc.maxInFlight = 5;
    pc.linger = 5 * kMillisecond; // virtual time stands still flat out: batches close when full
    ProducerConfig cfg = pc;
    Producer *producer = nullptr;
    std::unique_ptr<Driver> driver;
    // The listener must exist before the producer: create the producer with
    // a forwarding listener.
    struct Forward final : ProducerListener {
        Driver *d = nullptr;
        void onAcked(TopicPartition tp, Offset b, const RecordBatch &batch, Micros t) override { d->onAcked(tp, b, batch, t); }
        void onFailed(TopicPartition tp, const RecordBatch &batch, const Error &e) override { d->onFailed(tp, batch, e); }
    } forward;
    producer = &c.addProducer(QStringLiteral("bench"), cfg, &forward);
    driver = std::make_unique<Driver>(*producer, *topic, o);
    forward.d = driver.get();
    // Let nodes register, leaders be elected and the producer learn them.
    c.runFor(1 * kSecond);
    driver->m_target = records;
    const int pipeline = 8;
    const auto start = Clock::now();
    for (int i = 0; i < pipeline; ++i)
        driver->sendBatch(c.loop().now());
    // Stops when the target is reached, or if the pipeline stalls (virtual
    // time moving on means nothing is in flight any more).
    const Micros stalled = c.loop().now() + 10 * kSecond;
    while (driver->m_acked < records && c.loop().now() < stalled && c.loop().runOne()) {
    }
    *acked = driver->m_acked;
    const double seconds = secondsSince(start);
    return seconds > 0 ? double(driver->m_acked) / seconds : 0;
}

double measureMemcpy(const ProduceBenchOptions &o)
{
    // The same bytes the producer writes: one encoded batch, copied into a
    // large ring as an in-memory log would receive it.
    const std::size_t batchBytes = std::size_t(RecordBatch::kHeaderSize)
        + std::size_t(o.batchRecords) * std::size_t(RecordBatch::kRecordOverhead + o.recordBytes);
    std::vector<char> src(batchBytes, 'x');
    std::vector<char> ring(std::size_t(256) << 20);
    std::size_t pos = 0;
    std::int64_t batches = 0;
    const auto start = Clock::now();
    double seconds = 0;
    do {
        for (int i = 0; i < 1000; ++i) {
            if (pos + batchBytes > ring.size())
                pos = 0;
            std::memcpy(ring.data() + pos, src.data(), batchBytes);
            asm volatile("" : : "r"(ring.data()) : "memory");
            pos += batchBytes;
            ++batches;
        }
        seconds = secondsSince(start);
    } while (seconds < 0.5);
    return double(batches) * o.batchRecords / seconds;
}

} // namespace

ProduceBenchResult runProduceBench(const ProduceBenchOptions &o)
{
    ProduceBenchResult r;
    r.recordBytes = o.recordBytes;
    if (o.runMemcpy)
        r.memcpyRecordsPerSecond = measureMemcpy(o);
    if (o.runRf1) {
        r.rf1RecordsPerSecond = measureCluster(1, 1, Acks::Leader, o.rf1Records, o, &r.rf1Records);
    }
    if (o.runRf3) {
        r.rf3AcksAllRecordsPerSecond = measureCluster(3, 3, Acks::All, o.rf3Records, o, &r.rf3Records);
    }
    return r;
}

} // namespace bb
