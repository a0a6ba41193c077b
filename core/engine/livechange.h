#pragma once
// LiveChange: the part of a scenario edit that a running cluster can take
// without starting over. Topics, producers, queues, exchanges and services
// added at the end of their lists, with everything else as it was, are
// created on the running cluster; any other edit (a deletion, a changed
// setting, a new node or publisher) needs a rebuild. Plain function; the
// command it returns runs on the engine thread (Engine::amend).

#include "topology/scenario.h"

#include <functional>

namespace bb {

using ClusterChange = std::function<Error(Cluster &)>;

// The command that turns a cluster built from `before` into one running
// `after`, or an empty function when the edit needs a rebuild.
ClusterChange liveChange(const Scenario &before, const Scenario &after);

} // namespace bb
