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
        if (auto *sq = dynamic_cast<SqliteStore *>(s.store.get())) {
            c->reportStoreFindings(s.spec.id, *sq);
            if (sq->error())
                return sq->error();
        }
        if (auto err = c->startNode(s))
            return err;
    }
    c->m_controller->start();
    c->m_queueCoordinator->start();
    c->m_exchangeRouter->start();
    c->m_groupCoordinator->start();
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
    std::vector<ActorId> nodeActors;
    for (NodeId n : m_nodeIds)
        nodeActors.push_back(nodeActor(n));
    m_txnCoordinator = std::make_unique<TransactionCoordinator>(m_loop, m_network, std::move(nodeActors));
    m_txnCoordinator->setObserver(this);
    m_loop.attach(kTransactionCoordinatorActor, m_txnCoordinator.get());
    m_network.setHost(kTransactionCoordinatorActor, kControllerHost);
    m_groupCoordinator = std::make_unique<GroupCoordinator>(m_loop, m_network);
    m_groupCoordinator->setObserver(this);
    m_groupCoordinator->setTopicNamer([this](TopicId id) {
        const auto &topics = m_controller->topics();
        auto it = topics.find(id);
        return it == topics.end() ? QString() : it->second.name;
    });
    m_loop.attach(kGroupCoordinatorActor, m_groupCoordinator.get());
    m_network.setHost(kGroupCoordinatorActor, kControllerHost);
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

    // Queues and exchanges: beside the controller, idle until declared.
    auto topicExists = [this](const QString &name) { return m_controller->topicId(name).ok(); };
    m_queueCoordinator = std::make_unique<QueueCoordinator>(m_loop, m_network, bootstrap(), kQueueCoordinatorProducerActor);
    m_queueCoordinator->setObserver(this);
    m_queueCoordinator->setTopicLookup(topicExists);
    m_loop.attach(kQueueCoordinatorActor, m_queueCoordinator.get());
    m_network.setHost(kQueueCoordinatorActor, kControllerHost);
    m_network.setHost(kQueueCoordinatorProducerActor, kControllerHost);
    m_exchangeRouter = std::make_unique<ExchangeRouter>(m_loop, m_network, bootstrap(), kExchangeRouterProducerActor);
    m_exchangeRouter->setTopicLookup(topicExists);
    m_loop.attach(kExchangeRouterActor, m_exchangeRouter.get());
    m_network.setHost(kExchangeRouterActor, kControllerHost);
    m_network.setHost(kExchangeRouterProducerActor, kControllerHost);
}

Cluster::~Cluster()
{
    // Clients first, while what they observe is still whole.
    m_clients.clear();
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
    Error err = s.node->start();
    auto *sq = dynamic_cast<SqliteStore *>(s.store.get());
    if (err && err.code == Errc::CorruptFile && sq) {
        // Damage the open-time check missed, found reading the batches:
        // handled as if the check had found it.
        if (Error aside = sq->setAsideAndStartEmpty(err.message))
            err = aside;
        else
            err = s.node->start();
        reportStoreFindings(s.spec.id, *sq);
    }
    if (err) {
        m_loop.attach(nodeActor(s.spec.id), nullptr);
        s.node.reset();
    }
    return err;
}

void Cluster::reportStoreFindings(NodeId id, SqliteStore &store)
{
    for (const StoreFinding &f : store.takeFindings()) {
        record(ClusterEventKind::StorageDamaged, id,
               f.kind == StoreFinding::SetAside
                   ? tr("Node %1 could not use its database %2 (%3): it moved the file aside to %4 and started with an "
                        "empty log; it fetches its partitions again from the leaders.").arg(id.value).arg(f.file, f.detail, f.movedTo)
                   : tr("Node %1's write-ahead log %2 was cut short (%3): SQLite dropped the transactions in the cut frames; "
                        "the node starts from what its database still holds and fetches the rest from the leaders.")
                         .arg(id.value).arg(f.file, f.detail));
    }
}

Result<TopicId> Cluster::createTopic(const QString &name, const TopicConfig &config)
{
    return m_controller->createTopic(name, config);
}

Result<TopicId> Cluster::deleteTopic(const QString &name)
{
    // Queues and exchanges are declared against their topics and have no
    // life without them, so the topic stays until they go.
    for (const QString &q : m_queueCoordinator->queueNames()) {
        const QueueConfig *c = m_queueCoordinator->queueConfig(q);
        if (c && (c->topic == name || c->deadLetterTopic == name))
            return Error(Errc::InvalidConfig, tr("Topic \"%1\" holds queue \"%2\"%3; remove the queue first.")
                                                  .arg(name, q, c->topic == name ? QString() : tr(" as its dead-letter topic")));
    }
    for (const QString &x : m_exchangeRouter->exchangeNames())
        for (const Binding &b : m_exchangeRouter->exchange(x)->bindings())
            if (b.destination == name)
                return Error(Errc::InvalidConfig, tr("Exchange \"%1\" routes to topic \"%2\"; unbind it first.").arg(x, name));
    auto id = m_controller->deleteTopic(name);
    if (!id)
        return id;
    // Kafka drops a deleted partition's committed offsets and the markers
    // still owed to it; the coordinators here are told at once.
    m_groupCoordinator->forgetTopic(*id);
    m_txnCoordinator->forgetTopic(*id);
    return id;
}

