#include "cluster.h"

#include "storage/memorystore.h"
#include "storage/sqlitestore.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <set>

namespace bb {
namespace {
constexpr std::size_t kMaxEvents = 2000;
QString tr(const char *s) { return QCoreApplication::translate("bb::Cluster", s); }
} // namespace

Result<std::unique_ptr<Cluster>> Cluster::create(const ClusterSpec &spec, std::uint64_t seed)
{
    if (spec.nodes.empty() || int(spec.nodes.size()) > kMaxNodes)
        return Error(Errc::InvalidConfig, tr("A cluster has 1 to %1 nodes; this one has %2.").arg(kMaxNodes).arg(spec.nodes.size()));
    std::set<std::int32_t> ids;
    for (const auto &n : spec.nodes) {
        if (n.id.value < 0 || n.id.value >= kMaxNodes)
            return Error(Errc::InvalidConfig, tr("Node ids run from 0 to %1; %2 is outside that range.").arg(kMaxNodes - 1).arg(n.id.value));
        if (!ids.insert(n.id.value).second)
            return Error(Errc::InvalidConfig, tr("Two nodes share the id %1; give each node its own id.").arg(n.id.value));
        if (n.storage == StorageKind::Sqlite && spec.dataDirectory.isEmpty())
            return Error(Errc::InvalidConfig, tr("Node %1 uses SQLite storage but no data directory is set.").arg(n.id.value));
    }
    std::unique_ptr<Cluster> c(new Cluster(spec, seed));
    for (auto &s : c->m_slots) {
        if (auto *sq = dynamic_cast<SqliteStore *>(s.store.get()); sq && sq->error())
            return sq->error();
        if (auto err = c->startNode(s))
            return err;
    }
    c->m_controller->start();
    return c;
}

Cluster::Cluster(const ClusterSpec &spec, std::uint64_t seed)
    : m_seed(seed)
    , m_spec(spec)
    , m_network(m_loop, seed ^ 0x6e6574776f726bULL)
{
    m_network.setDefaultLink(spec.network);
    for (const auto &n : spec.nodes)
        m_nodeIds.push_back(n.id);
    std::sort(m_nodeIds.begin(), m_nodeIds.end());
    m_controller = std::make_unique<Controller>(m_loop, m_network, m_nodeIds, spec.controller);
    m_controller->setObserver(this);
    m_loop.attach(kControllerActor, m_controller.get());
    m_network.setHost(kControllerActor, kControllerHost);
    for (const auto &n : spec.nodes) {
        Slot s;
        s.spec = n;
        if (n.storage == StorageKind::Sqlite) {
            QDir().mkpath(spec.dataDirectory);
            s.store = std::make_unique<SqliteStore>(QDir(spec.dataDirectory).filePath(QStringLiteral("node-%1.sqlite").arg(n.id.value)));
        } else {
            s.store = std::make_unique<MemoryStore>();
        }
        m_network.setHost(nodeActor(n.id), n.id.value);
        m_slots.push_back(std::move(s));
    }
    std::sort(m_slots.begin(), m_slots.end(), [](const Slot &a, const Slot &b) { return a.spec.id < b.spec.id; });
}

Cluster::~Cluster()
{
    for (auto &s : m_slots)
        if (s.node)
            m_loop.attach(nodeActor(s.spec.id), nullptr);
}

Cluster::Slot *Cluster::slot(NodeId id)
{
    for (auto &s : m_slots)
        if (s.spec.id == id)
            return &s;
    return nullptr;
}

const Cluster::Slot *Cluster::slot(NodeId id) const { return const_cast<Cluster *>(this)->slot(id); }

Node *Cluster::node(NodeId id)
{
    Slot *s = slot(id);
    return s ? s->node.get() : nullptr;
}

const Node *Cluster::node(NodeId id) const { return const_cast<Cluster *>(this)->node(id); }

Store *Cluster::store(NodeId id)
{
    Slot *s = slot(id);
    return s ? s->store.get() : nullptr;
}

const Store *Cluster::store(NodeId id) const { return const_cast<Cluster *>(this)->store(id); }

const NodeSpec *Cluster::spec(NodeId id) const
{
    const Slot *s = slot(id);
    return s ? &s->spec : nullptr;
}

Error Cluster::startNode(Slot &s)
{
    ++s.incarnation;
    s.node = std::make_unique<Node>(s.spec.id, s.incarnation, m_loop, m_network, *s.store, s.spec.config, static_cast<ClusterObserver *>(this));
    m_loop.attach(nodeActor(s.spec.id), s.node.get());
    if (auto err = s.node->start()) {
        m_loop.attach(nodeActor(s.spec.id), nullptr);
        s.node.reset();
        return err;
    }
    return {};
}

Result<TopicId> Cluster::createTopic(const QString &name, const TopicConfig &config)
{
    return m_controller->createTopic(name, config);
}

ActorId Cluster::nextClientActor() { return ActorId(m_nextClient++); }

Producer &Cluster::addProducer(const QString &name, const ProducerConfig &config, ProducerListener *listener)
{
    const ActorId id = nextClientActor();
    std::vector<ActorId> bootstrap;
    for (NodeId n : m_nodeIds)
        bootstrap.push_back(nodeActor(n));
    auto p = std::make_unique<Producer>(id, m_loop, m_network, bootstrap, config, listener);
    Producer &ref = *p;
    m_network.setHost(id, id.value);
    m_loop.attach(id, p.get());
    m_clients.push_back(std::move(p));
    m_clientNames.emplace_back(id, name);
    m_producers.push_back(&ref);
    ref.start();
    return ref;
}

LoadGenerator &Cluster::addLoad(Producer &producer, const LoadConfig &config)
{
    const ActorId id = nextClientActor();
    auto g = std::make_unique<LoadGenerator>(id, m_loop, producer, std::uint32_t(m_loads.size()), config);
    LoadGenerator &ref = *g;
    m_network.setHost(id, m_network.hostOf(producer.address()));
    m_loop.attach(id, g.get());
    m_clients.push_back(std::move(g));
    m_loads.push_back(&ref);
    ref.start();
    return ref;
}

void Cluster::adoptClient(ActorId id, std::unique_ptr<Actor> actor, ActorId host, const QString &name)
{
    m_network.setHost(id, m_network.hostOf(host) >= 0 ? m_network.hostOf(host) : id.value);
    m_loop.attach(id, actor.get());
    m_clients.push_back(std::move(actor));
    m_clientNames.emplace_back(id, name);
}

QString Cluster::clientName(ActorId id) const
{
    for (const auto &[a, n] : m_clientNames)
        if (a == id)
            return n;
    return QString();
}

ActorId Cluster::clientAddress(const QString &name) const
{
    for (const auto &[a, n] : m_clientNames)
        if (n == name)
            return a;
    return ActorId(-1);
}

Error Cluster::crash(NodeId id, CrashKind kind)
{
    Slot *s = slot(id);
    if (!s)
        return Error(Errc::InvalidConfig, tr("There is no node %1.").arg(id.value));
    if (!s->node)
        return Error(Errc::NodeDown, tr("Node %1 is already down.").arg(id.value));
    m_loop.attach(nodeActor(id), nullptr);
    s->node.reset();
    s->store->crash(kind);
    record(ClusterEventKind::NodeCrashed, id,
           kind == CrashKind::PowerLoss ? tr("Node %1 lost power: writes it had not flushed are gone.").arg(id.value)
                                        : tr("Node %1's process crashed: what it had written survives in the OS cache.").arg(id.value));
    return {};
}

Error Cluster::restart(NodeId id)
{
    Slot *s = slot(id);
    if (!s)
        return Error(Errc::InvalidConfig, tr("There is no node %1.").arg(id.value));
    if (s->node)
        return Error(Errc::InvalidConfig, tr("Node %1 is already running.").arg(id.value));
    if (auto err = startNode(*s))
        return err;
    record(ClusterEventKind::NodeRestarted, id, tr("Node %1 restarted and recovered its logs from storage.").arg(id.value));
    return {};
}

std::int32_t Cluster::peerHost(std::int32_t peer) const { return peer == kPeerController ? kControllerHost : peer; }

void Cluster::setIsolated(NodeId id, bool isolated)
{
    m_network.setIsolated(id.value, isolated);
    record(isolated ? ClusterEventKind::NetworkFault : ClusterEventKind::NetworkHealed, id,
           isolated ? tr("Node %1 is cut off from the network.").arg(id.value) : tr("Node %1 is reconnected.").arg(id.value));
}

void Cluster::setCut(NodeId id, std::int32_t peer, bool oneWay, bool cut)
{
    const auto a = id.value, b = peerHost(peer);
    m_network.setCut(a, b, cut);
    if (!oneWay || !cut)
        m_network.setCut(b, a, cut);
    Fault f;
    f.kind = cut ? FaultKind::CutLink : FaultKind::HealLink;
    f.node = id;
    f.peer = peer;
    f.oneWay = oneWay;
    record(cut ? ClusterEventKind::NetworkFault : ClusterEventKind::NetworkHealed, id, describeFault(f));
}

void Cluster::setSlow(NodeId id, std::int32_t peer, const LinkConfig &link)
{
    const auto a = id.value, b = peerHost(peer);
    m_network.setLink(a, b, link);
    m_network.setLink(b, a, link);
    Fault f;
    f.kind = FaultKind::SlowLink;
    f.node = id;
    f.peer = peer;
    f.link = link;
    record(ClusterEventKind::NetworkFault, id, describeFault(f));
}

void Cluster::healAll()
{
    m_network.healAll();
    for (auto &s : m_slots)
        if (!s.node)
            restart(s.spec.id);
    record(ClusterEventKind::NetworkHealed, kNoNode, tr("All faults healed; every node is up and connected."));
}

Error Cluster::apply(const Fault &f)
{
    if (f.kind != FaultKind::HealAll && !slot(f.node))
        return Error(Errc::InvalidConfig, tr("The fault names node %1, which this cluster does not have.").arg(f.node.value));
    switch (f.kind) {
    case FaultKind::Crash: return crash(f.node, CrashKind::Process);
    case FaultKind::PowerLoss: return crash(f.node, CrashKind::PowerLoss);
    case FaultKind::Restart: return restart(f.node);
    case FaultKind::Isolate: setIsolated(f.node, true); return {};
    case FaultKind::Heal: setIsolated(f.node, false); return {};
    case FaultKind::CutLink: setCut(f.node, f.peer, f.oneWay, true); return {};
    case FaultKind::HealLink:
        setCut(f.node, f.peer, false, false);
        m_network.clearLink(f.node.value, peerHost(f.peer));
        m_network.clearLink(peerHost(f.peer), f.node.value);
        return {};
    case FaultKind::SlowLink: setSlow(f.node, f.peer, f.link); return {};
    case FaultKind::HealAll: healAll(); return {};
    }
    return {};
}

void Cluster::schedule(const FaultPlan &plan)
{
    for (const Fault &f : plan.faults)
        m_loop.call(std::max<Micros>(0, f.at), [this, f] {
            m_loop.trace(0xFA000000ULL | std::uint64_t(f.kind), std::uint64_t(f.node.value));
            apply(f);
        });
}

void Cluster::removeObserver(ClusterObserver *observer)
{
    m_observers.erase(std::remove(m_observers.begin(), m_observers.end(), observer), m_observers.end());
}

void Cluster::onBecameLeader(NodeId n, std::int64_t inc, TopicPartition tp, Epoch e)
{
    for (auto *o : m_observers)
        o->onBecameLeader(n, inc, tp, e);
}

void Cluster::onHighWatermark(NodeId n, std::int64_t inc, TopicPartition tp, Offset from, Offset to)
{
    for (auto *o : m_observers)
        o->onHighWatermark(n, inc, tp, from, to);
}

void Cluster::onTruncated(NodeId n, TopicPartition tp, Offset to, Offset hw)
{
    for (auto *o : m_observers)
        o->onTruncated(n, tp, to, hw);
}

void Cluster::onEvent(const ClusterEvent &event)
{
    ++m_eventCount;
    m_events.push_back(event);
    if (m_events.size() > kMaxEvents)
        m_events.pop_front();
    for (auto *o : m_observers)
        o->onEvent(event);
}

void Cluster::record(ClusterEventKind kind, NodeId node, QString text)
{
    onEvent({m_loop.now(), kind, node, {TopicId(-1), PartitionId(-1)}, std::move(text)});
}

} // namespace bb
