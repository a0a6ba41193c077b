#pragma once
// EventLoop: the single-threaded heart of a simulated cluster. Holds virtual
// time and a queue of timed events (message deliveries, actor timers, harness
// callbacks), ordered by (time, insertion sequence) so the same inputs always
// run in the same order. Every processed event is folded into a trace hash:
// same topology + seed + fault plan => same hash.
//
// Events live in a slab reused through a free list and the queue is a binary
// heap of small keys, so steady-state scheduling allocates nothing.
// Owned by the Cluster; used only from the thread that runs it.

#include "sim/actor.h"

#include <functional>
#include <vector>

namespace bb {

struct TimerHandle {
    std::uint32_t slot = UINT32_MAX;
    std::uint32_t generation = 0;
    bool isValid() const { return slot != UINT32_MAX; }
};

class EventLoop {
public:
    EventLoop();

    Micros now() const { return m_now; }

    // Attaches an actor to an address; attaching again (a restarted node) or
    // detaching (nullptr: a crashed node) drops the old instance's timers
    // and the messages sent to it that have not arrived yet: a new process
    // never receives what was sent to the one before (its connections died
    // with it).
    void attach(ActorId id, Actor *actor);
    Actor *actor(ActorId id) const;

    TimerHandle schedule(Micros delay, ActorId target, std::uint64_t tag);
    void cancel(TimerHandle &handle);
    void deliver(Micros at, ActorId from, ActorId to, Message message);
    // Harness callbacks: faults, periodic sampling. Not for the hot path.
    void call(Micros delay, std::function<void()> fn);

    bool hasEvents() const { return !m_heap.empty(); }
    Micros nextEventTime() const;
    // Runs the next event; false if none.
    bool runOne();
    // Runs every event due at or before t, then sets the time to t.
    void runUntil(Micros t);

    std::uint64_t traceHash() const { return m_hash; }
    std::uint64_t eventsProcessed() const { return m_processed; }
    // Folds a harness-level fact (a fault, an election) into the trace hash.
    void trace(std::uint64_t a, std::uint64_t b = 0);

private:
    enum class Kind : std::uint8_t { Free, Message, Timer, Call };
    struct Event {
        Kind kind = Kind::Free;
        bool cancelled = false;
        std::uint32_t generation = 0;     // of the slot, validates TimerHandles
        std::uint32_t actorGeneration = 0; // of the target actor when scheduled or sent
        ActorId from, to;
        std::uint64_t tag = 0;
        Message message;
        std::function<void()> fn;
    };
    struct Key {
        Micros at;
        std::uint64_t seq;
        std::uint32_t slot;
    };
    struct Later {
        bool operator()(const Key &a, const Key &b) const { return a.at != b.at ? a.at > b.at : a.seq > b.seq; }
    };
    std::uint32_t allocSlot();
    void push(Micros at, std::uint32_t slot);
    void mix(std::uint64_t v);

    Micros m_now = 0;
    std::uint64_t m_seq = 0;
    std::uint64_t m_hash = 0xcbf29ce484222325ULL;
    std::uint64_t m_processed = 0;
    std::vector<Event> m_slots;
    std::vector<std::uint32_t> m_free;
    std::vector<Key> m_heap;
    std::vector<Actor *> m_actors;
    std::vector<std::uint32_t> m_actorGen;
};

} // namespace bb