ActorId Cluster::nextClientActor() { return ActorId(m_nextClient++); }

std::vector<ActorId> Cluster::bootstrap() const
{
    std::vector<ActorId> out;
    for (NodeId n : m_nodeIds)
        out.push_back(nodeActor(n));
    return out;
}

template <typename T>
T &Cluster::own(std::unique_ptr<T> client, ActorId id, const QString &name)
{
    T &ref = *client;
    m_network.setHost(id, id.value);
    m_loop.attach(id, client.get());
    m_clients.push_back(std::move(client));
    m_clientNames.emplace_back(id, name);
    return ref;
}

QueueConsumer &Cluster::addQueueConsumer(const QString &name, const QueueConsumerConfig &config, QueueConsumerListener *listener)
{
    const ActorId id = nextClientActor();
    QueueConsumer &ref = own(std::make_unique<QueueConsumer>(id, m_loop, m_network, name, config, listener), id, name);
    ref.start();
    return ref;
}

Publisher &Cluster::addPublisher(const QString &name, const PublisherConfig &config)
{
    const ActorId id = nextClientActor();
    return own(std::make_unique<Publisher>(id, m_loop, m_network, config), id, name);
}

Requester &Cluster::addRequester(const QString &name, const RequesterConfig &config)
{
    const ActorId id = nextClientActor();
    const ActorId producer = nextClientActor();
    Requester &ref = own(std::make_unique<Requester>(id, producer, m_loop, m_network, bootstrap(), config), id, name);
    m_network.setHost(producer, id.value); // the same machine
    m_clientNames.emplace_back(producer, name);
    ref.start();
    return ref;
}

Responder &Cluster::addResponder(const QString &name, const ResponderConfig &config, Responder::Handler handler)
{
    const ActorId id = nextClientActor();
    const ActorId producer = nextClientActor();
    Responder &ref = own(std::make_unique<Responder>(id, producer, m_loop, m_network, bootstrap(), config, std::move(handler)), id, name);
    m_network.setHost(producer, id.value);
    m_clientNames.emplace_back(producer, name);
    ref.start();
    return ref;
}

Producer &Cluster::addProducer(const QString &name, const ProducerConfig &config, ProducerListener *listener)
{
    const ActorId id = nextClientActor();
    auto p = std::make_unique<Producer>(id, m_loop, m_network, bootstrap(), config, listener);
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
    m_loadOwners.push_back({&ref, id, producer.address()});
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

Consumer &Cluster::addConsumer(const QString &name, const ConsumerConfig &config, ConsumerListener *listener)
{
    const ActorId id = nextClientActor();
    ConsumerConfig cc = config;
    if (cc.clientId.isEmpty())
        cc.clientId = name;
    auto c = std::make_unique<Consumer>(id, m_loop, m_network, bootstrap(), std::move(cc), listener);
    Consumer &ref = *c;
    m_network.setHost(id, id.value);
    m_loop.attach(id, c.get());
    m_clients.push_back(std::move(c));
    m_clientNames.emplace_back(id, name);
    m_consumers.push_back(&ref);
    ref.start();
    return ref;
}

void Cluster::loseClientLinks(const std::vector<ActorId> &clients, double loss, Micros duration, QString healedText)
{
    std::vector<std::pair<HostId, HostId>> links;
    for (ActorId client : clients) {
        const HostId h = m_network.hostOf(client);
        for (NodeId n : m_nodeIds)
            for (auto [a, b] : {std::pair{h, n.value}, std::pair{n.value, h}}) {
                LinkConfig l = m_network.link(a, b);
                l.loss = loss;
                m_network.setLink(a, b, l);
                links.emplace_back(a, b);
            }
    }
    m_loop.call(duration, [this, links, text = std::move(healedText)] {
        for (auto [a, b] : links)
            m_network.clearLink(a, b);
        record(ClusterEventKind::NetworkHealed, kNoNode, text);
    });
}

void Cluster::removeClient(ActorId id)
{
    const Actor *attached = m_loop.actor(id);
    auto it = std::find_if(m_clients.begin(), m_clients.end(), [&](const std::unique_ptr<Actor> &a) {
        if (attached && a.get() == attached)
            return true;
        if (auto *p = dynamic_cast<Producer *>(a.get()))
            return p->address() == id;
        if (auto *c = dynamic_cast<Consumer *>(a.get()))
            return c->address() == id;
        return std::any_of(m_loadOwners.begin(), m_loadOwners.end(),
                           [&](const LoadOwner &lo) { return lo.load == a.get() && lo.actor == id; });
    });
    if (it == m_clients.end())
        return;
    Actor *actor = it->get();
    if (m_loop.actor(id) == actor)
        m_loop.attach(id, nullptr);
    // The client may be the one whose callback is running (a consumer
    // removed from onRecords): keep it alive until this event is over.
    std::shared_ptr<Actor> keep(std::move(*it));
    m_clients.erase(it);
    m_loop.call(0, [keep] {});
    m_producers.erase(std::remove(m_producers.begin(), m_producers.end(), actor), m_producers.end());
    m_consumers.erase(std::remove(m_consumers.begin(), m_consumers.end(), actor), m_consumers.end());
    m_loads.erase(std::remove(m_loads.begin(), m_loads.end(), actor), m_loads.end());
    m_loadOwners.erase(std::remove_if(m_loadOwners.begin(), m_loadOwners.end(), [&](const LoadOwner &lo) { return lo.actor == id; }),
                       m_loadOwners.end());
    // A load generator drives its producer directly: it goes with it.
    for (const LoadOwner &lo : m_loadOwners) {
        if (lo.producer != id)
            continue;
        m_loop.attach(lo.actor, nullptr);
        auto git = std::find_if(m_clients.begin(), m_clients.end(), [&](const std::unique_ptr<Actor> &a) { return a.get() == lo.load; });
        if (git != m_clients.end()) {
            std::shared_ptr<Actor> keepLoad(std::move(*git));
            m_clients.erase(git);
            m_loop.call(0, [keepLoad] {});
        }
        m_loads.erase(std::remove(m_loads.begin(), m_loads.end(), lo.load), m_loads.end());
    }
    m_loadOwners.erase(std::remove_if(m_loadOwners.begin(), m_loadOwners.end(), [&](const LoadOwner &lo) { return lo.producer == id; }),
                       m_loadOwners.end());
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
    if (auto *sq = dynamic_cast<SqliteStore *>(s->store.get())) {
        // A new process opens its database again, and checks it.
        const Error err = sq->reopen();
        reportStoreFindings(id, *sq);
        if (err) {
            record(ClusterEventKind::StorageDamaged, id, tr("Node %1 stays down: %2").arg(id.value).arg(err.message));
            return err;
        }
    }
    if (auto err = startNode(*s))
        return err;
    record(ClusterEventKind::NodeRestarted, id,
           s->store->startedEmptyAfterDamage() ? tr("Node %1 restarted with an empty log.").arg(id.value)
                                               : tr("Node %1 restarted and recovered its logs from storage.").arg(id.value));
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
    for (auto &s : m_slots) {
        s.store->setLyingFlush(false);
        if (!s.node)
            restart(s.spec.id);
    }
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
    case FaultKind::DamageBatch:
    case FaultKind::ReadError:
    case FaultKind::TornWrite:
    case FaultKind::LyingFsync:
    case FaultKind::HonestFsync:
    case FaultKind::TruncateDb:
    case FaultKind::TruncateWal:
    case FaultKind::CorruptPage: return applyStorageFault(f);
    }
    return {};
}

