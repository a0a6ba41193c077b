#pragma once
// What the semantics lab runs: a workload of uniquely numbered payments,
// the delivery guarantees to compare, and the faults they all suffer.
// Every mode runs its own pipeline (producer -> topic -> consumer group ->
// ledger) in ONE cluster, so one fault plan hits them all at the same
// moment. Plain value.

#include "sim/faultplan.h"

#include <QString>

#include <vector>

namespace bb {

enum class Guarantee {
    AtMostOnce,     // acks=0, no retries; commit before processing
    AtLeastOnce,    // acks=all, retries; process, then commit
    ExactlyOnce,    // idempotent transactional producer, read_committed, offsets in the transaction
    IdempotencyKey, // at-least-once delivery; the ledger keeps processed ids and returns the first result
};

const char *guaranteeName(Guarantee g); // "at-most-once", ...
bool guaranteeFromName(const QString &name, Guarantee &out);

// Faults that hit clients rather than nodes or links.
enum class LabFaultKind {
    ConsumerCrash,    // member `member` of every group dies halfway through handling a polled batch
    ProducerLinkLoss, // the producers' links to every node drop `loss` of messages for `duration`
};

struct LabFault {
    Micros at = 0;
    LabFaultKind kind = LabFaultKind::ConsumerCrash;
    int member = 0;
    double loss = 0;
    Micros duration = 0;
    Micros restartAfter = 1 * kSecond; // a crashed consumer comes back as a new member after this
};

struct LabConfig {
    std::vector<Guarantee> modes{Guarantee::AtMostOnce, Guarantee::AtLeastOnce, Guarantee::ExactlyOnce,
                                 Guarantee::IdempotencyKey};
    int payments = 3000;
    double rate = 500;            // payments per virtual second
    int accounts = 20;            // keys: per-account order is what "in order" means
    int partitions = 3;
    int consumers = 2;            // members per group
    Micros processingTime = 2 * kMillisecond; // per payment
    int maxPollRecords = 50;
    Micros drainTime = 15 * kSecond; // after the last payment, time to finish
    std::vector<LabFault> clientFaults;
};

} // namespace bb
