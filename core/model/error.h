#pragma once
// Expected failures are values: an error code plus a sentence a user can act
// on. Exceptions are kept for programming errors only.

#include <QString>

#include <utility>
#include <variant>

namespace bb {

enum class Errc {
    None,
    NotLeader,              // the receiving node does not lead the partition
    NotEnoughReplicas,      // ISR smaller than min.insync.replicas, write refused before append
    NotEnoughReplicasAfterAppend,
    UnknownTopic,
    UnknownPartition,
    InvalidConfig,
    InvalidRecord,          // malformed batch or frame
    OffsetOutOfRange,
    RequestTimedOut,
    FencedLeaderEpoch,
    StaleBrokerEpoch,
    NodeDown,
    StorageError,
    CorruptFile,
    // Consumer groups
    RebalanceInProgress,     // rejoin the group
    UnknownMemberId,         // the member was removed (session timeout); join again
    IllegalGeneration,       // a commit or heartbeat from an older generation: fenced
    // Idempotence and transactions
    OutOfOrderSequence,      // a gap in the producer's sequence numbers
    ProducerFenced,          // a newer producer with the same transactional id exists (zombie)
    InvalidTxnState,
    ConcurrentTransactions,  // the previous transaction is still completing; retry
    UnstableOffsetCommit,    // offsets of an open transaction are pending for the partition; retry
    // Queues and routing
    UnknownQueue,
    UnknownExchange,
    InvalidRecordState,      // ack/release of a record this member does not hold (lock expired)
    Count
};

// A short, stable name for logs and JSON ("NotLeader").
const char *errcName(Errc code);
// The generic sentence for a code, used when no more specific one is known.
QString errcMessage(Errc code);

struct Error {
    Errc code = Errc::None;
    QString message;

    Error() = default;
    Error(Errc c) : code(c), message(errcMessage(c)) {}
    Error(Errc c, QString m) : code(c), message(std::move(m)) {}
    explicit operator bool() const { return code != Errc::None; }
};

// Either a value or an Error. Small on purpose; the project targets C++20.
template <typename T>
class Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}
    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<T>(m_v); }
    const T &value() const { return std::get<T>(m_v); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

} // namespace bb