Error Cluster::applyStorageFault(const Fault &f)
{
    Store &store = *slot(f.node)->store;
    if (isFileFault(f.kind)) {
        auto *sq = dynamic_cast<SqliteStore *>(&store);
        if (!sq)
            return Error(Errc::InvalidConfig, tr("Node %1 keeps its log in memory: %2 damages a SQLite file. Give the cluster "
                                                 "\"storage\": \"sqlite\" to use it.").arg(f.node.value).arg(QLatin1String(faultKindName(f.kind))));
        sq->damageFileOnReopen(f.kind == FaultKind::TruncateDb    ? FileFault::TruncateDatabase
                               : f.kind == FaultKind::TruncateWal ? FileFault::TruncateWal
                                                                  : FileFault::CorruptPage);
        record(ClusterEventKind::StorageFault, f.node, describeFault(f));
        return {};
    }
    switch (f.kind) {
    case FaultKind::DamageBatch:
        if (!store.damageBatch(f.pick))
            return Error(Errc::InvalidConfig, tr("Node %1 stores no batch yet: there is nothing to damage.").arg(f.node.value));
        record(ClusterEventKind::StorageFault, f.node,
               tr("A bit flipped in a batch node %1 stores on disk; the node finds it when it next starts.").arg(f.node.value));
        return {};
    case FaultKind::ReadError:
        if (!store.failReads(f.pick))
            return Error(Errc::InvalidConfig, tr("Node %1 stores no batch yet: there is nothing to fail reading.").arg(f.node.value));
        record(ClusterEventKind::StorageFault, f.node,
               tr("A batch node %1 stores on disk can no longer be read; the node finds out when it next starts.").arg(f.node.value));
        return {};
    case FaultKind::TornWrite:
        store.tearOnPowerLoss();
        record(ClusterEventKind::StorageFault, f.node,
               tr("Node %1's next power loss will tear the write in progress.").arg(f.node.value));
        return {};
    case FaultKind::LyingFsync:
    case FaultKind::HonestFsync: {
        const bool lying = f.kind == FaultKind::LyingFsync;
        store.setLyingFlush(lying);
        record(ClusterEventKind::StorageFault, f.node,
               lying ? tr("Node %1's disk now acknowledges flushes without writing: a power loss will take what it called durable.").arg(f.node.value)
                     : tr("Node %1's disk flushes honestly again.").arg(f.node.value));
        return {};
    }
    default:
        return {};
    }
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
