#pragma once
// The publish panel's side of the PublishAgent: the record it asks to send
// and the plain values it gets back (each send's outcome, a transaction's
// end, the repeat's counts). Value types only, so the GUI includes this and
// not the client or cluster headers behind the agent.

#include "model/error.h"
#include "model/ids.h"
#include "model/messages.h" // Acks

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace bb {

// How the panel's producer delivers: Kafka's enable.idempotence and
// transactional.id. Both imply acks=all (the record's acks are ignored).
enum class PublishMode { Plain, Idempotent, Transactional };

struct PublishRecord {
    QString topic;
    QByteArray key;                 // isNull(): no key
    QByteArray value;               // isNull(): a tombstone
    std::vector<std::pair<QByteArray, QByteArray>> headers;
    int partition = -1;             // < 0: by key hash (round robin without a key)
    Acks acks = Acks::All;
    PublishMode mode = PublishMode::Plain;
};

// A transaction of the transactional producer ended (committed, aborted
// on request, or failed with the error that says why).
struct TransactionResult {
    bool committed = false;
    std::int64_t records = 0;       // sent in it
    Error error;
    Micros at = 0;                  // virtual time
};

struct SendResult {
    std::uint64_t id = 0;           // the request's
    QString topic;
    int partition = -1;
    Offset offset{-1};              // -1 under acks=0: no one answers with one
    Error error;
    Micros latency = 0;             // send to answer, virtual
    Micros at = 0;                  // virtual time of the answer
};

struct RepeatStatus {
    bool running = false;
    double rate = 0;                // records per virtual second
    std::int64_t sent = 0;          // accepted by the producer
    std::int64_t acked = 0;
    std::int64_t failed = 0;        // refused at once or failed later
    SendResult last;             // the latest answer
    std::int64_t committedTransactions = 0; // transactional mode
};

} // namespace bb
