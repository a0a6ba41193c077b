#pragma once
// Kafka's consumer protocol: what a consumer puts in JoinGroup's protocol
// metadata (its subscription) and what the group leader puts in SyncGroup
// (each member's assignment). The coordinator hands both on unread; the
// listener reads them only so the engine's group views show the topics and
// partitions of external members like those of built-in ones.
// Plain functions, any thread.

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace bb::kafka {

using NamedPartition = std::pair<QString, std::int32_t>;

struct ConsumerSubscription {
    bool ok = false;
    std::vector<QString> topics;
    std::vector<NamedPartition> owned; // version 1 and later
};

struct ConsumerAssignment {
    bool ok = false;
    std::vector<NamedPartition> partitions;
};

ConsumerSubscription decodeSubscription(QByteArrayView bytes);
ConsumerAssignment decodeAssignment(QByteArrayView bytes);

} // namespace bb::kafka
