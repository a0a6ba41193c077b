#pragma once
// The command set of the engine: what its users (the GUI's views and panels,
// the admin API, tests) may ask of a running cluster, as typed requests that
// Engine's command functions (engine.h) carry out on the engine thread. A
// caller names what it wants (crash node 2, send this record, start a
// consumer) and gets plain values back; only the engine module touches the
// Cluster. This header holds the value types a caller needs and nothing from
// the cluster or client layers.
//
// Every command is meant for the run that was current when it was posted.
// One that reaches the engine after load() or restart() replaced that run is
// dropped, not carried out on the new cluster. A dropped command that was
// named ("crash node 1": one a user asked for) is reported through
// Engine::errorOccurred and, when it answers with an Error, through its
// reply too (an HTTP client waiting for a fault gets its answer); an unnamed
// one (a view's polling) goes quietly.

#include "engine/consumetypes.h"
#include "engine/publishtypes.h"
#include "model/error.h"
#include "sim/faultplan.h"

#include <QObject>

#include <cstdint>
#include <functional>

namespace bb {

// Where a command's answer goes: `done` runs on the thread of `context`
// (the GUI thread for a widget), and not at all once `context` is destroyed.
// An empty `done` asks for no answer.
template <class T>
struct CommandReply {
    QObject *context = nullptr;
    std::function<void(T)> done;

    explicit operator bool() const { return context && done; }
};

// Where the publishing client's answers go. Its producer answers later than
// the command that sent a record (on acknowledgement), and a transaction
// ends when the coordinator says so, so these stay with the client until the
// next publish command installs its own.
struct PublishReplies {
    QObject *context = nullptr;
    std::function<void(SendResult)> sent;                   // a single send answered: offset or error
    std::function<void(TransactionResult)> transactionEnded; // committed, aborted or failed
    std::function<void(Error, Micros)> refused;             // a commit or abort that cannot be done now, and when
};

// The publishing client as it stands: its repeat and its open transaction.
struct PublishStatus {
    RepeatStatus repeat;
    std::int64_t openTransactionRecords = -1; // -1: none is open
};

} // namespace bb
