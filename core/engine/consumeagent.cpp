#include <QCoreApplication>

#include "engine/consumeagent.h"

#include "cluster/cluster.h"

namespace bb {
namespace {

constexpr std::uint64_t kRemoveTag = 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::ConsumeAgent", text);
}

QByteArray cut(QByteArrayView bytes)
{
    if (bytes.isNull())
        return {};
    return bytes.first(std::min<qsizetype>(bytes.size(), ConsumedRow::kMaxBytes)).toByteArray();
}

} // namespace

class ConsumeAgent::Listener final : public ConsumerListener {
public:
    explicit Listener(ConsumeAgent &agent) : m_agent(agent) {}
    void onRecords(Consumer &consumer, std::span<const ConsumedRecord> records) override
    {
        if (&consumer == m_agent.m_consumer)
            m_agent.deliver(records);
    }
    void onCommitted(Consumer &, Errc error, const std::vector<PartitionOffset> &offsets) override
    {
        m_agent.committed(error, offsets);
    }

private:
    ConsumeAgent &m_agent;
};

QString ConsumeAgent::clientName()
{
    return QStringLiteral("consume panel");
}

ConsumeAgent &ConsumeAgent::in(Cluster &cluster)
{
    const ActorId found = cluster.clientAddress(clientName());
    if (found.value >= 0)
        if (auto *agent = dynamic_cast<ConsumeAgent *>(cluster.loop().actor(found)))
            return *agent;
    const ActorId self = cluster.reserveClientAddress();
    auto agent = std::make_unique<ConsumeAgent>(self, cluster);
    ConsumeAgent &ref = *agent;
    cluster.adoptClient(self, std::move(agent), self, clientName());
    return ref;
}

ConsumeAgent::ConsumeAgent(ActorId self, Cluster &cluster)
    : m_self(self)
    , m_cluster(cluster)
    , m_listener(std::make_unique<Listener>(*this))
{
    m_ring.resize(kMaxRecords);
    m_pollScratch.reserve(kMaxPoll);
}

// The consumers it created belong to the cluster, which is going away too.
ConsumeAgent::~ConsumeAgent() = default;

Error ConsumeAgent::start(std::uint64_t session, const ConsumeSettings &settings)
{
    if (settings.topic.trimmed().isEmpty())
        return Error(Errc::InvalidConfig, tr("Pick a topic to consume from."));
    const auto topic = m_cluster.controller().topicId(settings.topic);
    if (!topic)
        return Error(Errc::UnknownTopic, tr("There is no topic \"%1\"; pick one of the cluster's topics.").arg(settings.topic));
    stop();

    ConsumerConfig config;
    config.groupId = settings.groupId.trimmed();
    config.reset = settings.reset;
    config.commit = settings.commit;
    config.delivery = settings.delivery;
    config.isolation = settings.isolation;
    config.maxPollRecords = kMaxPoll;
    config.prefetch = kMaxPoll;
    m_settings = settings;
    m_settings.groupId = config.groupId;
    m_session = session;
    m_ringHead = m_ringCount = 0;
    m_skipped = m_consumed = 0;
    m_lastCommit.clear();
    m_lastCommitFailed = false;

    m_consumer = &m_cluster.addConsumer(clientName(), config, m_listener.get());
    if (config.groupId.isEmpty()) {
        std::vector<TopicPartition> all;
        const int partitions = m_cluster.controller().topics().at(*topic).config.partitions;
        for (int p = 0; p < partitions; ++p)
            all.push_back({*topic, PartitionId(p)});
        m_consumer->assign(all);
    } else {
        m_consumer->subscribe({settings.topic});
    }
    return {};
}

void ConsumeAgent::stop()
{
    if (!m_consumer)
        return;
    m_consumer->close();
    m_closing.emplace_back(m_consumer, m_cluster.loop().now());
    m_consumer = nullptr;
    m_cluster.loop().schedule(kRemoveAfter, m_self, kRemoveTag);
}

void ConsumeAgent::onTimer(std::uint64_t tag)
{
    if (tag == kRemoveTag)
        removeClosed();
}

void ConsumeAgent::removeClosed()
{
    const Micros now = m_cluster.loop().now();
    std::erase_if(m_closing, [&](const std::pair<Consumer *, Micros> &c) {
        if (now - c.second < kRemoveAfter)
            return false;
        m_cluster.removeClient(c.first->address());
        return true;
    });
}

