// Committed offsets, onto the engine's group coordinator (generation
// fencing as for the engine's own consumers).
//   OffsetCommit (8) 0-7: v1 generation, member id and commit timestamp;
//     v2-4 retention_time_ms (ignored: offsets are kept); v3
//     throttle_time_ms; v5 drops retention; v6 committed_leader_epoch
//     (KIP-320); v7 group_instance_id.
//   OffsetFetch (9) 1-5: v2 null topics = every committed partition and a
//     top-level error; v3 throttle_time_ms; v4 no change; v5
//     committed_leader_epoch.
#include "kafka/bytopic.h"
#include "kafka/kafkagateway.h"

namespace bb::kafka {

void KafkaGateway::readCommitOffsets(const Exchange &ex, Reader &in, bool withEpoch, bool withTimestamp, KafkaError denied,
                                     std::vector<PartitionOffset> &offsets, std::vector<NamedPart> &parts) const
{
    const std::int32_t topics = in.arrayLength(false, 6);
    for (std::int32_t t = 0; t < topics && !in.failed(); ++t) {
        const QString name = in.string(false);
        const std::optional<TopicId> id = topicId(ex, name);
        const std::int32_t n = in.arrayLength(false, 14);
        for (std::int32_t p = 0; p < n && !in.failed(); ++p) {
            NamedPart part{name, in.i32()};
            const std::int64_t offset = in.i64();
            const Epoch epoch(withEpoch ? in.i32() : -1);
            if (withTimestamp)
                in.i64(); // commit_timestamp
            in.string(false); // metadata
            if (denied != KafkaError::None)
                part.early = denied;
            else if (!id)
                part.early = KafkaError::UnknownTopicOrPartition;
            else
                offsets.push_back({TopicPartition{*id, PartitionId(part.partition)}, Offset(offset), epoch});
            parts.push_back(part);
        }
    }
}

Error KafkaGateway::onOffsetCommit(Exchange &ex, Reader &in)
{
    OffsetCommitRequest req;
    req.groupId = in.string(false);
    if (ex.version >= 1) {
        req.generation = in.i32();
        req.memberId = in.string(false);
    }
    if (ex.version >= 7)
        in.string(false); // group_instance_id
    if (ex.version >= 2 && ex.version <= 4)
        in.i64(); // retention_time_ms
    const bool mayWrite = allowed(ex, Role::Write);
    std::vector<NamedPart> parts;
    readCommitOffsets(ex, in, ex.version >= 6, ex.version == 1, mayWrite ? KafkaError::None : KafkaError::GroupAuthorizationFailed,
                      req.offsets, parts);
    if (in.failed())
        return {};
    if (mayWrite)
        askOne(ex, kGroupCoordinatorActor, std::move(req), 0);
    ex.encode = [parts = std::move(parts)](Exchange &ex, Writer &w) {
        const Errc error = ex.answers.empty() ? Errc::None : std::get<OffsetCommitResponse>(ex.answers[0]).error;
        if (ex.version >= 3)
            w.i32(0);
        writePartErrors(w, parts, toKafkaError(error));
    };
    return {};
}

Error KafkaGateway::onOffsetFetch(Exchange &ex, Reader &in)
{
    OffsetFetchRequest req;
    req.groupId = in.string(false);
    std::vector<NamedPart> parts;
    const std::int32_t topics = in.arrayLength(false, 6);
    for (std::int32_t t = 0; t < topics && !in.failed(); ++t) {
        const QString name = in.string(false);
        const std::optional<TopicId> id = topicId(ex, name);
        const std::int32_t n = in.arrayLength(false, 4);
        for (std::int32_t p = 0; p < n && !in.failed(); ++p) {
            NamedPart part{name, in.i32()};
            if (!id)
                part.early = KafkaError::UnknownTopicOrPartition;
            else
                req.partitions.push_back({*id, PartitionId(part.partition)});
            parts.push_back(part);
        }
    }
    if (in.failed())
        return {};
    if (topics > 0 && req.partitions.empty()) {
        // Nothing the coordinator could answer: every part is refused already.
        ex.encode = [parts = std::move(parts)](Exchange &ex, Writer &w) {
            if (ex.version >= 3)
                w.i32(0);
            writeByTopic(w, parts, kEveryPart, [&](const NamedPart &p) {
                w.i32(p.partition);
                w.i64(-1);
                if (ex.version >= 5)
                    w.i32(-1);
                w.string(QString(), false);
                w.errorCode(std::int16_t(p.early));
            });
            if (ex.version >= 2)
                w.i16(0);
        };
        return {};
    }
    askOne(ex, kGroupCoordinatorActor, std::move(req), 0);
    ex.encode = [this, parts = std::move(parts), all = topics < 0](Exchange &ex, Writer &w) {
        const auto &r = std::get<OffsetFetchResponse>(ex.answers[0]);
        if (ex.version >= 3)
            w.i32(0);
        struct Answer {
            QString topic;
            std::int32_t partition;
            std::int64_t offset;
            std::int32_t epoch;
            KafkaError error;
        };
        std::vector<Answer> answers;
        if (all) {
            for (const PartitionOffset &po : r.offsets)
                answers.push_back({topicName(ex, po.tp.topic), po.tp.partition.value, po.offset.value, po.leaderEpoch.value,
                                   KafkaError::None});
        } else {
            for (const NamedPart &p : parts) {
                Answer a{p.topic, p.partition, -1, -1, p.early};
                for (const PartitionOffset &po : r.offsets)
                    if (po.tp.partition.value == p.partition && topicName(ex, po.tp.topic) == p.topic) {
                        a.offset = po.offset.value;
                        a.epoch = po.leaderEpoch.value;
                    }
                answers.push_back(a);
            }
        }
        const KafkaError error = toKafkaError(r.error);
        writeByTopic(w, answers, kEveryPart, [&](const Answer &a) {
            w.i32(a.partition);
            w.i64(a.offset);
            if (ex.version >= 5)
                w.i32(a.epoch);
            w.string(QString(), false); // metadata
            w.errorCode(std::int16_t(a.error != KafkaError::None ? a.error : error));
        });
        if (ex.version >= 2)
            w.errorCode(std::int16_t(error));
    };
    return {};
}

} // namespace bb::kafka
