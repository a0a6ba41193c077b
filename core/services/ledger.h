#pragma once
// Ledger: the side effect of the lab's pipelines, an external system that
// records each payment it applies. It is where "exactly once" is judged:
// a payment applied twice is a duplicate, one never applied is lost, one
// applied after a later payment of the same account is out of order.
// In idempotency-key mode the application asks it first whether a payment
// was already applied (the stored result is returned, nothing applied).
// Plain object; lives on the loop thread.

#include "metrics/histogram.h"
#include "model/ids.h"

#include <QString>

#include <map>
#include <vector>

namespace bb {

struct Application {
    Micros time = 0;
    QString member;
    TopicPartition tp;
    Offset offset;
};

class Ledger {
public:
    // Returns true on the first application of `id`.
    bool apply(std::uint64_t id, std::uint32_t account, Micros createdAt, Micros now, const QString &member,
               TopicPartition tp, Offset offset);
    bool contains(std::uint64_t id) const { return m_entries.count(id) != 0; }

    std::int64_t applied() const { return m_firstApplications; } // distinct ids applied
    std::int64_t applications() const { return m_applications; } // including duplicates
    std::int64_t duplicatedIds() const { return m_duplicatedIds; }
    std::int64_t outOfOrder() const { return m_outOfOrder; }
    const LatencyHistogram &latency() const { return m_latency; }
    Micros firstApplyTime() const { return m_firstTime; }
    Micros lastApplyTime() const { return m_lastTime; }
    // Every application of one id, in order; empty if never applied.
    const std::vector<Application> &applicationsOf(std::uint64_t id) const;
    const std::map<std::uint64_t, std::vector<Application>> &entries() const { return m_entries; }
    std::int64_t timesApplied(std::uint64_t id) const { return std::int64_t(applicationsOf(id).size()); }
    void skippedDuplicate() { ++m_skippedDuplicates; }
    std::int64_t skippedDuplicates() const { return m_skippedDuplicates; }

private:
    std::map<std::uint64_t, std::vector<Application>> m_entries;
    std::map<std::uint32_t, std::uint64_t> m_lastIdPerAccount;
    std::int64_t m_firstApplications = 0;
    std::int64_t m_applications = 0;
    std::int64_t m_duplicatedIds = 0;
    std::int64_t m_outOfOrder = 0;
    std::int64_t m_skippedDuplicates = 0;
    Micros m_firstTime = -1;
    Micros m_lastTime = -1;
    LatencyHistogram m_latency;
};

} // namespace bb
