#include <QCoreApplication>

#include "engine/browse.h"

#include <algorithm>

namespace bb {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::Browse", text);
}

// Case-insensitive text search in keys and values, without building a
// QString per record when the needle is plain ASCII.
class Matcher {
public:
    explicit Matcher(const QString &filter)
        : m_text(filter)
        , m_latin1(filter.toLatin1())
    {
        m_ascii = std::all_of(filter.begin(), filter.end(), [](QChar c) { return c.unicode() < 0x80; });
    }
    bool operator()(const RecordView &r) const { return m_text.isEmpty() || has(r.key) || has(r.value); }

private:
    bool has(QByteArrayView bytes) const
    {
        if (bytes.isNull())
            return false;
        if (m_ascii)
            return QLatin1StringView(bytes.data(), bytes.size()).contains(QLatin1StringView(m_latin1), Qt::CaseInsensitive);
        return QString::fromUtf8(bytes).contains(m_text, Qt::CaseInsensitive);
    }
    QString m_text;
    QByteArray m_latin1;
    bool m_ascii = true;
};

BrowseRecord toRecord(const Cluster &cluster, const LogEntry &entry, const RecordView &r)
{
    const RecordBatch &b = entry.batch;
    BrowseRecord out;
    out.offset = entry.base + r.offsetDelta;
    out.timestamp = r.timestamp;
    out.key = r.key.isNull() ? QByteArray() : r.key.toByteArray();
    out.value = r.value.isNull() ? QByteArray() : r.value.toByteArray();
    for (int i = 0; i < r.headerCount; ++i) {
        const RecordHeader h = r.header(i);
        out.headers.push_back({QString::fromUtf8(h.key), h.value.toByteArray()});
    }
    out.batchBase = entry.base;
    out.batchLast = entry.lastOffset();
    out.batchRecords = b.recordCount();
    out.leaderEpoch = entry.epoch;
    out.producerId = b.producerId();
    out.producerEpoch = b.producerEpoch();
    out.sequence = b.baseSequence() < 0 ? -1 : b.baseSequence() + r.offsetDelta;
    out.transactional = b.isTransactional();
    out.control = b.isControl();
    RecordTag tag;
    if (!r.value.isNull() && RecordTag::read(r.value, tag) && tag.generator < cluster.loads().size()) {
        out.producer = cluster.clientName(cluster.loads()[tag.generator]->producer().address());
        out.generatorSequence = std::int64_t(tag.sequence);
    }
    return out;
}

// The records of one batch at offsets in [from, to), in offset order.
template <typename Fn>
void eachRecord(const LogEntry &entry, Offset from, Offset to, Fn fn)
{
    for (const RecordView &r : entry.batch) {
        const Offset o = entry.base + r.offsetDelta;
        if (o >= from && o < to && !fn(r, o))
            return;
    }
}

void readForward(const Cluster &cluster, const PartitionLog &log, const BrowseRequest &req, int count, BrowsePage &page)
{
    const Matcher matches(req.filter);
    Offset from = req.timestamp ? log.offsetForTimestamp(*req.timestamp) : req.from;
    from = std::clamp(from, log.logStartOffset(), log.logEndOffset());
    page.scannedFrom = from;
    page.scannedTo = log.logEndOffset();
    std::int64_t scanned = 0;
    std::vector<LogEntry> chunk;
    Offset pos = from;
    bool done = false;
    while (!done && pos < log.logEndOffset()) {
        chunk.clear();
        log.read(pos, log.logEndOffset(), 256 * 1024, chunk);
        if (chunk.empty())
            break;
        for (const LogEntry &entry : chunk) {
            eachRecord(entry, from, log.logEndOffset(), [&](const RecordView &r, Offset o) {
                ++scanned;
                if (matches(r))
                    page.records.push_back(toRecord(cluster, entry, r));
                if (int(page.records.size()) >= count || scanned >= BrowsePage::kMaxScanned) {
                    page.limited = int(page.records.size()) < count;
                    page.scannedTo = o + 1;
                    done = true;
                }
                return !done;
            });
            if (done)
                break;
            pos = entry.nextOffset();
        }
    }
}

