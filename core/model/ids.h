#pragma once
// Strong types for the identifiers and positions the broker passes around,
// so a partition number can never be handed where an offset is expected.
// Plain values, usable on any thread.

#include <QtGlobal> // first: moc parses with its own predefines and needs Qt's before <compare>

#include <compare>
#include <cstdint>
#include <functional>

namespace bb {

template <typename Tag, typename Rep>
struct StrongId {
    Rep value{};
    constexpr StrongId() = default;
    constexpr explicit StrongId(Rep v) : value(v) {}
    constexpr auto operator<=>(const StrongId &) const = default;
};

using NodeId = StrongId<struct NodeIdTag, std::int32_t>;
using TopicId = StrongId<struct TopicIdTag, std::int32_t>;
using PartitionId = StrongId<struct PartitionIdTag, std::int32_t>;
using Epoch = StrongId<struct EpochTag, std::int32_t>;
using ActorId = StrongId<struct ActorIdTag, std::int32_t>;
using ProducerId = StrongId<struct ProducerIdTag, std::int64_t>;

// Offsets are positions in a log: they need arithmetic, so they get it.
struct Offset {
    std::int64_t value = 0;
    constexpr Offset() = default;
    constexpr explicit Offset(std::int64_t v) : value(v) {}
    constexpr auto operator<=>(const Offset &) const = default;
    constexpr Offset operator+(std::int64_t d) const { return Offset(value + d); }
    constexpr Offset operator-(std::int64_t d) const { return Offset(value - d); }
    constexpr std::int64_t operator-(Offset o) const { return value - o.value; }
    constexpr Offset &operator+=(std::int64_t d) { value += d; return *this; }
};

inline constexpr NodeId kNoNode{-1};
inline constexpr Epoch kNoEpoch{-1};
inline constexpr ProducerId kNoProducer{-1};

// Virtual time in microseconds since the simulation started.
using Micros = std::int64_t;
inline constexpr Micros kMillisecond = 1000;
inline constexpr Micros kSecond = 1000 * kMillisecond;

struct TopicPartition {
    TopicId topic;
    PartitionId partition;
    constexpr auto operator<=>(const TopicPartition &) const = default;
    std::uint64_t key() const
    {
        return (std::uint64_t(std::uint32_t(topic.value)) << 32) | std::uint32_t(partition.value);
    }
};

} // namespace bb

template <typename Tag, typename Rep>
struct std::hash<bb::StrongId<Tag, Rep>> {
    std::size_t operator()(const bb::StrongId<Tag, Rep> &id) const noexcept { return std::hash<Rep>()(id.value); }
};
template <>
struct std::hash<bb::Offset> {
    std::size_t operator()(bb::Offset o) const noexcept { return std::hash<std::int64_t>()(o.value); }
};
template <>
struct std::hash<bb::TopicPartition> {
    std::size_t operator()(const bb::TopicPartition &tp) const noexcept { return std::hash<std::uint64_t>()(tp.key()); }
};
