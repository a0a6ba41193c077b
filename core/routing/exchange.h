#pragma once
// Exchange: RabbitMQ's routing model as a plain value. An exchange has a type
// and bindings; route() says which destination topics a message goes to.
// Direct: the binding key equals the routing key. Topic: the binding key is a
// pattern of '.'-separated words where '*' is exactly one word and '#' zero
// or more. Fanout: every binding. Headers: the binding's headers are compared
// with the message's, all of them (x-match=all) or any one (x-match=any).
// Owned by the ExchangeRouter; usable on any thread (no shared state).

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <span>
#include <utility>
#include <vector>

namespace bb {

enum class ExchangeType { Direct, Topic, Fanout, Headers };

using MessageHeaders = std::vector<std::pair<QByteArray, QByteArray>>;

struct Binding {
    QString destination;  // topic name
    QByteArray key;       // direct: the routing key; topic: a pattern; ignored by fanout and headers
    MessageHeaders headers; // headers exchanges only; keys starting with "x-" are arguments, not matched
    bool matchAll = true;   // x-match: all (true) or any (false)
    bool operator==(const Binding &) const = default;
};

class Exchange {
public:
    Exchange() = default;
    Exchange(QString name, ExchangeType type);

    const QString &name() const { return m_name; }
    ExchangeType type() const { return m_type; }
    const std::vector<Binding> &bindings() const { return m_bindings; }

    // Binding twice is a no-op, as in RabbitMQ; false if it was already there.
    bool bind(Binding binding);
    // False if there was no such binding.
    bool unbind(const Binding &binding);

    // The destination topics, each once, in the order of their first
    // matching binding. Empty: the message is unroutable.
    std::vector<QString> route(QByteArrayView routingKey, std::span<const std::pair<QByteArray, QByteArray>> headers = {}) const;

private:
    bool matches(const Binding &b, QByteArrayView routingKey, std::span<const std::pair<QByteArray, QByteArray>> headers) const;

    QString m_name;
    ExchangeType m_type = ExchangeType::Direct;
    std::vector<Binding> m_bindings;
};

// RabbitMQ topic matching. Words are separated by '.'; the empty key has no
// words and "a." has two ("a" and an empty one). '*' and '#' are wildcards
// only as whole words.
bool topicPatternMatches(QByteArrayView pattern, QByteArrayView key);
// The headers exchange's test for one binding.
bool headersMatch(const Binding &binding, std::span<const std::pair<QByteArray, QByteArray>> headers);

QString exchangeTypeName(ExchangeType type);

} // namespace bb