void readBackward(const Cluster &cluster, const PartitionLog &log, const BrowseRequest &req, int count, BrowsePage &page)
{
    const Matcher matches(req.filter);
    const Offset end = std::clamp(req.from, log.logStartOffset(), log.logEndOffset());
    page.scannedTo = end;
    page.scannedFrom = log.logStartOffset();
    std::int64_t scanned = 0;
    const auto &segments = log.segments();
    // The segment and entry holding the offset just below `end`.
    auto seg = std::upper_bound(segments.begin(), segments.end(), end,
                                [](Offset o, const Segment &s) { return o <= s.baseOffset; });
    std::vector<std::pair<RecordView, Offset>> batch;
    bool done = false;
    while (!done && seg != segments.begin()) {
        --seg;
        auto entry = std::upper_bound(seg->entries.begin(), seg->entries.end(), end,
                                      [](Offset o, const LogEntry &e) { return o <= e.base; });
        while (!done && entry != seg->entries.begin()) {
            --entry;
            batch.clear();
            eachRecord(*entry, log.logStartOffset(), end, [&](const RecordView &r, Offset o) {
                batch.emplace_back(r, o);
                return true;
            });
            for (auto it = batch.rbegin(); it != batch.rend() && !done; ++it) {
                ++scanned;
                if (matches(it->first))
                    page.records.push_back(toRecord(cluster, *entry, it->first));
                if (int(page.records.size()) >= count || scanned >= BrowsePage::kMaxScanned) {
                    page.limited = int(page.records.size()) < count;
                    page.scannedFrom = it->second;
                    done = true;
                }
            }
        }
    }
    std::reverse(page.records.begin(), page.records.end());
}

} // namespace

BrowsePage readBrowsePage(const Cluster &cluster, const BrowseRequest &request)
{
    BrowsePage page;
    page.request = request;
    page.time = cluster.loop().now();
    const Controller &ctl = cluster.controller();
    auto state = ctl.partitions().find(request.tp);
    auto topic = ctl.topics().find(request.tp.topic);
    if (state == ctl.partitions().end() || topic == ctl.topics().end()) {
        page.error = Error(Errc::UnknownPartition, tr("There is no such partition (topic %1, partition %2); pick one from the list.")
                                                       .arg(request.tp.topic.value).arg(request.tp.partition.value));
        return page;
    }
    page.partitionName = QStringLiteral("%1-%2").arg(topic->second.name).arg(request.tp.partition.value);
    const PartitionState &s = state->second;
    page.leaderEpoch = s.leaderEpoch;
    const Replica *leader = nullptr;
    for (NodeId id : s.replicas) {
        BrowseReplica r;
        r.node = id;
        r.leader = id == s.leader;
        r.inIsr = s.inIsr(id);
        const Node *node = cluster.node(id);
        r.up = node != nullptr;
        if (const Replica *rep = node ? node->replica(request.tp) : nullptr) {
            r.logStart = rep->log.logStartOffset();
            r.hw = rep->hw;
            r.leo = rep->log.logEndOffset();
            if (r.leader)
                leader = rep;
        }
        page.replicas.push_back(r);
    }
    if (s.leader == kNoNode) {
        page.error = Error(Errc::NotLeader, tr("%1 is offline: no replica can lead it. Restart a node that holds it to read its records.")
                                                .arg(page.partitionName));
        return page;
    }
    if (!leader) {
        page.error = Error(Errc::NodeDown, tr("The leader of %1, node %2, is down and no new leader is elected yet; try again in a moment.")
                                               .arg(page.partitionName).arg(s.leader.value));
        return page;
    }
    page.readFrom = s.leader;
    page.logStart = leader->log.logStartOffset();
    page.hw = leader->hw;
    page.leo = leader->log.logEndOffset();
    const int count = std::clamp(request.count, 1, BrowseRequest::kMaxCount);
    if (request.direction == BrowseRequest::Direction::Backward && !request.timestamp)
        readBackward(cluster, leader->log, request, count, page);
    else
        readForward(cluster, leader->log, request, count, page);
    return page;
}

} // namespace bb
