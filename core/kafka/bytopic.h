#pragma once
// Kafka answers group partitions under their topic: [topic name, [partition
// ...]]. Handlers keep a flat list of parts (each with a `topic`) in request
// order; this writes them grouped, topics in first-seen order, leaving out
// the parts `include` rejects.

#include "kafka/kafkawire.h"

#include <QString>

#include <algorithm>
#include <vector>

namespace bb::kafka {

template <typename Part, typename Include, typename WritePart>
void writeByTopic(Writer &w, const std::vector<Part> &parts, Include include, WritePart writePart)
{
    std::vector<QString> order;
    for (const Part &p : parts)
        if (include(p) && std::find(order.begin(), order.end(), p.topic) == order.end())
            order.push_back(p.topic);
    w.arrayLength(qsizetype(order.size()), false);
    for (const QString &topic : order) {
        w.string(topic, false);
        w.arrayLength(std::count_if(parts.begin(), parts.end(), [&](const Part &p) { return p.topic == topic && include(p); }),
                      false);
        for (const Part &p : parts)
            if (p.topic == topic && include(p))
                writePart(p);
    }
}

inline constexpr auto kEveryPart = [](const auto &) { return true; };

} // namespace bb::kafka
