#pragma once
// Queue (point-to-point) protocol, after SQS and Kafka share groups
// (KIP-932): a member fetches records that are then locked to it until a
// visibility timeout; it acknowledges, releases (nack with requeue) or
// rejects each one. Plain values.

#include "model/error.h"
#include "model/ids.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace bb {

struct QueueRecord {
    TopicPartition tp;
    Offset offset;
    int deliveryCount = 0;      // 1 on first delivery
    Micros lockedUntil = 0;     // visibility timeout
    Micros timestamp = 0;
    QByteArray key;
    QByteArray value;
    std::vector<std::pair<QByteArray, QByteArray>> headers;
};

struct QueueFetchRequest {
    std::int64_t correlation = 0;
    QString queue;
    QString memberId;
    int maxRecords = 10;
    Micros maxWait = 0; // long poll
};

struct QueueFetchResponse {
    std::int64_t correlation = 0;
    Errc error = Errc::None;
    std::vector<QueueRecord> records;
};

enum class QueueAck { Accept, Release, Reject };

struct QueueAckRequest {
    std::int64_t correlation = 0;
    QString queue;
    QString memberId;
    QueueAck kind = QueueAck::Accept;
    std::vector<std::pair<TopicPartition, Offset>> records;
};

struct QueueAckResponse {
    std::int64_t correlation = 0;
    Errc error = Errc::None; // InvalidRecordState if a lock had expired
    int accepted = 0;
};

} // namespace bb
