// Fetch (1), versions 4-11.
//   v4: isolation_level, last_stable_offset, aborted_transactions.
//   v5: log_start_offset.  v6: no change.
//   v7: fetch sessions (KIP-227); this listener answers session id 0, so
//       every fetch is a full one.
//   v8: no change.  v9: current_leader_epoch (KIP-320).  v10: no change.
//   v11: rack_id, preferred_read_replica (always -1: read from the leader).
// Each partition becomes one engine FetchRequest with the client's max wait,
// which the leader holds in virtual time until data arrives. The response
// goes as soon as one partition has data (the others are left out and
// fetched again next time) or when every partition has answered.
#include "kafka/bytopic.h"
#include "kafka/kafkagateway.h"

#include <algorithm>

namespace bb::kafka {

namespace {

struct FetchPart {
    QString topic;
    std::int32_t partition = 0;
    KafkaError early = KafkaError::None;
    int slot = -1;
};

bool hasData(const Message &m)
{
    const auto *r = std::get_if<FetchResponse>(&m);
    return r && (!r->entries.empty() || r->error != Errc::None);
}

} // namespace

Error KafkaGateway::onFetch(Exchange &ex, Reader &in)
{
    const std::int32_t replica = in.i32();
    const std::int32_t maxWaitMs = in.i32();
    in.i32(); // min_bytes: one batch is enough
    const std::int32_t maxBytes = in.i32();
    const bool readCommitted = in.i8() == 1;
    if (ex.version >= 7) {
        in.i32(); // session_id
        in.i32(); // session_epoch
    }
    if (replica >= 0)
        return Error(Errc::InvalidRecord, QStringLiteral("replica fetches are not accepted from clients"));
    const Micros maxWait = Micros(std::clamp(maxWaitMs, 0, 60'000)) * kMillisecond;
    std::vector<FetchPart> parts;
    const std::int32_t topics = in.arrayLength(false, 6);
    for (std::int32_t t = 0; t < topics && !in.failed(); ++t) {
        const QString name = in.string(false);
        const std::optional<TopicId> id = topicId(ex, name);
        const std::int32_t partitions = in.arrayLength(false, 16);
        for (std::int32_t p = 0; p < partitions && !in.failed(); ++p) {
            FetchPart part{name, in.i32()};
            const Epoch leaderEpoch(ex.version >= 9 ? in.i32() : -1);
            const std::int64_t offset = in.i64();
            if (ex.version >= 5)
                in.i64(); // log_start_offset: a follower's
            const std::int32_t partMaxBytes = in.i32();
            if (in.failed())
                break;
            if (!id) {
                part.early = KafkaError::UnknownTopicOrPartition;
                parts.push_back(part);
                continue;
            }
            part.slot = addSlot(ex);
            FetchRequest req;
            req.correlation = correlationFor(ex, part.slot);
            req.tp = TopicPartition{*id, PartitionId(part.partition)};
            req.currentLeaderEpoch = leaderEpoch;
            req.fetchOffset = Offset(offset);
            req.maxBytes = std::clamp<std::int64_t>(std::min(partMaxBytes, maxBytes), 1, 64 << 20);
            req.maxWait = maxWait;
            req.readCommitted = readCommitted;
            send(nodeActor(ex.node), std::move(req));
            parts.push_back(part);
        }
    }
    if (ex.version >= 7) {
        const std::int32_t forgotten = in.arrayLength(false, 6);
        for (std::int32_t t = 0; t < forgotten && !in.failed(); ++t) {
            in.string(false);
            const std::int32_t n = in.arrayLength(false, 4);
            for (std::int32_t p = 0; p < n && !in.failed(); ++p)
                in.i32();
        }
    }
    if (ex.version >= 11)
        in.string(false); // rack_id
    if (in.failed())
        return {};
    arm(ex, maxWait);
    ex.readyEarly = [](const Exchange &ex) {
        return std::any_of(ex.answers.begin(), ex.answers.end(), hasData);
    };
    ex.encode = [this, parts = std::move(parts)](Exchange &ex, Writer &w) {
        w.i32(0); // throttle_time_ms
        if (ex.version >= 7) {
            w.i16(0);
            w.i32(0); // session_id: no session
        }
        // Partitions still waiting at the leader are left out of this answer.
        auto included = [&](const FetchPart &p) {
            return p.slot < 0 || !std::holds_alternative<std::monostate>(ex.answers[std::size_t(p.slot)]);
        };
        writeByTopic(w, parts, included, [&](const FetchPart &p) {
            const auto *r = p.slot < 0 ? nullptr : std::get_if<FetchResponse>(&ex.answers[std::size_t(p.slot)]);
            const KafkaError error = p.slot < 0 ? p.early : r ? toKafkaError(r->error) : KafkaError::RequestTimedOut;
            w.i32(p.partition);
            w.errorCode(std::int16_t(error));
            w.i64(r ? r->highWatermark.value : -1);
            w.i64(r ? r->lastStable.value : -1);
            if (ex.version >= 5)
                w.i64(r ? r->logStart.value : -1);
            if (r && !r->aborted.empty()) {
                w.arrayLength(qsizetype(r->aborted.size()), false);
                for (const AbortedTransaction &a : r->aborted) {
                    w.i64(a.producerId.value);
                    w.i64(a.firstOffset.value);
                }
            } else {
                w.arrayLength(-1, false);
            }
            if (ex.version >= 11)
                w.i32(-1); // preferred_read_replica
            QByteArray records;
            if (r && error == KafkaError::None)
                for (const LogEntry &e : r->entries)
                    appendBatch(records, e.base, e.epoch, e.batch, m_clock);
            w.bytes(records.isEmpty() ? QByteArrayView("", 0) : QByteArrayView(records), false);
        });
    };
    return {};
}

} // namespace bb::kafka
