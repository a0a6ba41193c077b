#include "topicreader.h"

#include "broker/clusterconfig.h"

#include <algorithm>

namespace bb {

QByteArrayView recordHeader(const RecordView &record, QByteArrayView key)
{
    for (int i = 0; i < record.headerCount; ++i) {
        const RecordHeader h = record.header(i);
        if (h.key == key)
            return h.value.isNull() ? QByteArrayView("", 0) : h.value;
    }
    return QByteArrayView();
}

TopicReader::TopicReader(ActorId self, EventLoop &loop, Transport &transport, std::vector<ActorId> bootstrap,
                         QString topic, std::int64_t correlationBase, TopicReaderConfig config)
    : m_self(self)
    , m_loop(loop)
    , m_transport(transport)
    , m_bootstrap(std::move(bootstrap))
    , m_topic(std::move(topic))
    , m_config(config)
    , m_nextCorrelation(correlationBase + 1)
{
}

void TopicReader::start()
{
    m_started = true;
    requestMetadata();
}

bool TopicReader::wanted(int partition) const
{
    return m_only.empty() || std::find(m_only.begin(), m_only.end(), partition) != m_only.end();
}

std::vector<TopicPartition> TopicReader::partitions() const
{
    std::vector<TopicPartition> out;
    for (const auto &[tp, p] : m_parts)
        out.push_back(tp);
    return out;
}

Offset TopicReader::position(TopicPartition tp) const
{
    auto it = m_parts.find(tp);
    return it == m_parts.end() ? Offset(-1) : it->second.next;
}

Offset TopicReader::highWatermark(TopicPartition tp) const
{
    auto it = m_parts.find(tp);
    return it == m_parts.end() ? Offset(-1) : it->second.hw;
}

std::int64_t TopicReader::unread() const
{
    std::int64_t n = 0;
    for (const auto &[tp, p] : m_parts)
        if (p.hw > p.next)
            n += p.hw - p.next;
    return n;
}

void TopicReader::requestMetadata()
{
    const Micros now = m_loop.now();
    if (m_bootstrap.empty() || now < m_metadataRetryAt
        || (m_metadataSentAt >= 0 && now - m_metadataSentAt < m_config.requestTimeout))
        return;
    // A different node each time: one cut off from the controller would
    // keep answering with stale leaders.
    m_bootstrapIndex = (m_bootstrapIndex + 1) % m_bootstrap.size();
    m_metadataCorrelation = m_nextCorrelation++;
    m_metadataSentAt = now;
    m_transport.send(m_self, m_bootstrap[m_bootstrapIndex], MetadataRequest{m_metadataCorrelation});
}

bool TopicReader::handle(Message &message)
{
    if (auto *m = std::get_if<FetchResponse>(&message)) {
        auto it = m_parts.find(m->tp);
        if (it == m_parts.end() || !it->second.inFlight || it->second.correlation != m->correlation)
            return false;
        handleFetch(it->second, *m);
        return true;
    }
    if (auto *m = std::get_if<MetadataResponse>(&message)) {
        if (m->correlation != m_metadataCorrelation)
            return false;
        handleMetadata(*m);
        return true;
    }
    return false;
}

void TopicReader::handleMetadata(const MetadataResponse &m)
{
    m_metadataSentAt = -1;
    m_metadataCorrelation = -1;
    // Not again right away, however many partitions are still without a leader.
    m_metadataRetryAt = m_loop.now() + m_config.retryBackoff;
    for (const auto &t : m.topics)
        if (t.name == m_topic) {
            m_topicId = t.id;
            m_partitionCount = t.config.partitions;
        }
    if (!knowsTopic()) {
        // Created a moment ago, or not at all: ask again later.
        m_metadataRetryAt = m_loop.now() + 2 * m_config.retryBackoff;
        return;
    }
    for (const auto &s : m.partitions) {
        if (s.tp.topic != m_topicId || !wanted(s.tp.partition.value))
            continue;
        auto it = m_parts.find(s.tp);
        if (it == m_parts.end()) {
            Part p;
            p.tp = s.tp;
            auto start = m_startOffsets.find(s.tp.partition.value);
            p.next = start == m_startOffsets.end() ? Offset(0) : start->second;
            it = m_parts.emplace(s.tp, p).first;
        }
        Part &p = it->second;
        if (s.leaderEpoch >= p.leaderEpoch || p.leader == kNoNode) {
            p.leader = s.leader;
            p.leaderEpoch = s.leaderEpoch;
        }
    }
    for (auto &[tp, p] : m_parts)
        maybeFetch(p);
}

void TopicReader::maybeFetch(Part &p)
{
    const Micros now = m_loop.now();
    if (!m_started || p.inFlight || p.retryAt > now)
        return;
    if (p.leader == kNoNode) {
        requestMetadata();
        return;
    }
    if (m_gate && !m_gate(p.tp, p.next))
        return;
    FetchRequest req;
    req.correlation = m_nextCorrelation++;
    req.tp = p.tp;
    req.currentLeaderEpoch = p.leaderEpoch;
    req.fetchOffset = p.next;
    req.maxBytes = m_config.maxBytes;
    req.maxWait = m_config.maxWait;
    p.inFlight = true;
    p.correlation = req.correlation;
    p.sentAt = now;
    ++m_fetches;
    m_transport.send(m_self, nodeActor(p.leader), std::move(req));
}

void TopicReader::handleFetch(Part &p, FetchResponse &m)
{
    p.inFlight = false;
    const Micros now = m_loop.now();
    switch (m.error) {
    case Errc::None:
        break;
    case Errc::OffsetOutOfRange:
        // Below the log start: those records are gone (retention); skip to
        // what is left. Above the end: the log was cut back; resume at its HW.
        p.next = p.next < m.logStart ? m.logStart : std::max(m.logStart, m.highWatermark);
        p.retryAt = now;
        maybeFetch(p);
        return;
    default:
        // NotLeader, FencedLeaderEpoch, UnknownTopic...: find the leader again.
        p.leader = kNoNode;
        p.retryAt = now + m_config.retryBackoff;
        requestMetadata();
        return;
    }
    if (m.leaderEpoch > p.leaderEpoch)
        p.leaderEpoch = m.leaderEpoch;
    p.hw = m.highWatermark;
    for (const LogEntry &e : m.entries) {
        if (e.nextOffset() <= p.next)
            continue;
        if (!e.batch.isControl()) {
            for (const RecordView r : e.batch) {
                const Offset o = e.base + r.offsetDelta;
                if (o < p.next)
                    continue;
                if (m_handler)
                    m_handler(p.tp, o, r, e.batch);
            }
        }
        p.next = e.nextOffset();
    }
    maybeFetch(p);
}

void TopicReader::tick()
{
    if (!m_started)
        return;
    const Micros now = m_loop.now();
    if (m_metadataSentAt >= 0 && now - m_metadataSentAt >= m_config.requestTimeout)
        m_metadataSentAt = -1; // lost: the next call sends a new one
    if (!knowsTopic() || int(m_parts.size()) < (m_only.empty() ? m_partitionCount : int(m_only.size())))
        requestMetadata();
    for (auto &[tp, p] : m_parts) {
        if (p.inFlight && now - p.sentAt >= m_config.requestTimeout) {
            // No answer: the leader may have crashed or been cut off.
            p.inFlight = false;
            p.leader = kNoNode;
            requestMetadata();
        }
        maybeFetch(p);
    }
}

} // namespace bb
