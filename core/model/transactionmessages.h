#pragma once
// Idempotence and transactions (KIP-98): producer ids and epochs, partitions
// and consumer offsets added to a transaction, commit/abort markers written
// by the transaction coordinator. Plain values.

#include "model/error.h"
#include "model/groupmessages.h"

#include <QString>

#include <vector>

namespace bb {

struct InitProducerIdRequest {
    std::int64_t correlation = 0;
    QString transactionalId; // empty: idempotent only
    Micros transactionTimeout = 0;
};

struct InitProducerIdResponse {
    std::int64_t correlation = 0;
    Errc error = Errc::None;
    ProducerId producerId = kNoProducer;
    std::int16_t epoch = -1;
};

struct AddPartitionsToTxnRequest {
    std::int64_t correlation = 0;
    QString transactionalId;
    ProducerId producerId = kNoProducer;
    std::int16_t epoch = -1;
    std::vector<TopicPartition> partitions;
};

// Adds the group's offsets topic to the transaction: the offsets committed
// with TxnOffsetCommit become visible only if the transaction commits.
struct AddOffsetsToTxnRequest {
    std::int64_t correlation = 0;
    QString transactionalId;
    ProducerId producerId = kNoProducer;
    std::int16_t epoch = -1;
    QString groupId;
};

struct EndTxnRequest {
    std::int64_t correlation = 0;
    QString transactionalId;
    ProducerId producerId = kNoProducer;
    std::int16_t epoch = -1;
    bool commit = true;
};

// The answer to AddPartitionsToTxn, AddOffsetsToTxn and EndTxn.
struct TxnResponse {
    std::int64_t correlation = 0;
    Errc error = Errc::None;
};

// Producer -> group coordinator: offsets that belong to the transaction.
struct TxnOffsetCommitRequest {
    std::int64_t correlation = 0;
    QString groupId;
    QString transactionalId;
    ProducerId producerId = kNoProducer;
    std::int16_t epoch = -1;
    std::int32_t generation = -1;
    QString memberId;
    std::vector<PartitionOffset> offsets;
};

// Transaction coordinator -> partition leaders (they append a control batch)
// and -> the group coordinator (it applies or drops the pending offsets).
struct WriteTxnMarkersRequest {
    std::int64_t correlation = 0;
    ProducerId producerId = kNoProducer;
    std::int16_t epoch = -1;
    bool commit = true;
    std::vector<TopicPartition> partitions;
    QString groupId; // non-empty: the marker for that group's pending offsets
    // When the coordinator decided the outcome. A marker is resent until
    // answered, so a copy may arrive after the producer has begun its next
    // transaction (same id and epoch); what that transaction wrote after
    // this instant is not the marker's to end. (Time has microsecond
    // resolution: a next transaction begun at the very instant of the
    // decision, possible only with zero latency and processing time, is
    // not told apart.)
    Micros preparedAt = 0;
};

struct WriteTxnMarkersResponse {
    std::int64_t correlation = 0;
    std::vector<std::pair<TopicPartition, Errc>> results;
    QString groupId;
    Errc groupError = Errc::None;
};

// An aborted transaction's records in a fetched range: a read_committed
// consumer skips records of that producer from firstOffset on, up to its
// abort marker.
struct AbortedTransaction {
    ProducerId producerId = kNoProducer;
    Offset firstOffset;
};

} // namespace bb
