#pragma once
// Kafka answers group partitions under their topic: [topic name, [partition
// ...]]. Handlers keep a flat list of parts (each with a `topic`) in request
// order; this writes them grouped, topics in first-seen order, leaving out
// the parts `include` rejects.

#include "kafka/kafkaapis.h"
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

// A partition a request names and, if it was refused before reaching the
// engine (unknown topic, not authorized), why.
struct NamedPart {
    QString topic;
    std::int32_t partition = 0;
    KafkaError early = KafkaError::None;
};

// The answer of requests whose partitions share one outcome (commits,
// partitions added to a transaction): [topic, [partition, error]], each
// part's own refusal or else `error`.
inline void writePartErrors(Writer &w, const std::vector<NamedPart> &parts, KafkaError error)
{
    writeByTopic(w, parts, kEveryPart, [&](const NamedPart &p) {
        w.i32(p.partition);
        w.errorCode(std::int16_t(p.early != KafkaError::None ? p.early : error));
    });
}

} // namespace bb::kafka
