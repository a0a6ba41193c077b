// Keeps engine/snapshot.h a header of plain values. This file includes it
// alone and stops the build if the header ever again pulls in the cluster
// or its nodes, directly or through another header: every view compiles
// against the snapshot, and none should compile against the engine.
#include "engine/snapshot.h"

#include <type_traits>

namespace bb {
class Cluster;
class Node;
} // namespace bb

namespace {

// True once T's definition has been seen: sizeof of an incomplete type is
// ill-formed, which SFINAE turns into the false case.
template <typename T, typename = void>
struct IsComplete : std::false_type {};
template <typename T>
struct IsComplete<T, std::void_t<decltype(sizeof(T))>> : std::true_type {};

static_assert(!IsComplete<bb::Cluster>::value, "engine/snapshot.h must hold values only: it now defines bb::Cluster");
static_assert(!IsComplete<bb::Node>::value, "engine/snapshot.h must hold values only: it now defines bb::Node");

} // namespace
