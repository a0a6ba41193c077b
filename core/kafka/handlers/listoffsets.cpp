// ListOffsets (2), versions 0-3.
//   v0: max_num_offsets, and the answer as an array of offsets.
//   v1: one offset and its timestamp.  v2: isolation_level,
//       throttle_time_ms.  v3: no change.
// Timestamps -2 (earliest) and -1 (latest) as in Kafka; others are wall-clock
// ms, mapped to virtual time.
#include "kafka/bytopic.h"
#include "kafka/kafkagateway.h"

#include <algorithm>

namespace bb::kafka {

namespace {

struct ListPart {
    QString topic;
    std::int32_t partition = 0;
    std::int64_t timestamp = -1;
    KafkaError early = KafkaError::None;
    int slot = -1;
};

} // namespace

Error KafkaGateway::onListOffsets(Exchange &ex, Reader &in)
{
    in.i32(); // replica_id
    const bool readCommitted = ex.version >= 2 && in.i8() == 1;
    std::vector<ListPart> parts;
    const std::int32_t topics = in.arrayLength(false, 6);
    for (std::int32_t t = 0; t < topics && !in.failed(); ++t) {
        const QString name = in.string(false);
        const std::optional<TopicId> id = topicId(ex, name);
        const std::int32_t partitions = in.arrayLength(false, 12);
        for (std::int32_t p = 0; p < partitions && !in.failed(); ++p) {
            ListPart part{name, in.i32()};
            part.timestamp = in.i64();
            if (ex.version == 0)
                in.i32(); // max_num_offsets: one is given
            if (in.failed())
                break;
            if (!id) {
                part.early = KafkaError::UnknownTopicOrPartition;
                parts.push_back(part);
                continue;
            }
            part.slot = addSlot(ex);
            ListOffsetsRequest req;
            req.correlation = correlationFor(ex, part.slot);
            req.tp = TopicPartition{*id, PartitionId(part.partition)};
            req.timestamp = part.timestamp == -2 ? ListOffsetsRequest::kEarliest
                            : part.timestamp < 0 ? ListOffsetsRequest::kLatest
                                                 : std::max<Micros>(0, m_clock.toVirtual(part.timestamp));
            req.readCommitted = readCommitted;
            send(nodeActor(ex.node), std::move(req));
            parts.push_back(part);
        }
    }
    if (in.failed())
        return {};
    arm(ex, 0);
    ex.encode = [parts = std::move(parts)](Exchange &ex, Writer &w) {
        if (ex.version >= 2)
            w.i32(0); // throttle_time_ms
        writeByTopic(w, parts, kEveryPart, [&](const ListPart &p) {
            const auto *r = p.slot < 0 ? nullptr : std::get_if<ListOffsetsResponse>(&ex.answers[std::size_t(p.slot)]);
            const KafkaError error = p.slot < 0 ? p.early : r ? toKafkaError(r->error) : KafkaError::RequestTimedOut;
            const std::int64_t offset = r && error == KafkaError::None ? r->offset.value : -1;
            w.i32(p.partition);
            w.errorCode(std::int16_t(error));
            if (ex.version == 0) {
                w.arrayLength(offset < 0 ? 0 : 1, false);
                if (offset >= 0)
                    w.i64(offset);
            } else {
                w.i64(-1); // timestamp of the record found: not tracked
                w.i64(offset);
            }
        });
    };
    return {};
}

} // namespace bb::kafka