int ConsumeAgent::poll(int max)
{
    if (!m_consumer || m_settings.delivery != DeliveryMode::Pull)
        return 0;
    const int n = m_consumer->poll(m_pollScratch, std::clamp(max, 1, kMaxPoll));
    deliver(m_pollScratch);
    // Let go of the batches: the ring holds what it shows.
    m_pollScratch.clear();
    return n;
}

void ConsumeAgent::deliver(std::span<const ConsumedRecord> records)
{
    const Micros now = m_cluster.loop().now();
    for (const ConsumedRecord &r : records) {
        // Overwrites the oldest slot when full: a shared reference to the
        // batch replaces another, nothing is allocated.
        const std::size_t slot = (m_ringHead + m_ringCount) % m_ring.size();
        m_ring[slot] = {r, now};
        if (m_ringCount < m_ring.size()) {
            ++m_ringCount;
        } else {
            m_ringHead = (m_ringHead + 1) % m_ring.size();
            ++m_skipped;
        }
    }
    m_consumed += std::int64_t(records.size());
}

Error ConsumeAgent::commit()
{
    if (!m_consumer)
        return Error(Errc::InvalidConfig, tr("Start the consumer first."));
    if (m_settings.groupId.isEmpty())
        return Error(Errc::InvalidConfig, tr("A consumer without a group has nowhere to commit; give it a group id."));
    m_consumer->commitPositions();
    return {};
}

void ConsumeAgent::committed(Errc error, const std::vector<PartitionOffset> &offsets)
{
    m_lastCommitFailed = error != Errc::None;
    if (m_lastCommitFailed) {
        m_lastCommit = tr("last commit refused: %1").arg(errcMessage(error));
        return;
    }
    (void)offsets; // the assignment table shows them
    m_lastCommit = tr("last commit accepted at %1 s").arg(double(m_cluster.loop().now()) / double(kSecond), 0, 'f', 3);
}

ConsumeStatus ConsumeAgent::status() const
{
    ConsumeStatus s;
    s.settings = m_settings;
    s.consumed = m_consumed;
    s.lastCommit = m_lastCommit;
    s.lastCommitFailed = m_lastCommitFailed;
    if (!m_consumer)
        return s;
    const Consumer &c = *m_consumer;
    if (m_settings.groupId.isEmpty())
        s.state = ConsumeStatus::State::Standalone;
    else
        s.state = c.isStable() ? ConsumeStatus::State::Stable : ConsumeStatus::State::Joining;
    s.memberId = c.memberId();
    s.generation = c.generation();
    s.groupLeader = c.isGroupLeader();
    s.rebalances = c.stats().rebalances;
    s.commits = c.stats().commits;
    for (const TopicPartition &tp : c.assignment())
        s.partitions.push_back({tp.partition.value, c.position(tp), c.committed(tp), c.highWatermark(tp)});
    std::sort(s.partitions.begin(), s.partitions.end(),
              [](const ConsumePartition &a, const ConsumePartition &b) { return a.partition < b.partition; });
    return s;
}

ConsumeReport ConsumeAgent::take()
{
    ConsumeReport report;
    report.session = m_session;
    report.time = m_cluster.loop().now();
    report.skipped = m_skipped;
    report.records.reserve(m_ringCount);
    for (std::size_t i = 0; i < m_ringCount; ++i) {
        Slot &slot = m_ring[(m_ringHead + i) % m_ring.size()];
        const RecordView &v = slot.record.record;
        ConsumedRow row;
        row.partition = slot.record.tp.partition.value;
        row.offset = slot.record.offset;
        row.key = cut(v.key);
        row.value = cut(v.value);
        RecordTag tag;
        if (!v.value.isNull() && RecordTag::read(v.value, tag) && tag.generator < m_cluster.loads().size())
            row.generatorSequence = std::int64_t(tag.sequence);
        row.timestamp = v.timestamp;
        row.latency = slot.deliveredAt - v.timestamp;
        report.records.push_back(std::move(row));
        slot.record.batch = RecordBatch(); // the batch may go now
    }
    m_ringHead = m_ringCount = 0;
    m_skipped = 0;
    report.status = status();
    return report;
}

} // namespace bb
