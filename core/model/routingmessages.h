#pragma once
// Publishing through an exchange (RabbitMQ's model): the router matches the
// routing key or headers against the exchange's bindings and writes the
// message to every bound topic or queue. Plain values.

#include "model/error.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace bb {

struct PublishRequest {
    std::int64_t correlation = 0;
    QString exchange;
    QByteArray routingKey;
    std::vector<std::pair<QByteArray, QByteArray>> headers;
    QByteArray value;
};

struct PublishResponse {
    std::int64_t correlation = 0;
    Errc error = Errc::None;
    int routedTo = 0; // destinations written; 0 means unroutable (dropped)
};

} // namespace bb
