// Produce (0), versions 3-7.
//   v3: transactional_id, record batches v2 only (the oldest accepted).
//   v4: no change (NOT_ENOUGH_REPLICAS_AFTER_APPEND may be retried).
//   v5: log_start_offset in the answer.  v6, v7: no change (v7: ZStandard).
// Each batch becomes one engine ProduceRequest to the partition's leader
// (the receiving node: a client sends to the leader it knows, and a node
// that is not the leader says so). acks=0 gets no response at all.
// The records each client id sends, and what became of them, are tallied
// in the cluster's ExternalProducers (the Producers view shows them).
#include "kafka/bytopic.h"
#include "kafka/kafkagateway.h"

namespace bb::kafka {

namespace {

struct ProducePart {
    QString topic;
    std::int32_t partition = 0;
    KafkaError early = KafkaError::None; // refused before it was sent
    int firstSlot = -1;
    int slots = 0;
    std::int64_t records = 0;
    TopicPartition tp{};
    std::vector<RecordBatch> batches{}; // until the whole request has been read
};

std::int64_t recordCount(const std::vector<RecordBatch> &batches)
{
    std::int64_t n = 0;
    for (const RecordBatch &b : batches)
        n += b.recordCount();
    return n;
}

// As JoinGroup names a member without a client id.
QString producerName(const QString &clientId) { return clientId.isEmpty() ? QStringLiteral("kafka-client") : clientId; }

} // namespace

Error KafkaGateway::onProduce(Exchange &ex, Reader &in)
{
    in.string(false); // transactional_id: the batches carry the producer id
    const std::int16_t acks = in.i16();
    const std::int32_t timeoutMs = in.i32();
    if (acks != 0 && acks != 1 && acks != -1)
        return Error(Errc::InvalidRecord, QStringLiteral("acks must be 0, 1 or -1, not %1").arg(acks));
    const bool mayWrite = allowed(ex, Role::Write);
    std::vector<ProducePart> parts;
    const std::int32_t topics = in.arrayLength(false, 6);
    for (std::int32_t t = 0; t < topics && !in.failed(); ++t) {
        const QString name = in.string(false);
        const std::optional<TopicId> id = topicId(ex, name);
        const std::int32_t partitions = in.arrayLength(false, 8);
        for (std::int32_t p = 0; p < partitions && !in.failed(); ++p) {
            ProducePart part{name, in.i32()};
            const QByteArrayView records = in.bytes(false);
            if (in.failed())
                break;
            if (!mayWrite || !id) {
                part.early = mayWrite ? KafkaError::UnknownTopicOrPartition : KafkaError::TopicAuthorizationFailed;
                part.records = recordCount(decodeBatches(records, m_clock).batches); // for the tally only
                parts.push_back(part);
                continue;
            }
            DecodedBatches decoded = decodeBatches(records, m_clock);
            if (decoded.error) {
                if (!decoded.unsupportedCompression)
                    return decoded.error; // a corrupt batch closes the connection
                part.early = KafkaError::UnsupportedCompressionType;
                parts.push_back(part);
                continue;
            }
            part.tp = TopicPartition{*id, PartitionId(part.partition)};
            part.records = recordCount(decoded.batches);
            part.batches = std::move(decoded.batches);
            parts.push_back(std::move(part));
        }
    }
    // Sent only now: a request refused for a malformed part further on
    // (the connection closes) must not have written the parts before it.
    if (in.failed())
        return {};
    ExternalProducerTally &tally = m_cluster.externalProducers().of(producerName(ex.clientId));
    tally.acks = Acks(acks);
    for (const ProducePart &part : parts) {
        tally.sent += part.records;
        if (part.early != KafkaError::None)
            tally.failed += part.records;
        else
            ExternalProducers::addTopic(tally, part.topic);
    }
    for (ProducePart &part : parts) {
        part.firstSlot = part.batches.empty() ? -1 : int(ex.answers.size());
        for (RecordBatch &b : part.batches) {
            const int slot = addSlot(ex);
            ++part.slots;
            ProduceRequest req;
            req.correlation = correlationFor(ex, slot);
            req.tp = part.tp;
            req.acks = Acks(acks);
            req.timeout = Micros(std::max(timeoutMs, 0)) * kMillisecond;
            req.batch = std::move(b);
            send(nodeActor(ex.node), std::move(req));
        }
        part.batches.clear();
    }
    if (acks == 0) {
        // Nothing comes back from the node, and nothing goes to the client.
        for (auto it = m_calls.begin(); it != m_calls.end();)
            it = it->second.first == ex.id ? m_calls.erase(it) : std::next(it);
        ex.answers.clear();
        ex.waiting = 0;
        return {};
    }
    arm(ex, Micros(std::max(timeoutMs, 0)) * kMillisecond);
    ex.encode = [this, parts = std::move(parts)](Exchange &ex, Writer &w) {
        ExternalProducerTally &tally = m_cluster.externalProducers().of(producerName(ex.clientId));
        writeByTopic(w, parts, kEveryPart, [&](const ProducePart &p) {
            KafkaError error = p.early;
            std::int64_t base = -1;
            std::int64_t logStart = -1;
            for (int s = p.firstSlot; s >= 0 && s < p.firstSlot + p.slots; ++s) {
                const auto *r = std::get_if<ProduceResponse>(&ex.answers[std::size_t(s)]);
                if (!r) {
                    error = KafkaError::RequestTimedOut;
                    break;
                }
                if (r->error != Errc::None) {
                    error = toKafkaError(r->error);
                    break;
                }
                if (s == p.firstSlot) {
                    base = r->baseOffset.value;
                    logStart = r->logStart.value;
                }
            }
            if (p.early == KafkaError::None)
                (error == KafkaError::None ? tally.acked : tally.failed) += p.records;
            w.i32(p.partition);
            w.errorCode(std::int16_t(error));
            w.i64(error == KafkaError::None ? base : -1);
            w.i64(-1); // log_append_time_ms: CreateTime topics
            if (ex.version >= 5)
                w.i64(logStart);
        });
        w.i32(0); // throttle_time_ms
    };
    return {};
}

} // namespace bb::kafka
