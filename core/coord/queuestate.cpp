#include "queuestate.h"

#include "client/topicreader.h"

#include <algorithm>
#include <cstdlib>

namespace bb {

QueueState::QueueState(QueueConfig config)
    : m_config(std::move(config))
{
}

QueueState::Slot *QueueState::find(const RecordRef &ref)
{
    auto w = m_windows.find(ref.first);
    if (w == m_windows.end())
        return nullptr;
    auto it = w->second.find(ref.second.value);
    return it == w->second.end() ? nullptr : &it->second;
}

int QueueState::memberIndex(const QString &member)
{
    auto it = std::find(m_members.begin(), m_members.end(), member);
    if (it != m_members.end())
        return int(it - m_members.begin());
    m_members.push_back(member);
    return int(m_members.size()) - 1;
}

bool QueueState::wantsMore(TopicPartition tp) const
{
    auto w = m_windows.find(tp);
    return w == m_windows.end() || w->second.size() < kMaxWindow;
}

bool QueueState::isDuplicate(const RecordRef &ref, const RecordView &record, QByteArray *id)
{
    const QByteArrayView v = recordHeader(record, "message-id");
    if (v.isNull())
        return false;
    const Micros window = m_config.deduplicationWindow;
    const Micros ts = record.timestamp;
    auto seen = m_seen.find(v.toByteArray());
    if (seen != m_seen.end() && std::llabs(ts - seen->second.timestamp) < window)
        return true;
    *id = v.toByteArray();
    m_seen[*id] = SeenId{ts, ref};
    m_seenOrder.emplace_back(ts, *id);
    // Ids older than the window can no longer match anything: forget them.
    m_maxSeenTimestamp = std::max(m_maxSeenTimestamp, ts);
    while (!m_seenOrder.empty() && m_seenOrder.front().first <= m_maxSeenTimestamp - window) {
        auto it = m_seen.find(m_seenOrder.front().second);
        if (it != m_seen.end() && it->second.timestamp == m_seenOrder.front().first)
            m_seen.erase(it);
        m_seenOrder.pop_front();
    }
    return false;
}

void QueueState::append(TopicPartition tp, Offset offset, const RecordView &record, const RecordBatch &batch)
{
    Offset &seenUpTo = m_appendedUpTo[tp];
    if (offset < seenUpTo)
        return; // read again after the reader was sent back (a log cut back below our position)
    seenUpTo = offset + 1;
    const RecordRef ref{tp, offset};
    QByteArray id;
    if (m_config.deduplicationWindow > 0 && isDuplicate(ref, record, &id)) {
        ++m_stats.deduplicated; // archived on arrival: never delivered, never tracked
        return;
    }
    Slot s;
    s.seq = m_nextSeq++;
    s.record = record;
    s.batch = batch;
    s.messageId = std::move(id);
    const std::int64_t seq = s.seq;
    bool ready = true;
    if (m_config.fifo) {
        const QByteArrayView g = recordHeader(record, "group");
        s.group = g.isNull() ? record.key.toByteArray() : g.toByteArray();
        auto &queue = m_groups[s.group];
        queue.push_back(ref);
        ready = queue.size() == 1; // only a group's head may be delivered
    }
    m_windows[tp].emplace(offset.value, std::move(s));
    ++m_available;
    if (ready)
        m_ready.emplace(seq, ref);
}

void QueueState::acquire(const QString &member, int max, Micros now, std::vector<QueueRecord> &out)
{
    const int who = memberIndex(member);
    for (int n = 0; n < max && !m_ready.empty(); ++n) {
        auto it = m_ready.begin();
        const RecordRef ref = it->second;
        m_ready.erase(it);
        Slot *s = find(ref);
        Q_ASSERT(s && s->state == State::Available);
        s->state = State::Acquired;
        ++s->deliveries;
        s->member = who;
        s->lockDeadline = now + m_config.visibilityTimeout;
        m_locks.insert({s->lockDeadline, s->seq, ref});
        --m_available;
        ++m_inFlight;
        ++m_stats.delivered;
        if (s->deliveries > 1)
            ++m_stats.redelivered;

        QueueRecord r;
        r.tp = ref.first;
        r.offset = ref.second;
        r.deliveryCount = s->deliveries;
        r.lockedUntil = s->lockDeadline;
        r.timestamp = s->record.timestamp;
        r.key = s->record.key.toByteArray();
        r.value = s->record.value.toByteArray();
        for (int i = 0; i < s->record.headerCount; ++i) {
            const RecordHeader h = s->record.header(i);
            r.headers.emplace_back(h.key.toByteArray(), h.value.toByteArray());
        }
        out.push_back(std::move(r));
    }
}

void QueueState::makeAvailable(const RecordRef &ref, Slot &s)
{
    s.state = State::Available;
    s.member = -1;
    ++m_available;
    // Back at its place in arrival order. In a FIFO queue it is still its
    // group's head, so the group stays blocked until it is delivered again.
    m_ready.emplace(s.seq, ref);
}

void QueueState::requeueOrDeadLetter(const RecordRef &ref, Slot &s, std::vector<DeadLetter> &out)
{
    if (s.deliveries >= m_config.maxDeliveries)
        deadLetter(ref, s, "delivery_limit", out);
    else
        makeAvailable(ref, s);
}

void QueueState::deadLetter(const RecordRef &ref, Slot &s, const char *reason, std::vector<DeadLetter> &out)
{
    // The message left the queue: a redriven or resent copy with the same
    // id must not be taken for a duplicate of it.
    if (!s.messageId.isNull()) {
        auto it = m_seen.find(s.messageId);
        if (it != m_seen.end() && it->second.ref == ref)
            m_seen.erase(it);
    }
    if (m_config.deadLetterTopic.isEmpty()) {
        out.push_back({ref.first, ref.second, s.deliveries, QByteArray(reason), true, {}, {}});
        s.state = State::Archived;
        ++m_stats.discarded;
        finish(ref);
        return;
    }
    s.state = State::DeadLettering;
    out.push_back({ref.first, ref.second, s.deliveries, QByteArray(reason), false, s.record, s.batch});
}

void QueueState::deadLettered(TopicPartition tp, Offset offset)
{
    const RecordRef ref{tp, offset};
    Slot *s = find(ref);
    if (!s || s->state != State::DeadLettering)
        return; // a duplicate acknowledgement of a retried write
    s->state = State::Archived;
    ++m_stats.deadLettered;
    finish(ref);
}

void QueueState::finish(const RecordRef &ref)
{
    auto w = m_windows.find(ref.first);
    Q_ASSERT(w != m_windows.end());
    if (m_config.fifo) {
        auto g = m_groups.find(w->second.at(ref.second.value).group);
        Q_ASSERT(g != m_groups.end() && g->second.front() == ref);
        g->second.pop_front();
        if (g->second.empty()) {
            m_groups.erase(g);
        } else {
            const RecordRef next = g->second.front();
            m_ready.emplace(find(next)->seq, next);
        }
    }
    // Forget everything finished below the oldest record still needed.
    auto &slots = w->second;
    while (!slots.empty()
           && (slots.begin()->second.state == State::Acknowledged || slots.begin()->second.state == State::Archived))
        slots.erase(slots.begin());
}

int QueueState::acknowledge(const QString &member, QueueAck kind, std::span<const RecordRef> records,
                            std::vector<DeadLetter> &deadLetters, int *invalid)
{
    const auto who = std::find(m_members.begin(), m_members.end(), member);
    const int index = who == m_members.end() ? -2 : int(who - m_members.begin());
    int applied = 0;
    for (const RecordRef &ref : records) {
        Slot *s = find(ref);
        if (!s || s->state != State::Acquired || s->member != index) {
            if (invalid)
                ++*invalid;
            continue;
        }
        m_locks.erase({s->lockDeadline, s->seq, ref});
        --m_inFlight;
        ++applied;
        switch (kind) {
        case QueueAck::Accept:
            s->state = State::Acknowledged;
            ++m_stats.acknowledged;
            finish(ref);
            break;
        case QueueAck::Release:
            ++m_stats.released;
            requeueOrDeadLetter(ref, *s, deadLetters);
            break;
        case QueueAck::Reject:
            ++m_stats.rejected;
            deadLetter(ref, *s, "rejected", deadLetters);
            break;
        }
    }
    return applied;
}

void QueueState::expireLocks(Micros now, std::vector<DeadLetter> &deadLetters)
{
    while (!m_locks.empty() && m_locks.begin()->deadline <= now) {
        const RecordRef ref = m_locks.begin()->ref;
        m_locks.erase(m_locks.begin());
        Slot *s = find(ref);
        Q_ASSERT(s && s->state == State::Acquired);
        --m_inFlight;
        ++m_stats.lockExpired;
        requeueOrDeadLetter(ref, *s, deadLetters);
    }
}

QueueStats QueueState::stats(Micros now, std::int64_t unread) const
{
    QueueStats st = m_stats;
    st.available = m_available + unread;
    st.inFlight = m_inFlight;
    Micros oldest = -1;
    for (const auto &[tp, slots] : m_windows) {
        for (const auto &[offset, s] : slots) {
            if (s.state == State::Available || s.state == State::Acquired) {
                if (oldest < 0 || s.record.timestamp < oldest)
                    oldest = s.record.timestamp;
                break; // the first unfinished record of a partition is its oldest arrival
            }
        }
    }
    st.oldestMessageAge = oldest < 0 ? 0 : std::max<Micros>(0, now - oldest);
    return st;
}

std::size_t QueueState::trackedRecords() const
{
    std::size_t n = 0;
    for (const auto &[tp, slots] : m_windows)
        n += slots.size();
    return n;
}

} // namespace bb
