#include "error.h"

#include <QCoreApplication>

namespace bb {

const char *errcName(Errc code)
{
    switch (code) {
    case Errc::None: return "None";
    case Errc::NotLeader: return "NotLeader";
    case Errc::NotEnoughReplicas: return "NotEnoughReplicas";
    case Errc::NotEnoughReplicasAfterAppend: return "NotEnoughReplicasAfterAppend";
    case Errc::UnknownTopic: return "UnknownTopic";
    case Errc::UnknownPartition: return "UnknownPartition";
    case Errc::InvalidConfig: return "InvalidConfig";
    case Errc::InvalidRecord: return "InvalidRecord";
    case Errc::OffsetOutOfRange: return "OffsetOutOfRange";
    case Errc::RequestTimedOut: return "RequestTimedOut";
    case Errc::FencedLeaderEpoch: return "FencedLeaderEpoch";
    case Errc::StaleBrokerEpoch: return "StaleBrokerEpoch";
    case Errc::NodeDown: return "NodeDown";
    case Errc::StorageError: return "StorageError";
    case Errc::CorruptFile: return "CorruptFile";
    case Errc::RebalanceInProgress: return "RebalanceInProgress";
    case Errc::UnknownMemberId: return "UnknownMemberId";
    case Errc::IllegalGeneration: return "IllegalGeneration";
    case Errc::OutOfOrderSequence: return "OutOfOrderSequence";
    case Errc::ProducerFenced: return "ProducerFenced";
    case Errc::InvalidTxnState: return "InvalidTxnState";
    case Errc::ConcurrentTransactions: return "ConcurrentTransactions";
    case Errc::UnstableOffsetCommit: return "UnstableOffsetCommit";
    case Errc::UnknownQueue: return "UnknownQueue";
    case Errc::UnknownExchange: return "UnknownExchange";
    case Errc::InvalidRecordState: return "InvalidRecordState";
    case Errc::Count: break;
    }
    return "Unknown";
}

QString errcMessage(Errc code)
{
    switch (code) {
    case Errc::None: return QString();
    case Errc::NotLeader:
        return QCoreApplication::translate("bb::Error", "This node does not lead the partition; refresh metadata and send to the current leader.");
    case Errc::NotEnoughReplicas:
        return QCoreApplication::translate("bb::Error", "Too few in-sync replicas to accept an acks=all write; bring replicas back or lower min.insync.replicas.");
    case Errc::NotEnoughReplicasAfterAppend:
        return QCoreApplication::translate("bb::Error", "The write was appended but the in-sync replica set shrank below min.insync.replicas before it was committed; retry it.");
    case Errc::UnknownTopic:
        return QCoreApplication::translate("bb::Error", "No such topic; create it first or check the name.");
    case Errc::UnknownPartition:
        return QCoreApplication::translate("bb::Error", "No such partition; the topic has fewer partitions.");
    case Errc::InvalidConfig:
        return QCoreApplication::translate("bb::Error", "Invalid configuration.");
    case Errc::InvalidRecord:
        return QCoreApplication::translate("bb::Error", "The record batch is malformed and was rejected.");
    case Errc::OffsetOutOfRange:
        return QCoreApplication::translate("bb::Error", "The offset is outside the log; seek to the log start or the end.");
    case Errc::RequestTimedOut:
        return QCoreApplication::translate("bb::Error", "The request timed out; the broker may be down or cut off.");
    case Errc::FencedLeaderEpoch:
        return QCoreApplication::translate("bb::Error", "The request carried an old leader epoch; refresh metadata.");
    case Errc::StaleBrokerEpoch:
        return QCoreApplication::translate("bb::Error", "The request came from an earlier incarnation of the node and was fenced.");
    case Errc::NodeDown:
        return QCoreApplication::translate("bb::Error", "The node is down; restart it.");
    case Errc::StorageError:
        return QCoreApplication::translate("bb::Error", "The node's storage failed.");
    case Errc::CorruptFile:
        return QCoreApplication::translate("bb::Error", "The file is damaged or not a Brokerbench file.");
    case Errc::RebalanceInProgress:
        return QCoreApplication::translate("bb::Error", "The group is rebalancing; the member must rejoin before it can commit.");
    case Errc::UnknownMemberId:
        return QCoreApplication::translate("bb::Error", "The group no longer knows this member (its session expired); it must join again.");
    case Errc::IllegalGeneration:
        return QCoreApplication::translate("bb::Error", "The request came from an older group generation and was fenced; rejoin and reprocess from the committed offset.");
    case Errc::OutOfOrderSequence:
        return QCoreApplication::translate("bb::Error", "The broker received a batch out of sequence; an earlier batch was lost.");
    case Errc::ProducerFenced:
        return QCoreApplication::translate("bb::Error", "A newer producer with the same transactional id took over; this one is a zombie and must stop.");
    case Errc::InvalidTxnState:
        return QCoreApplication::translate("bb::Error", "The transaction is not in a state that allows this; begin one first.");
    case Errc::ConcurrentTransactions:
        return QCoreApplication::translate("bb::Error", "The previous transaction is still being completed; retry shortly.");
    case Errc::UnstableOffsetCommit:
        return QCoreApplication::translate("bb::Error", "A transaction that commits offsets for this partition is still open; the consumer waits for it to finish before it starts reading.");
    case Errc::UnknownQueue:
        return QCoreApplication::translate("bb::Error", "No such queue; declare it first.");
    case Errc::UnknownExchange:
        return QCoreApplication::translate("bb::Error", "No such exchange; declare it first.");
    case Errc::InvalidRecordState:
        return QCoreApplication::translate("bb::Error", "This member does not hold that record (its lock expired and it was redelivered).");
    case Errc::Count: break;
    }
    return QString();
}

} // namespace bb
