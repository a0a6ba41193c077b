#include "kafka/kafkagateway.h"

#include <QDateTime>

#include <type_traits>

namespace bb::kafka {

namespace {

std::int64_t answerCorrelation(const Message &m)
{
    return std::visit(
        [](const auto &v) -> std::int64_t {
            if constexpr (requires { v.correlation; })
                return v.correlation;
            else
                return -1;
        },
        m);
}

} // namespace

KafkaGateway::KafkaGateway(ActorId self, Cluster &cluster, std::shared_ptr<KafkaSink> sink, GatewayConfig config,
                           ClockAnchor clock)
    : m_self(self)
    , m_cluster(cluster)
    , m_sink(std::move(sink))
    , m_config(std::move(config))
    , m_clock(clock)
{
    m_cluster.addObserver(this);
}

KafkaGateway::~KafkaGateway() { m_cluster.removeObserver(this); }

KafkaGateway *KafkaGateway::find(Cluster &cluster)
{
    const ActorId known = cluster.clientAddress(QString::fromLatin1(kName));
    return known.value >= 0 ? dynamic_cast<KafkaGateway *>(cluster.loop().actor(known)) : nullptr;
}

KafkaGateway *KafkaGateway::of(Cluster &cluster, const std::shared_ptr<KafkaSink> &sink, const GatewayConfig &config,
                               std::uint64_t serial)
{
    if (KafkaGateway *g = find(cluster)) {
        if (g->m_serial > serial)
            return nullptr; // from listeners stopped since
        if (g->m_serial < serial) {
            // New listeners: the old ones' requests in flight are answered
            // into the void, as their connections are gone.
            g->m_sink = sink;
            g->m_config = config;
            g->m_serial = serial;
            g->m_sessions.clear();
        }
        return g;
    }
    // Virtual time follows the wall clock in live mode, so the wall clock
    // at virtual 0 maps client timestamps both ways.
    const ClockAnchor clock{QDateTime::currentMSecsSinceEpoch() - cluster.loop().now() / kMillisecond};
    const ActorId id = cluster.reserveClientAddress();
    auto gateway = std::make_unique<KafkaGateway>(id, cluster, sink, config, clock);
    KafkaGateway *made = gateway.get();
    made->m_serial = serial;
    cluster.adoptClient(id, std::move(gateway), id, QString::fromLatin1(kName));
    return made;
}

void KafkaGateway::onEvent(const ClusterEvent &event)
{
    if (event.kind == ClusterEventKind::NodeRestarted)
        m_sink->nodeUp(event.node);
    if (event.kind != ClusterEventKind::NodeCrashed)
        return;
    m_sink->closeNode(event.node, QStringLiteral("node %1 crashed").arg(event.node.value));
    std::vector<std::uint64_t> gone;
    for (const auto &[id, ex] : m_exchanges)
        if (ex.node == event.node)
            gone.push_back(id);
    for (std::uint64_t id : gone) {
        for (auto it = m_calls.begin(); it != m_calls.end();)
            it = it->second.first == id ? m_calls.erase(it) : std::next(it);
        m_cluster.loop().cancel(m_exchanges[id].timer);
        m_exchanges.erase(id);
    }
}

void KafkaGateway::submit(KafkaRequest request)
{
    if (auto session = m_sessions.find(request.connection); session != m_sessions.end() && session->second.rawTokenNext) {
        onRawToken(request);
        return;
    }
    Reader in(request.frame);
    Exchange ex;
    ex.id = m_nextExchange++;
    ex.connection = request.connection;
    ex.seq = request.seq;
    ex.node = request.node;
    ex.api = in.i16();
    ex.version = in.i16();
    ex.correlationId = in.i32();
    ex.clientId = in.string(false); // never compact, even in header v2
    if (in.failed()) {
        m_sink->close(ex.connection, ex.seq, QStringLiteral("the request header is truncated"));
        return;
    }
    auto refuse = [&](const QString &why) { m_sink->close(ex.connection, ex.seq, why, noteOf(ex)); };
    const ApiRange *api = findApi(ex.api);
    if (!api) {
        refuse(QStringLiteral("%1 is not an API this listener speaks").arg(apiName(ex.api)));
        return;
    }
    // ApiVersions answers any version, with the supported ranges (KIP-511).
    if (api->key != ApiKey::ApiVersions && (ex.version < api->minVersion || ex.version > api->maxVersion)) {
        refuse(QStringLiteral("%1 version %2 is not supported (%3 to %4 are)")
                   .arg(apiName(ex.api)).arg(ex.version).arg(api->minVersion).arg(api->maxVersion));
        return;
    }
    const bool authenticating = api->key == ApiKey::ApiVersions || api->key == ApiKey::SaslHandshake
                                || api->key == ApiKey::SaslAuthenticate;
    if (!m_config.principals.empty() && !authenticating && !m_sessions[ex.connection].principal) {
        refuse(QStringLiteral("%1 before authenticating: this listener needs SASL PLAIN or SCRAM "
                              "(security.protocol=SASL_PLAINTEXT, sasl.mechanism=PLAIN, SCRAM-SHA-256 or "
                              "SCRAM-SHA-512 and a user name and password)").arg(apiName(ex.api)));
        return;
    }
    ex.flexible = ex.version >= api->firstFlexible;
    if (ex.flexible)
        in.skipTaggedFields();
    if (!m_cluster.isUp(ex.node)) {
        // The process behind this listener is gone: its connections die.
        refuse(QStringLiteral("node %1 is down").arg(ex.node.value));
        return;
    }
    Error e;
    switch (api->key) {
    case ApiKey::ApiVersions: e = onApiVersions(ex, in); break;
    case ApiKey::Metadata: e = onMetadata(ex, in); break;
    case ApiKey::Produce: e = onProduce(ex, in); break;
    case ApiKey::Fetch: e = onFetch(ex, in); break;
    case ApiKey::ListOffsets: e = onListOffsets(ex, in); break;
    case ApiKey::FindCoordinator: e = onFindCoordinator(ex, in); break;
    case ApiKey::JoinGroup: e = onJoinGroup(ex, in); break;
    case ApiKey::SyncGroup: e = onSyncGroup(ex, in); break;
    case ApiKey::Heartbeat: e = onHeartbeat(ex, in); break;
    case ApiKey::LeaveGroup: e = onLeaveGroup(ex, in); break;
    case ApiKey::OffsetCommit: e = onOffsetCommit(ex, in); break;
    case ApiKey::OffsetFetch: e = onOffsetFetch(ex, in); break;
    case ApiKey::InitProducerId: e = onInitProducerId(ex, in); break;
    case ApiKey::AddPartitionsToTxn: e = onAddPartitionsToTxn(ex, in); break;
    case ApiKey::AddOffsetsToTxn: e = onAddOffsetsToTxn(ex, in); break;
    case ApiKey::EndTxn: e = onEndTxn(ex, in); break;
    case ApiKey::TxnOffsetCommit: e = onTxnOffsetCommit(ex, in); break;
    case ApiKey::CreateTopics: e = onCreateTopics(ex, in); break;
    case ApiKey::DeleteTopics: e = onDeleteTopics(ex, in); break;
    case ApiKey::DescribeConfigs: e = onDescribeConfigs(ex, in); break;
    case ApiKey::ListGroups: e = onListGroups(ex, in); break;
    case ApiKey::DescribeGroups: e = onDescribeGroups(ex, in); break;
    case ApiKey::SaslHandshake: e = onSaslHandshake(ex, in); break;
    case ApiKey::SaslAuthenticate: e = onSaslAuthenticate(ex, in); break;
    default: e = Error(Errc::InvalidRecord, QStringLiteral("%1 is not implemented").arg(apiName(ex.api))); break;
    }
    if (!e && in.failed())
        e = Error(Errc::InvalidRecord, QStringLiteral("the %1 request is truncated or malformed").arg(apiName(ex.api)));
    if (e) {
        for (auto it = m_calls.begin(); it != m_calls.end();)
            it = it->second.first == ex.id ? m_calls.erase(it) : std::next(it);
        refuse(e.message);
        return;
    }
    const std::uint64_t id = ex.id;
    auto [it, inserted] = m_exchanges.emplace(id, std::move(ex));
    Exchange &placed = it->second;
    if (placed.waiting == 0 || (placed.readyEarly && placed.readyEarly(placed)))
        finish(placed);
}

int KafkaGateway::addSlot(Exchange &ex)
{
    ex.answers.emplace_back();
    ++ex.waiting;
    return int(ex.answers.size()) - 1;
}

std::int64_t KafkaGateway::correlationFor(const Exchange &ex, int slot)
{
    const std::int64_t c = m_nextCorrelation++;
    m_calls.emplace(c, std::pair{ex.id, slot});
    return c;
}

void KafkaGateway::send(ActorId to, Message message) { m_cluster.network().send(m_self, to, std::move(message)); }

void KafkaGateway::askOne(Exchange &ex, ActorId to, Message request, Micros wait)
{
    const std::int64_t correlation = correlationFor(ex, addSlot(ex));
    std::visit(
        [&](auto &r) {
            if constexpr (requires { r.correlation; })
                r.correlation = correlation;
        },
        request);
    send(to, std::move(request));
    ex.closeOnTimeout = true;
    arm(ex, wait);
}

void KafkaGateway::arm(Exchange &ex, Micros wait)
{
    ex.timer = m_cluster.loop().schedule(wait + m_config.slack, m_self, ex.id);
}

void KafkaGateway::onMessage(ActorId, Message &message)
{
    auto call = m_calls.find(answerCorrelation(message));
    if (call == m_calls.end())
        return; // the exchange was answered already (a fetch that finished early)
    const auto [exchangeId, slot] = call->second;
    m_calls.erase(call);
    auto it = m_exchanges.find(exchangeId);
    if (it == m_exchanges.end())
        return;
    Exchange &ex = it->second;
    ex.answers[std::size_t(slot)] = std::move(message);
    --ex.waiting;
    if (ex.waiting == 0 || (ex.readyEarly && ex.readyEarly(ex)))
        finish(ex);
}

void KafkaGateway::onTimer(std::uint64_t tag)
{
    auto it = m_exchanges.find(tag);
    if (it == m_exchanges.end())
        return;
    Exchange &ex = it->second;
    ex.timer = {};
    if (ex.closeOnTimeout) {
        closeConnection(ex, QStringLiteral("%1 got no answer from node %2 in time")
                                .arg(apiName(ex.api)).arg(ex.node.value));
        return;
    }
    finish(ex); // the slots still unanswered encode as timed out
}

void KafkaGateway::finish(Exchange &ex)
{
    Writer w(512);
    w.i32(0); // size, patched below
    w.i32(ex.correlationId);
    // Response header v1 in flexible versions, except ApiVersions (always
    // v0, so a client can read it whatever it asked for).
    if (ex.flexible && ex.api != std::int16_t(ApiKey::ApiVersions))
        w.emptyTaggedFields();
    if (ex.encode)
        ex.encode(ex, w);
    w.patchI32(0, std::int32_t(w.size() - 4));
    m_cluster.loop().cancel(ex.timer);
    RequestNote note = noteOf(ex, w.firstErrorCode());
    m_sink->respond(ex.connection, ex.seq, ex.encode ? w.take() : QByteArray(), std::move(note));
    for (auto it = m_calls.begin(); ex.waiting > 0 && it != m_calls.end();)
        it = it->second.first == ex.id ? m_calls.erase(it) : std::next(it);
    m_exchanges.erase(ex.id);
}

void KafkaGateway::closeConnection(const Exchange &ex, const QString &why)
{
    m_sink->close(ex.connection, ex.seq, why, noteOf(ex));
    const std::uint64_t id = ex.id;
    for (auto it = m_calls.begin(); it != m_calls.end();)
        it = it->second.first == id ? m_calls.erase(it) : std::next(it);
    m_exchanges.erase(id);
}

RequestNote KafkaGateway::noteOf(const Exchange &ex, std::int16_t error) const
{
    RequestNote note{ex.api, ex.clientId, QString(), error};
    if (!m_config.principals.empty())
        if (auto it = m_sessions.find(ex.connection); it != m_sessions.end() && it->second.principal)
            note.principal = it->second.principal->name;
    return note;
}

const Node *KafkaGateway::receivingNode(const Exchange &ex) const { return m_cluster.node(ex.node); }

std::optional<TopicId> KafkaGateway::topicId(const Exchange &ex, const QString &name) const
{
    if (const Node *n = receivingNode(ex))
        for (const auto &[id, meta] : n->topics())
            if (meta.name == name)
                return id;
    return std::nullopt;
}

QString KafkaGateway::topicName(const Exchange &ex, TopicId id) const
{
    if (const Node *n = receivingNode(ex)) {
        auto it = n->topics().find(id);
        if (it != n->topics().end())
            return it->second.name;
    }
    return {};
}

const ListenerAddress *KafkaGateway::listener(NodeId node) const
{
    for (const ListenerAddress &l : m_config.listeners)
        if (l.node == node)
            return &l;
    return nullptr;
}

} // namespace bb::kafka
