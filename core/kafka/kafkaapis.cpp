#include "kafka/kafkaapis.h"

#include <QString>

#include <array>

namespace bb::kafka {

namespace {

// What each version adds is noted where a handler treats it differently.
constexpr std::array kApis{
    ApiRange{ApiKey::Produce, 3, 7, 9, "Produce"},
    ApiRange{ApiKey::Fetch, 4, 11, 12, "Fetch"},
    ApiRange{ApiKey::ListOffsets, 0, 3, 6, "ListOffsets"},
    ApiRange{ApiKey::Metadata, 0, 6, 9, "Metadata"},
    ApiRange{ApiKey::OffsetCommit, 0, 7, 8, "OffsetCommit"},
    ApiRange{ApiKey::OffsetFetch, 1, 5, 6, "OffsetFetch"},
    ApiRange{ApiKey::FindCoordinator, 0, 2, 3, "FindCoordinator"},
    ApiRange{ApiKey::JoinGroup, 0, 5, 6, "JoinGroup"},
    ApiRange{ApiKey::Heartbeat, 0, 3, 4, "Heartbeat"},
    ApiRange{ApiKey::LeaveGroup, 0, 1, 4, "LeaveGroup"},
    ApiRange{ApiKey::SyncGroup, 0, 3, 4, "SyncGroup"},
    ApiRange{ApiKey::DescribeGroups, 0, 4, 5, "DescribeGroups"},
    ApiRange{ApiKey::ListGroups, 0, 2, 3, "ListGroups"},
    ApiRange{ApiKey::CreateTopics, 0, 4, 5, "CreateTopics"},
    ApiRange{ApiKey::DeleteTopics, 0, 1, 4, "DeleteTopics"},
    ApiRange{ApiKey::DescribeConfigs, 0, 2, 4, "DescribeConfigs"},
    ApiRange{ApiKey::SaslHandshake, 0, 1, 2, "SaslHandshake"},
    ApiRange{ApiKey::ApiVersions, 0, 3, 3, "ApiVersions"},
    ApiRange{ApiKey::SaslAuthenticate, 0, 1, 2, "SaslAuthenticate"},
    ApiRange{ApiKey::InitProducerId, 0, 4, 2, "InitProducerId"},
    ApiRange{ApiKey::AddPartitionsToTxn, 0, 1, 3, "AddPartitionsToTxn"},
    ApiRange{ApiKey::AddOffsetsToTxn, 0, 1, 3, "AddOffsetsToTxn"},
    ApiRange{ApiKey::EndTxn, 0, 1, 3, "EndTxn"},
    ApiRange{ApiKey::TxnOffsetCommit, 0, 2, 3, "TxnOffsetCommit"},
};

} // namespace

std::span<const ApiRange> supportedApis() { return kApis; }

const ApiRange *findApi(std::int16_t key)
{
    for (const ApiRange &a : kApis)
        if (std::int16_t(a.key) == key)
            return &a;
    return nullptr;
}

QString apiName(std::int16_t key)
{
    if (const ApiRange *a = findApi(key))
        return QString::fromLatin1(a->name);
    return QStringLiteral("api %1").arg(key);
}

QString kafkaErrorName(std::int16_t code)
{
    const char *name = nullptr;
    switch (KafkaError(code)) {
    case KafkaError::UnknownServerError: name = "UNKNOWN_SERVER_ERROR"; break;
    case KafkaError::None: name = "NONE"; break;
    case KafkaError::OffsetOutOfRange: name = "OFFSET_OUT_OF_RANGE"; break;
    case KafkaError::CorruptMessage: name = "CORRUPT_MESSAGE"; break;
    case KafkaError::UnknownTopicOrPartition: name = "UNKNOWN_TOPIC_OR_PARTITION"; break;
    case KafkaError::LeaderNotAvailable: name = "LEADER_NOT_AVAILABLE"; break;
    case KafkaError::NotLeaderOrFollower: name = "NOT_LEADER_OR_FOLLOWER"; break;
    case KafkaError::RequestTimedOut: name = "REQUEST_TIMED_OUT"; break;
    case KafkaError::MessageTooLarge: name = "MESSAGE_TOO_LARGE"; break;
    case KafkaError::CoordinatorNotAvailable: name = "COORDINATOR_NOT_AVAILABLE"; break;
    case KafkaError::NotCoordinator: name = "NOT_COORDINATOR"; break;
    case KafkaError::InvalidTopic: name = "INVALID_TOPIC_EXCEPTION"; break;
    case KafkaError::NotEnoughReplicas: name = "NOT_ENOUGH_REPLICAS"; break;
    case KafkaError::NotEnoughReplicasAfterAppend: name = "NOT_ENOUGH_REPLICAS_AFTER_APPEND"; break;
    case KafkaError::IllegalGeneration: name = "ILLEGAL_GENERATION"; break;
    case KafkaError::InconsistentGroupProtocol: name = "INCONSISTENT_GROUP_PROTOCOL"; break;
    case KafkaError::UnknownMemberId: name = "UNKNOWN_MEMBER_ID"; break;
    case KafkaError::RebalanceInProgress: name = "REBALANCE_IN_PROGRESS"; break;
    case KafkaError::TopicAuthorizationFailed: name = "TOPIC_AUTHORIZATION_FAILED"; break;
    case KafkaError::GroupAuthorizationFailed: name = "GROUP_AUTHORIZATION_FAILED"; break;
    case KafkaError::ClusterAuthorizationFailed: name = "CLUSTER_AUTHORIZATION_FAILED"; break;
    case KafkaError::UnsupportedSaslMechanism: name = "UNSUPPORTED_SASL_MECHANISM"; break;
    case KafkaError::IllegalSaslState: name = "ILLEGAL_SASL_STATE"; break;
    case KafkaError::UnsupportedVersion: name = "UNSUPPORTED_VERSION"; break;
    case KafkaError::TopicAlreadyExists: name = "TOPIC_ALREADY_EXISTS"; break;
    case KafkaError::InvalidPartitions: name = "INVALID_PARTITIONS"; break;
    case KafkaError::InvalidReplicationFactor: name = "INVALID_REPLICATION_FACTOR"; break;
    case KafkaError::InvalidConfig: name = "INVALID_CONFIG"; break;
    case KafkaError::InvalidRequest: name = "INVALID_REQUEST"; break;
    case KafkaError::PolicyViolation: name = "POLICY_VIOLATION"; break;
    case KafkaError::OutOfOrderSequenceNumber: name = "OUT_OF_ORDER_SEQUENCE_NUMBER"; break;
    case KafkaError::InvalidProducerEpoch: name = "INVALID_PRODUCER_EPOCH"; break;
    case KafkaError::InvalidTxnState: name = "INVALID_TXN_STATE"; break;
    case KafkaError::ConcurrentTransactions: name = "CONCURRENT_TRANSACTIONS"; break;
    case KafkaError::TransactionalIdAuthorizationFailed: name = "TRANSACTIONAL_ID_AUTHORIZATION_FAILED"; break;
    case KafkaError::KafkaStorageError: name = "KAFKA_STORAGE_ERROR"; break;
    case KafkaError::SaslAuthenticationFailed: name = "SASL_AUTHENTICATION_FAILED"; break;
    case KafkaError::FencedLeaderEpoch: name = "FENCED_LEADER_EPOCH"; break;
    case KafkaError::UnsupportedCompressionType: name = "UNSUPPORTED_COMPRESSION_TYPE"; break;
    case KafkaError::MemberIdRequired: name = "MEMBER_ID_REQUIRED"; break;
    case KafkaError::UnstableOffsetCommit: name = "UNSTABLE_OFFSET_COMMIT"; break;
    }
    return name ? QString::fromLatin1(name) : QStringLiteral("error %1").arg(code);
}

KafkaError toKafkaError(Errc code)
{
    switch (code) {
    case Errc::None: return KafkaError::None;
    // A node that is down or not leading: the client refreshes its metadata.
    case Errc::NotLeader:
    case Errc::NodeDown:
    case Errc::StaleBrokerEpoch: return KafkaError::NotLeaderOrFollower;
    case Errc::NotEnoughReplicas: return KafkaError::NotEnoughReplicas;
    case Errc::NotEnoughReplicasAfterAppend: return KafkaError::NotEnoughReplicasAfterAppend;
    case Errc::UnknownTopic:
    case Errc::UnknownPartition:
    case Errc::UnknownQueue:
    case Errc::UnknownExchange: return KafkaError::UnknownTopicOrPartition;
    case Errc::InvalidConfig: return KafkaError::InvalidConfig;
    case Errc::InvalidRecord: return KafkaError::CorruptMessage;
    case Errc::OffsetOutOfRange: return KafkaError::OffsetOutOfRange;
    case Errc::RequestTimedOut: return KafkaError::RequestTimedOut;
    case Errc::FencedLeaderEpoch: return KafkaError::FencedLeaderEpoch;
    case Errc::StorageError:
    case Errc::CorruptFile: return KafkaError::KafkaStorageError;
    case Errc::RebalanceInProgress: return KafkaError::RebalanceInProgress;
    case Errc::UnknownMemberId: return KafkaError::UnknownMemberId;
    case Errc::IllegalGeneration: return KafkaError::IllegalGeneration;
    case Errc::OutOfOrderSequence: return KafkaError::OutOfOrderSequenceNumber;
    // PRODUCER_FENCED (90) is newer than some clients' InitProducerId
    // versions; INVALID_PRODUCER_EPOCH is what those versions answer.
    case Errc::ProducerFenced: return KafkaError::InvalidProducerEpoch;
    case Errc::InvalidTxnState: return KafkaError::InvalidTxnState;
    case Errc::ConcurrentTransactions: return KafkaError::ConcurrentTransactions;
    case Errc::UnstableOffsetCommit: return KafkaError::UnstableOffsetCommit;
    case Errc::InvalidRecordState: return KafkaError::InvalidRequest;
    case Errc::Count: break;
    }
    return KafkaError::UnknownServerError;
}

} // namespace bb::kafka
