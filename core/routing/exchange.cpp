#include "exchange.h"

#include <algorithm>

namespace bb {
namespace {

void splitWords(QByteArrayView s, std::vector<QByteArrayView> &out)
{
    out.clear();
    if (s.isEmpty())
        return; // RabbitMQ: the empty key is zero words, not one empty word
    qsizetype start = 0;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == '.') {
            out.push_back(s.sliced(start, i - start));
            start = i + 1;
        }
    }
}

} // namespace

Exchange::Exchange(QString name, ExchangeType type)
    : m_name(std::move(name))
    , m_type(type)
{
}

bool Exchange::bind(Binding binding)
{
    if (std::find(m_bindings.begin(), m_bindings.end(), binding) != m_bindings.end())
        return false;
    m_bindings.push_back(std::move(binding));
    return true;
}

bool Exchange::unbind(const Binding &binding)
{
    auto it = std::find(m_bindings.begin(), m_bindings.end(), binding);
    if (it == m_bindings.end())
        return false;
    m_bindings.erase(it);
    return true;
}

bool Exchange::matches(const Binding &b, QByteArrayView routingKey,
                       std::span<const std::pair<QByteArray, QByteArray>> headers) const
{
    switch (m_type) {
    case ExchangeType::Direct: return QByteArrayView(b.key) == routingKey;
    case ExchangeType::Topic: return topicPatternMatches(b.key, routingKey);
    case ExchangeType::Fanout: return true;
    case ExchangeType::Headers: return headersMatch(b, headers);
    }
    return false;
}

std::vector<QString> Exchange::route(QByteArrayView routingKey, std::span<const std::pair<QByteArray, QByteArray>> headers) const
{
    std::vector<QString> out;
    for (const Binding &b : m_bindings)
        if (matches(b, routingKey, headers) && std::find(out.begin(), out.end(), b.destination) == out.end())
            out.push_back(b.destination);
    return out;
}

bool topicPatternMatches(QByteArrayView pattern, QByteArrayView key)
{
    std::vector<QByteArrayView> p, k;
    splitWords(pattern, p);
    splitWords(key, k);
    // reach[j]: the pattern words seen so far can match exactly the first j
    // key words. Dynamic programming, so "#.#.#" cannot go exponential.
    std::vector<char> reach(k.size() + 1, 0), next(k.size() + 1, 0);
    reach[0] = 1;
    for (const QByteArrayView w : p) {
        std::fill(next.begin(), next.end(), 0);
        if (w == "#") {
            char any = 0;
            for (std::size_t j = 0; j <= k.size(); ++j) {
                any |= reach[j];
                next[j] = any;
            }
        } else {
            const bool star = w == "*";
            for (std::size_t j = 0; j < k.size(); ++j)
                if (reach[j] && (star || w == k[j]))
                    next[j + 1] = 1;
        }
        reach.swap(next);
    }
    return reach[k.size()];
}

bool headersMatch(const Binding &binding, std::span<const std::pair<QByteArray, QByteArray>> headers)
{
    bool all = true;
    bool any = false;
    for (const auto &[key, value] : binding.headers) {
        if (key.startsWith("x-"))
            continue; // binding arguments such as x-match are not matched against the message
        const bool found = std::any_of(headers.begin(), headers.end(),
                                       [&](const auto &h) { return h.first == key && h.second == value; });
        all = all && found;
        any = any || found;
    }
    // RabbitMQ: all with no headers to match matches every message, any matches none.
    return binding.matchAll ? all : any;
}

QString exchangeTypeName(ExchangeType type)
{
    switch (type) {
    case ExchangeType::Direct: return QStringLiteral("direct");
    case ExchangeType::Topic: return QStringLiteral("topic");
    case ExchangeType::Fanout: return QStringLiteral("fanout");
    case ExchangeType::Headers: return QStringLiteral("headers");
    }
    return QString();
}

} // namespace bb
