#pragma once
// Actor: anything that lives on the simulated network (broker node,
// controller, client). It reacts to messages and its own timers and never
// calls another actor directly. Runs on the cluster's event loop thread.

#include "model/messages.h"

#include <cstdint>

namespace bb {

class Actor {
public:
    virtual ~Actor() = default;
    virtual void onMessage(ActorId from, Message &message) = 0;
    virtual void onTimer(std::uint64_t tag) = 0;
};

// How an actor sends. SimNetwork is one implementation; a TCP transport is
// another. Actor code must not know which one carries it.
class Transport {
public:
    virtual ~Transport() = default;
    virtual void send(ActorId from, ActorId to, Message message) = 0;
};

} // namespace bb
