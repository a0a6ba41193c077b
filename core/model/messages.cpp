#include "messages.h"

namespace bb {

const char *messageName(const Message &m)
{
    static constexpr const char *names[] = {"None", "Produce", "ProduceResponse", "Fetch", "FetchResponse",
                                            "BrokerRegistration", "BrokerHeartbeat", "MetadataUpdate",
                                            "AlterPartition", "AlterPartitionResponse", "Metadata",
                                            "MetadataResponse"};
    static_assert(std::size(names) == std::variant_size_v<Message>);
    return names[m.index()];
}

} // namespace bb
