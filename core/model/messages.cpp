#include "messages.h"

namespace bb {

const char *messageName(const Message &m)
{
    static constexpr const char *names[] = {"None", "Produce", "ProduceResponse", "Fetch", "FetchResponse",
                                            "BrokerRegistration", "BrokerHeartbeat", "MetadataUpdate",
                                            "AlterPartition", "AlterPartitionResponse", "Metadata",
                                            "MetadataResponse", "JoinGroup", "JoinGroupResponse", "SyncGroup",
                                            "SyncGroupResponse", "Heartbeat", "HeartbeatResponse", "LeaveGroup",
                                            "LeaveGroupResponse", "OffsetCommit", "OffsetCommitResponse",
                                            "OffsetFetch", "OffsetFetchResponse", "ListOffsets", "ListOffsetsResponse",
                                            "InitProducerId", "InitProducerIdResponse", "AddPartitionsToTxn",
                                            "AddOffsetsToTxn", "EndTxn", "TxnResponse", "TxnOffsetCommit",
                                            "WriteTxnMarkers", "WriteTxnMarkersResponse", "QueueFetch",
                                            "QueueFetchResponse", "QueueAck", "QueueAckResponse", "Publish",
                                            "PublishResponse"};
    static_assert(std::size(names) == std::variant_size_v<Message>);
    return names[m.index()];
}

} // namespace bb
