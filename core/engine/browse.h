#pragma once
// Browsing a partition's records: a paged read of the leader replica's log,
// answered with plain values (BrowsePage) the GUI may keep. readBrowsePage()
// runs on the engine thread (Engine::browse posts it there) and never
// changes the cluster. A page holds at most `count` records; with a filter
// the scan stops after kMaxScanned records, and `next`/`previous` say where
// to go on, so one request never holds the engine for long.

#include "cluster/cluster.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace bb {

struct BrowseRequest {
    enum class Direction { Forward, Backward };
    static constexpr int kMaxCount = 1000;

    TopicPartition tp;
    Offset from;                     // first offset (Forward) or one past the last (Backward)
    int count = 100;
    QString filter;                  // case-insensitive text in the key or the value; empty: all
    Direction direction = Direction::Forward;
    std::optional<Micros> timestamp; // set: start at the first record at or after it (Forward)
};

struct BrowseHeader {
    QString key;
    QByteArray value;
};

struct BrowseRecord {
    Offset offset;
    Micros timestamp = 0;
    QByteArray key;                  // isNull(): no key
    QByteArray value;                // isNull(): a tombstone
    std::vector<BrowseHeader> headers;
    // The batch it travelled in.
    Offset batchBase;
    Offset batchLast;
    int batchRecords = 0;
    Epoch leaderEpoch;               // the leader epoch it was written in
    ProducerId producerId = kNoProducer;
    std::int16_t producerEpoch = -1;
    std::int32_t sequence = -1;      // the producer's sequence number, -1 if not idempotent
    bool transactional = false;
    bool control = false;
    // Who wrote it, when the value carries a load generator's tag.
    QString producer;                // the producer's client name
    std::int64_t generatorSequence = -1;
};

struct BrowseReplica {
    NodeId node;
    bool up = false;
    bool leader = false;
    bool inIsr = false;
    Offset logStart{-1};
    Offset hw{-1};
    Offset leo{-1};
};

struct BrowsePage {
    static constexpr std::int64_t kMaxScanned = 200'000;

    BrowseRequest request;
    Error error;                     // set: no records (unknown or offline partition)
    QString partitionName;           // "orders-0"
    Micros time = 0;                 // virtual time of the read
    NodeId readFrom = kNoNode;       // the leader whose log was read
    Epoch leaderEpoch{0};
    Offset logStart{-1};             // the leader's, at the time of the read
    Offset hw{-1};
    Offset leo{-1};
    std::vector<BrowseReplica> replicas;
    std::vector<BrowseRecord> records; // in offset order
    Offset scannedFrom;              // the range the scan covered: [scannedFrom, scannedTo)
    Offset scannedTo;
    bool limited = false;            // the scan stopped at kMaxScanned before `count` matches
};

BrowsePage readBrowsePage(const Cluster &cluster, const BrowseRequest &request);

} // namespace bb
