#pragma once
// ClientStats: what one Kafka client connection on the listeners has done:
// where it comes from, which node's listener it reached, who it says it is
// (the client id of its latest request header) and who it proved to be
// (its SASL principal), its requests per API, its errors and bytes, and,
// once closed, when and why. Plain values, any thread: the listener thread
// keeps one per connection as its live counters, and
// KafkaServer::connections() hands out copies (see clientstatsboard.h).

#include "model/ids.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace bb::kafka {

struct ApiRequestCount {
    std::int16_t key = 0;
    QString name; // "Produce", "Metadata", ...; "api 42" for a key the listener does not speak
    std::int64_t count = 0;
    bool operator==(const ApiRequestCount &) const = default;
};

struct ClientStats {
    std::uint64_t connection = 0; // numbered from 1 by the listeners (a failed TLS handshake too)
    NodeId node;
    QString address;   // the client's host:port
    QString clientId;  // from the latest request header; empty until one is read
    QString principal; // the SASL user; empty while not authenticated
    bool tls = false;
    qint64 connectedAtMs = 0; // wall clock, ms since the epoch
    qint64 closedAtMs = 0;
    bool open = true;
    // Why the listener closed the connection; empty when the client did.
    QString closeReason;
    // Requests answered or refused, per API, in the order first seen.
    std::vector<ApiRequestCount> requests;
    // Answers carrying a non-zero error code, and requests refused (the
    // connection closed for them); the latest of these, in words.
    std::int64_t errors = 0;
    QString lastError;
    std::int64_t bytesIn = 0; // what the client sent, frame size prefixes included
    std::int64_t bytesOut = 0;

    std::int64_t requestCount() const
    {
        std::int64_t n = 0;
        for (const ApiRequestCount &a : requests)
            n += a.count;
        return n;
    }
    bool operator==(const ClientStats &) const = default;
};

// The listeners forget closed connections beyond this many, oldest first.
inline constexpr int kClosedConnectionsKept = 100;

// Published whole and never changed after: readers share it.
using ClientStatsList = std::shared_ptr<const std::vector<ClientStats>>;

} // namespace bb::kafka
