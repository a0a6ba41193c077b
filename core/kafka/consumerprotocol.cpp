#include "kafka/consumerprotocol.h"

#include "kafka/kafkawire.h"

namespace bb::kafka {

namespace {

std::vector<NamedPartition> readTopicPartitions(Reader &in)
{
    std::vector<NamedPartition> out;
    const std::int32_t topics = in.arrayLength(false, 6);
    for (std::int32_t t = 0; t < topics && !in.failed(); ++t) {
        const QString name = in.string(false);
        const std::int32_t n = in.arrayLength(false, 4);
        for (std::int32_t p = 0; p < n && !in.failed(); ++p)
            out.emplace_back(name, in.i32());
    }
    return out;
}

} // namespace

ConsumerSubscription decodeSubscription(QByteArrayView bytes)
{
    ConsumerSubscription s;
    Reader in(bytes);
    const std::int16_t version = in.i16();
    const std::int32_t topics = in.arrayLength(false, 2);
    for (std::int32_t t = 0; t < topics && !in.failed(); ++t)
        s.topics.push_back(in.string(false));
    in.bytes(false); // user data
    if (version >= 1 && !in.atEnd())
        s.owned = readTopicPartitions(in);
    s.ok = !in.failed() && version >= 0;
    return s;
}

ConsumerAssignment decodeAssignment(QByteArrayView bytes)
{
    ConsumerAssignment a;
    if (bytes.isEmpty()) {
        a.ok = true; // a member with nothing assigned may get no bytes at all
        return a;
    }
    Reader in(bytes);
    const std::int16_t version = in.i16();
    a.partitions = readTopicPartitions(in);
    a.ok = !in.failed() && version >= 0;
    return a;
}

} // namespace bb::kafka
