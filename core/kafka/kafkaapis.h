#pragma once
// The Kafka APIs the listener speaks and, for each, the range of versions it
// accepts and the first flexible version (KIP-482: compact strings and
// arrays, tagged fields, request header v2). The ranges are chosen for the
// clients Debian 12 ships (librdkafka 2.0.2 behind kcat and
// python3-confluent-kafka, kafka-python 2.0.2): old enough for them, none of
// Kafka 4's raised minimums. ApiVersions answers with this table.
// Plain data, any thread.

#include "model/error.h"

#include <cstdint>
#include <span>

namespace bb::kafka {

enum class ApiKey : std::int16_t {
    Produce = 0,
    Fetch = 1,
    ListOffsets = 2,
    Metadata = 3,
    OffsetCommit = 8,
    OffsetFetch = 9,
    FindCoordinator = 10,
    JoinGroup = 11,
    Heartbeat = 12,
    LeaveGroup = 13,
    SyncGroup = 14,
    DescribeGroups = 15,
    ListGroups = 16,
    SaslHandshake = 17,
    ApiVersions = 18,
    CreateTopics = 19,
    DeleteTopics = 20,
    InitProducerId = 22,
    AddPartitionsToTxn = 24,
    AddOffsetsToTxn = 25,
    EndTxn = 26,
    TxnOffsetCommit = 28,
    DescribeConfigs = 32,
    SaslAuthenticate = 36,
};

struct ApiRange {
    ApiKey key;
    std::int16_t minVersion;
    std::int16_t maxVersion;
    std::int16_t firstFlexible; // beyond maxVersion when no supported version is flexible
    const char *name;
};

std::span<const ApiRange> supportedApis();
// nullptr for an API key the listener does not speak.
const ApiRange *findApi(std::int16_t key);
// A name for logs, also for keys the listener does not speak ("api 42").
QString apiName(std::int16_t key);

// Kafka's numeric error codes (the protocol's error table).
enum class KafkaError : std::int16_t {
    UnknownServerError = -1,
    None = 0,
    OffsetOutOfRange = 1,
    CorruptMessage = 2,
    UnknownTopicOrPartition = 3,
    LeaderNotAvailable = 5,
    NotLeaderOrFollower = 6,
    RequestTimedOut = 7,
    MessageTooLarge = 10,
    CoordinatorNotAvailable = 15,
    NotCoordinator = 16,
    InvalidTopic = 17,
    NotEnoughReplicas = 19,
    NotEnoughReplicasAfterAppend = 20,
    IllegalGeneration = 22,
    InconsistentGroupProtocol = 23,
    UnknownMemberId = 25,
    RebalanceInProgress = 27,
    TopicAuthorizationFailed = 29,
    GroupAuthorizationFailed = 30,
    ClusterAuthorizationFailed = 31,
    UnsupportedSaslMechanism = 33,
    IllegalSaslState = 34,
    UnsupportedVersion = 35,
    TopicAlreadyExists = 36,
    InvalidPartitions = 37,
    InvalidReplicationFactor = 38,
    InvalidConfig = 40,
    InvalidRequest = 42,
    PolicyViolation = 44,
    OutOfOrderSequenceNumber = 45,
    InvalidProducerEpoch = 47,
    InvalidTxnState = 48,
    ConcurrentTransactions = 51,
    TransactionalIdAuthorizationFailed = 53,
    KafkaStorageError = 56,
    SaslAuthenticationFailed = 58,
    FencedLeaderEpoch = 74,
    UnsupportedCompressionType = 76,
    MemberIdRequired = 79,
    UnstableOffsetCommit = 88,
};

// Kafka's name of an error code ("NOT_LEADER_OR_FOLLOWER"), or "error N"
// for one outside the table above.
QString kafkaErrorName(std::int16_t code);

// The Kafka error a client must see for an engine error, so it reacts as it
// would to a real broker (refresh metadata, retry, rejoin, give up).
KafkaError toKafkaError(Errc code);

} // namespace bb::kafka
