#include "eventloop.h"

#include <algorithm>

namespace bb {

EventLoop::EventLoop()
{
    m_slots.reserve(1024);
    m_heap.reserve(1024);
}

void EventLoop::attach(ActorId id, Actor *actor)
{
    const auto i = std::size_t(id.value);
    if (i >= m_actors.size()) {
        m_actors.resize(i + 1, nullptr);
        m_actorGen.resize(i + 1, 0);
    }
    m_actors[i] = actor;
    ++m_actorGen[i];
}

Actor *EventLoop::actor(ActorId id) const
{
    const auto i = std::size_t(id.value);
    return i < m_actors.size() ? m_actors[i] : nullptr;
}

std::uint32_t EventLoop::allocSlot()
{
    if (!m_free.empty()) {
        const auto s = m_free.back();
        m_free.pop_back();
        return s;
    }
    m_slots.emplace_back();
    return std::uint32_t(m_slots.size() - 1);
}

void EventLoop::push(Micros at, std::uint32_t slot)
{
    m_heap.push_back({std::max(at, m_now), m_seq++, slot});
    std::push_heap(m_heap.begin(), m_heap.end(), Later());
}

TimerHandle EventLoop::schedule(Micros delay, ActorId target, std::uint64_t tag)
{
    const auto s = allocSlot();
    Event &e = m_slots[s];
    e.kind = Kind::Timer;
    e.cancelled = false;
    e.to = target;
    e.tag = tag;
    const auto i = std::size_t(target.value);
    e.actorGeneration = i < m_actorGen.size() ? m_actorGen[i] : 0;
    push(m_now + delay, s);
    return {s, e.generation};
}

void EventLoop::cancel(TimerHandle &handle)
{
    if (handle.isValid() && handle.slot < m_slots.size()) {
        Event &e = m_slots[handle.slot];
        if (e.generation == handle.generation && e.kind == Kind::Timer)
            e.cancelled = true;
    }
    handle = {};
}

void EventLoop::deliver(Micros at, ActorId from, ActorId to, Message message)
{
    const auto s = allocSlot();
    Event &e = m_slots[s];
    e.kind = Kind::Message;
    e.cancelled = false;
    e.from = from;
    e.to = to;
    const auto i = std::size_t(to.value);
    e.actorGeneration = i < m_actorGen.size() ? m_actorGen[i] : 0;
    e.message = std::move(message);
    push(at, s);
}

void EventLoop::call(Micros delay, std::function<void()> fn)
{
    const auto s = allocSlot();
    Event &e = m_slots[s];
    e.kind = Kind::Call;
    e.cancelled = false;
    e.fn = std::move(fn);
    push(m_now + delay, s);
}

Micros EventLoop::nextEventTime() const { return m_heap.empty() ? m_now : m_heap.front().at; }

void EventLoop::mix(std::uint64_t v)
{
    // FNV-1a over 64-bit words: cheap, and enough to tell two traces apart.
    m_hash = (m_hash ^ v) * 0x100000001b3ULL;
}

void EventLoop::trace(std::uint64_t a, std::uint64_t b)
{
    mix(a);
    mix(b);
}

bool EventLoop::runOne()
{
    if (m_heap.empty())
        return false;
    std::pop_heap(m_heap.begin(), m_heap.end(), Later());
    const Key key = m_heap.back();
    m_heap.pop_back();
    m_now = key.at;

    Event &e = m_slots[key.slot];
    const Kind kind = e.kind;
    const bool cancelled = e.cancelled;
    const ActorId from = e.from, to = e.to;
    const std::uint64_t tag = e.tag;
    const std::uint32_t actorGen = e.actorGeneration;
    // Move the payload out before dispatch: handlers schedule new events,
    // which may grow the slab and move this slot.
    Message message = kind == Kind::Message ? std::move(e.message) : Message();
    std::function<void()> fn = kind == Kind::Call ? std::move(e.fn) : nullptr;
    e.kind = Kind::Free;
    e.message = std::monostate();
    e.fn = nullptr;
    ++e.generation;
    m_free.push_back(key.slot);

    if (cancelled)
        return true;
    ++m_processed;
    switch (kind) {
    case Kind::Message: {
        mix(std::uint64_t(key.at));
        mix((std::uint64_t(std::uint32_t(from.value)) << 32) | std::uint32_t(to.value));
        mix(message.index());
        const auto i = std::size_t(to.value);
        if (i < m_actors.size() && m_actors[i] && m_actorGen[i] == actorGen)
            m_actors[i]->onMessage(from, message);
        break;
    }
    case Kind::Timer: {
        const auto i = std::size_t(to.value);
        if (i < m_actors.size() && m_actors[i] && m_actorGen[i] == actorGen) {
            mix(std::uint64_t(key.at));
            mix(0x7100000000000000ULL | std::uint32_t(to.value));
            mix(tag);
            m_actors[i]->onTimer(tag);
        }
        break;
    }
    case Kind::Call:
        mix(std::uint64_t(key.at));
        fn();
        break;
    case Kind::Free:
        break;
    }
    return true;
}

void EventLoop::runUntil(Micros t)
{
    while (!m_heap.empty() && m_heap.front().at <= t)
        runOne();
    if (t > m_now)
        m_now = t;
}

} // namespace bb
