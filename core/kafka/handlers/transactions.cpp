// Idempotence and transactions, onto the engine's transaction and group
// coordinators (KIP-98).
//   InitProducerId (22) 0-4: v1 no change; v2 flexible; v3 producer id and
//     epoch in the request (KIP-360: a producer bumps its epoch itself);
//     v4 no change. Idempotent producers send it without a transactional id.
//   AddPartitionsToTxn (24) 0-1, AddOffsetsToTxn (25) 0-1, EndTxn (26) 0-1:
//     v1 no change in the body (the client may retry sooner).
//   TxnOffsetCommit (28) 0-2: v2 committed_leader_epoch.
#include "kafka/bytopic.h"
#include "kafka/kafkagateway.h"

namespace bb::kafka {

Error KafkaGateway::onInitProducerId(Exchange &ex, Reader &in)
{
    InitProducerIdRequest req;
    req.transactionalId = in.string(ex.flexible);
    if (req.transactionalId.isNull())
        req.transactionalId = QString(); // idempotent only
    req.transactionTimeout = Micros(in.i32()) * kMillisecond;
    if (ex.version >= 3) {
        in.i64(); // producer_id
        in.i16(); // producer_epoch: the coordinator bumps the epoch of the id it has
    }
    if (ex.flexible)
        in.skipTaggedFields();
    const KafkaError denied = allowed(ex, Role::Write) ? KafkaError::None
                              : req.transactionalId.isEmpty() ? KafkaError::ClusterAuthorizationFailed
                                                              : KafkaError::TransactionalIdAuthorizationFailed;
    if (denied == KafkaError::None)
        askOne(ex, kTransactionCoordinatorActor, std::move(req), 30 * kSecond);
    ex.encode = [denied](Exchange &ex, Writer &w) {
        const auto *r = ex.answers.empty() ? nullptr : &std::get<InitProducerIdResponse>(ex.answers[0]);
        w.i32(0);
        w.errorCode(std::int16_t(r ? toKafkaError(r->error) : denied));
        w.i64(r ? r->producerId.value : -1);
        w.i16(r ? r->epoch : std::int16_t(-1));
        if (ex.flexible)
            w.emptyTaggedFields();
    };
    return {};
}

Error KafkaGateway::onAddPartitionsToTxn(Exchange &ex, Reader &in)
{
    AddPartitionsToTxnRequest req;
    req.transactionalId = in.string(false);
    req.producerId = ProducerId(in.i64());
    req.epoch = in.i16();
    const bool mayWrite = allowed(ex, Role::Write);
    std::vector<NamedPart> parts;
    const std::int32_t topics = in.arrayLength(false, 6);
    for (std::int32_t t = 0; t < topics && !in.failed(); ++t) {
        const QString name = in.string(false);
        const std::optional<TopicId> id = topicId(ex, name);
        const std::int32_t n = in.arrayLength(false, 4);
        for (std::int32_t p = 0; p < n && !in.failed(); ++p) {
            NamedPart part{name, in.i32()};
            if (!mayWrite)
                part.early = KafkaError::TransactionalIdAuthorizationFailed;
            else if (!id)
                part.early = KafkaError::UnknownTopicOrPartition;
            else
                req.partitions.push_back({*id, PartitionId(part.partition)});
            parts.push_back(part);
        }
    }
    if (in.failed())
        return {};
    if (mayWrite)
        askOne(ex, kTransactionCoordinatorActor, std::move(req), 30 * kSecond);
    ex.encode = [parts = std::move(parts)](Exchange &ex, Writer &w) {
        const Errc error = ex.answers.empty() ? Errc::None : std::get<TxnResponse>(ex.answers[0]).error;
        w.i32(0);
        writePartErrors(w, parts, toKafkaError(error));
    };
    return {};
}

Error KafkaGateway::onAddOffsetsToTxn(Exchange &ex, Reader &in)
{
    AddOffsetsToTxnRequest req;
    req.transactionalId = in.string(false);
    req.producerId = ProducerId(in.i64());
    req.epoch = in.i16();
    req.groupId = in.string(false);
    const bool mayWrite = allowed(ex, Role::Write);
    if (mayWrite)
        askOne(ex, kTransactionCoordinatorActor, std::move(req), 30 * kSecond);
    ex.encode = [](Exchange &ex, Writer &w) {
        w.i32(0);
        w.errorCode(std::int16_t(ex.answers.empty() ? KafkaError::TransactionalIdAuthorizationFailed
                                               : toKafkaError(std::get<TxnResponse>(ex.answers[0]).error)));
    };
    return {};
}

Error KafkaGateway::onEndTxn(Exchange &ex, Reader &in)
{
    EndTxnRequest req;
    req.transactionalId = in.string(false);
    req.producerId = ProducerId(in.i64());
    req.epoch = in.i16();
    req.commit = in.boolean();
    const bool mayWrite = allowed(ex, Role::Write);
    if (mayWrite)
        askOne(ex, kTransactionCoordinatorActor, std::move(req), 60 * kSecond);
    ex.encode = [](Exchange &ex, Writer &w) {
        w.i32(0);
        w.errorCode(std::int16_t(ex.answers.empty() ? KafkaError::TransactionalIdAuthorizationFailed
                                               : toKafkaError(std::get<TxnResponse>(ex.answers[0]).error)));
    };
    return {};
}

Error KafkaGateway::onTxnOffsetCommit(Exchange &ex, Reader &in)
{
    TxnOffsetCommitRequest req;
    req.transactionalId = in.string(false);
    req.groupId = in.string(false);
    req.producerId = ProducerId(in.i64());
    req.epoch = in.i16();
    const bool mayWrite = allowed(ex, Role::Write);
    std::vector<NamedPart> parts;
    readCommitOffsets(ex, in, ex.version >= 2, false,
                      mayWrite ? KafkaError::None : KafkaError::TransactionalIdAuthorizationFailed, req.offsets, parts);
    if (in.failed())
        return {};
    if (mayWrite)
        askOne(ex, kGroupCoordinatorActor, std::move(req), 30 * kSecond);
    ex.encode = [parts = std::move(parts)](Exchange &ex, Writer &w) {
        const Errc error = ex.answers.empty() ? Errc::None : std::get<OffsetCommitResponse>(ex.answers[0]).error;
        w.i32(0);
        writePartErrors(w, parts, toKafkaError(error));
    };
    return {};
}

} // namespace bb::kafka
