#include "serviceruntime.h"

#include "model/recordtag.h"
#include "client/publisher.h"
#include "client/requestreply.h"
#include "cluster/cluster.h"
#include "coord/queuecoordinator.h"
#include "routing/exchangerouter.h"
#include "services/servicemember.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <set>

namespace bb {
namespace {

QString tr(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("bb::ServiceRuntime", s, disambiguation, n);
}

// Tags of publishers and requesters start here, clear of the load generators'.
constexpr std::uint32_t kTrafficGenerator = 1u << 12;

double msOf(Micros v) { return double(v) / double(kMillisecond); }

} // namespace

ServiceRuntime::ServiceRuntime(ActorId self, Cluster &cluster, ServicesSpec spec)
    : m_self(self)
    , m_cluster(cluster)
    , m_spec(std::move(spec))
    , m_value(RecordTag::kSize, '\0')
{
}

ServiceRuntime::~ServiceRuntime() = default;

Error ServiceRuntime::install(Cluster &cluster, const ServicesSpec &spec)
{
    if (spec.empty())
        return {};
    const ActorId id = cluster.reserveClientAddress();
    auto runtime = std::make_unique<ServiceRuntime>(id, cluster, spec);
    ServiceRuntime &ref = *runtime;
    cluster.adoptClient(id, std::move(runtime), id, kClientName);
    if (Error e = ref.build())
        return e;
    ref.start();
    return {};
}

ServiceRuntime *ServiceRuntime::of(Cluster &cluster)
{
    const ActorId id = cluster.clientAddress(kClientName);
    return id.value < 0 ? nullptr : dynamic_cast<ServiceRuntime *>(cluster.loop().actor(id));
}

const ServiceRuntime *ServiceRuntime::of(const Cluster &cluster) { return of(const_cast<Cluster &>(cluster)); }

Service *ServiceRuntime::service(const QString &name) const
{
    for (const auto &s : m_services)
        if (s->name() == name)
            return s.get();
    return nullptr;
}

// Queues, exchanges and services, checked against what the runtime
// already has (a running cluster may gain some later: extend()).
Error ServiceRuntime::declare(const std::vector<QueueSpec> &queues, const std::vector<ExchangeSpec> &exchanges,
                              const std::vector<ServiceSpec> &services)
{
    for (const QueueSpec &q : queues) {
        if (Error e = needTopic(tr("Queue \"%1\"").arg(q.config.name), q.config.topic))
            return e;
        if (!q.config.deadLetterTopic.isEmpty())
            if (Error e = needTopic(tr("Queue \"%1\"").arg(q.config.name), q.config.deadLetterTopic))
                return e;
        if (Error e = m_cluster.queueCoordinator().declareQueue(q.config))
            return e;
    }
    for (const ExchangeSpec &x : exchanges) {
        if (Error e = m_cluster.exchangeRouter().declareExchange(x.name, x.type))
            return e;
        for (const Binding &b : x.bindings) {
            if (Error e = needTopic(tr("Exchange \"%1\"").arg(x.name), b.destination))
                return e;
            if (Error e = m_cluster.exchangeRouter().bind(x.name, b))
                return e;
        }
    }
    for (const ServiceSpec &s : services) {
        const QString what = tr("Service \"%1\"").arg(s.name);
        if (service(s.name))
            return Error(Errc::InvalidConfig, tr("Two services are named \"%1\"; give each its own name.").arg(s.name));
        if (s.topics.isEmpty() == s.queue.isEmpty())
            return Error(Errc::InvalidConfig, tr("%1 must read either topics or one queue.").arg(what));
        if (!s.queue.isEmpty() && !m_cluster.queueCoordinator().stats(s.queue))
            return Error(Errc::InvalidConfig, tr("%1 reads the queue \"%2\", which the scenario does not declare; add it under \"queues\".")
                                                  .arg(what, s.queue));
        for (const QString &t : s.topics)
            if (Error e = needTopic(what, t))
                return e;
        for (const EmitRule &r : s.emits)
            if (Error e = needTopic(what, r.to))
                return e;
        if (!s.failTo.isEmpty())
            if (Error e = needTopic(what, s.failTo))
                return e;
        m_services.push_back(std::make_unique<Service>(m_cluster, s));
    }
    for (const ServiceSpec &s : services)
        if (!s.expectFrom.isEmpty() && !service(s.expectFrom))
            return Error(Errc::InvalidConfig, tr("Service \"%1\" compares itself with \"%2\", which is not a service of the scenario.")
                                                  .arg(s.name, s.expectFrom));
    m_lag.resize(m_services.size());
    return {};
}

Error ServiceRuntime::needTopic(const QString &what, const QString &topic) const
{
    for (const auto &[id, meta] : m_cluster.controller().topics())
        if (meta.name == topic)
            return {};
    return Error(Errc::UnknownTopic, tr("%1 uses the topic \"%2\", which the scenario does not define; add the topic or fix the name.")
                                         .arg(what, topic));
}

Error ServiceRuntime::build()
{
    if (Error e = declare(m_spec.queues, m_spec.exchanges, m_spec.services))
        return e;
    std::set<QString> exchanges;
    for (const ExchangeSpec &x : m_spec.exchanges)
        exchanges.insert(x.name);
    std::uint32_t generator = kTrafficGenerator;
    for (const PublisherSpec &p : m_spec.publishers) {
        if (!exchanges.count(p.exchange))
            return Error(Errc::InvalidConfig, tr("Publisher \"%1\" publishes to the exchange \"%2\", which the scenario does not declare.")
                                                  .arg(p.name, p.exchange));
        Traffic t;
        t.rate = p.rate;
        t.startAt = p.startAt;
        t.stopAt = p.stopAt;
        t.generator = generator++;
        t.publisher = &m_cluster.addPublisher(p.name);
        t.publisherSpec = &p;
        m_traffic.push_back(t);
    }
    for (const ResponderSpec &r : m_spec.responders) {
        if (Error e = needTopic(tr("Responder \"%1\"").arg(r.name), r.requestTopic))
            return e;
        int partitions = 1;
        for (const auto &[id, meta] : m_cluster.controller().topics())
            if (meta.name == r.requestTopic)
                partitions = meta.config.partitions;
        for (int i = 0; i < r.count; ++i) {
            ResponderConfig rc;
            rc.requestTopic = r.requestTopic;
            if (r.count > 1)
                for (int p = i; p < partitions; p += r.count)
                    rc.partitions.push_back(p);
            // The answer names the request it answers (the correlation id
            // travels in the headers).
            m_responders.push_back(&m_cluster.addResponder(
                r.count > 1 ? QStringLiteral("%1-%2").arg(r.name).arg(i + 1) : r.name, rc, [](const RecordView &request) {
                    RecordTag tag;
                    return RecordTag::read(request.value, tag) ? QByteArrayLiteral("price for request ") + QByteArray::number(tag.sequence)
                                                               : QByteArrayLiteral("price");
                }));
        }
    }
    for (const RequesterSpec &r : m_spec.requesters) {
        for (const QString &topic : {r.requestTopic, r.replyTopic})
            if (Error e = needTopic(tr("Requester \"%1\"").arg(r.name), topic))
                return e;
        RequesterConfig rc;
        rc.requestTopic = r.requestTopic;
        rc.replyTopic = r.replyTopic;
        rc.timeout = r.timeout;
        Traffic t;
        t.rate = r.rate;
        t.startAt = r.startAt;
        t.stopAt = r.stopAt;
        t.generator = generator++;
        t.requester = &m_cluster.addRequester(r.name, rc);
        m_traffic.push_back(t);
    }
    for (const ServiceFault &f : m_spec.faults) {
        if (f.kind == ServiceFaultKind::Crash && !service(f.target))
            return Error(Errc::InvalidConfig, tr("A service crash names \"%1\", which is not a service of the scenario.").arg(f.target));
        if (f.kind == ServiceFaultKind::LinkLoss && !service(f.target) && m_cluster.clientAddress(f.target).value < 0)
            return Error(Errc::InvalidConfig, tr("A link loss names \"%1\", which is neither a service nor a client of the scenario.").arg(f.target));
    }
    return {};
}

void ServiceRuntime::start()
{
    EventLoop &loop = m_cluster.loop();
    for (const auto &s : m_services)
        startService(*s);
    for (const ServiceFault &f : m_spec.faults)
        loop.call(f.at, [this, f] { applyFault(f); });
    if (!m_traffic.empty())
        loop.schedule(kTick, m_self, Tick);
    if (!m_services.empty())
        loop.schedule(kSampleInterval, m_self, Sample);
}

// Times in the spec are virtual times since the run began; a service added
// later starts at once when its time is past.
void ServiceRuntime::startService(Service &svc)
{
    EventLoop &loop = m_cluster.loop();
    auto at = [&loop](Micros t) { return std::max<Micros>(0, t - loop.now()); };
    loop.call(at(svc.spec().startAt), [&svc] { svc.scaleTo(svc.spec().members); });
    for (const ScaleStep &step : svc.spec().scale)
        loop.call(at(step.at), [this, &svc, step] {
            const int before = svc.liveMembers();
            svc.scaleTo(step.members);
            m_cluster.recordEvent(ClusterEventKind::GroupRebalanceStarted, kNoNode,
                                  tr("Service %1 scales from %2 to %3 members.").arg(svc.name()).arg(before).arg(step.members));
        });
}

Error ServiceRuntime::extend(Cluster &cluster, const ServicesSpec &more)
{
    ServiceRuntime *runtime = of(cluster);
    if (!runtime)
        return install(cluster, more);
    if (!more.publishers.empty() || !more.requesters.empty() || !more.responders.empty() || !more.faults.empty())
        return Error(Errc::InvalidConfig, tr("Publishers, requesters, responders and service faults join a running cluster only "
                                             "with a restart; restart the scenario."));
    const std::size_t first = runtime->m_services.size();
    if (Error e = runtime->declare(more.queues, more.exchanges, more.services))
        return e;
    ServicesSpec &spec = runtime->m_spec;
    spec.queues.insert(spec.queues.end(), more.queues.begin(), more.queues.end());
    spec.exchanges.insert(spec.exchanges.end(), more.exchanges.begin(), more.exchanges.end());
    spec.services.insert(spec.services.end(), more.services.begin(), more.services.end());
    for (std::size_t i = first; i < runtime->m_services.size(); ++i)
        runtime->startService(*runtime->m_services[i]);
    if (first == 0 && !runtime->m_services.empty())
        cluster.loop().schedule(kSampleInterval, runtime->m_self, Sample);
    return {};
}

Error ServiceRuntime::crashMember(const QString &service, const QString &member)
{
    Service *svc = this->service(service);
    if (!svc)
        return Error(Errc::InvalidConfig, tr("There is no service named \"%1\".").arg(service));
    const auto &members = svc->members();
    const auto it = std::find_if(members.begin(), members.end(), [&](const ServiceMember *m) { return m->name() == member; });
    if (it == members.end())
        return Error(Errc::InvalidConfig, tr("Service %1 has no live member named \"%2\"; it may have crashed already.").arg(service, member));
    svc->crash(int(it - members.begin()));
    m_cluster.recordEvent(ClusterEventKind::ClientCrashed, kNoNode,
                          tr("Member %1 of service %2 crashed: it sent no goodbye, so its group rebalances only when its "
                             "session times out; what it had handled and not committed is read again.").arg(member, service));
    return {};
}

Error ServiceRuntime::scale(const QString &service, int delta)
{
    Service *svc = this->service(service);
    if (!svc)
        return Error(Errc::InvalidConfig, tr("There is no service named \"%1\".").arg(service));
    const int before = svc->liveMembers();
    const int after = std::clamp(before + delta, 0, kMaxMembers);
    if (after == before)
        return Error(Errc::InvalidConfig, delta < 0 ? tr("Service %1 has no member left to remove.").arg(service)
                                                    : tr("Service %1 already has %2 members, the most it can have.").arg(service).arg(kMaxMembers));
    svc->scaleTo(after);
    m_cluster.recordEvent(after > before ? ClusterEventKind::GroupMemberJoined : ClusterEventKind::GroupMemberLeft, kNoNode,
                          after > before ? tr("Service %1 started a member: %2 now.").arg(service).arg(after)
                                         : tr("Service %1 stopped a member cleanly (it left its group): %2 now.").arg(service).arg(after));
    return {};
}

std::vector<ActorId> ServiceRuntime::clientsNamed(const QString &name) const
{
    if (const Service *s = service(name))
        return s->clientAddresses();
    const ActorId id = m_cluster.clientAddress(name);
    return id.value < 0 ? std::vector<ActorId>{} : std::vector<ActorId>{id};
}

void ServiceRuntime::applyFault(const ServiceFault &f)
{
    switch (f.kind) {
    case ServiceFaultKind::Crash: {
        Service *svc = service(f.target);
        const int died = svc->crash(f.member);
        if (died == 0)
            return;
        m_cluster.recordEvent(ClusterEventKind::ClientCrashed, kNoNode,
                              f.restartAfter < 0
                                  ? tr("%n member(s) of service %1 crashed and stay down.", nullptr, died).arg(f.target)
                                  : tr("%n member(s) of service %1 crashed; they restart in %2 s.", nullptr, died)
                                        .arg(f.target).arg(double(f.restartAfter) / kSecond));
        if (f.restartAfter >= 0)
            m_cluster.loop().call(f.restartAfter, [this, svc, died] {
                svc->scaleTo(svc->liveMembers() + died);
                m_cluster.recordEvent(ClusterEventKind::GroupMemberJoined, kNoNode,
                                      tr("Service %1 restarted %n member(s).", nullptr, died).arg(svc->name()));
            });
        return;
    }
    case ServiceFaultKind::LinkLoss:
        m_cluster.recordEvent(ClusterEventKind::NetworkFault, kNoNode,
                              tr("The links between %1 and every node drop %2% of messages (requests and acknowledgements) for %3 s.")
                                  .arg(f.target).arg(f.loss * 100).arg(double(f.duration) / kSecond));
        m_cluster.loseClientLinks(clientsNamed(f.target), f.loss, f.duration, tr("The links of %1 are clean again.").arg(f.target));
        return;
    }
}

void ServiceRuntime::onTimer(std::uint64_t tag)
{
    const Micros now = m_cluster.loop().now();
    if (tag == Tick) {
        for (Traffic &t : m_traffic)
            if (now >= t.startAt && (t.stopAt < 0 || now < t.stopAt))
                drive(t);
        m_cluster.loop().schedule(kTick, m_self, Tick);
    } else if (tag == Sample) {
        for (std::size_t i = 0; i < m_services.size(); ++i)
            m_lag[i].emplace_back(now, m_services[i]->lag());
        m_cluster.loop().schedule(kSampleInterval, m_self, Sample);
    }
}

void ServiceRuntime::drive(Traffic &t)
{
    t.credit += t.rate * double(kTick) / double(kSecond);
    while (t.credit >= 1) {
        t.credit -= 1;
        RecordTag{t.generator, t.sequence}.write(m_value.data());
        if (t.publisher) {
            const QStringList &keys = t.publisherSpec->routingKeys;
            const QString key = keys.isEmpty() ? QString() : keys[qsizetype(t.sequence % std::uint64_t(keys.size()))];
            t.publisher->publish(t.publisherSpec->exchange, key.toUtf8(), m_value);
        } else {
            t.requester->request(m_value);
        }
        ++t.sequence;
    }
}

const std::vector<std::pair<Micros, std::int64_t>> &ServiceRuntime::lagSamples(const QString &name) const
{
    static const std::vector<std::pair<Micros, std::int64_t>> none;
    for (std::size_t i = 0; i < m_services.size(); ++i)
        if (m_services[i]->name() == name)
            return m_lag[i];
    return none;
}

QJsonObject ServiceRuntime::report() const
{
    QJsonArray services;
    for (std::size_t i = 0; i < m_services.size(); ++i) {
        const Service &s = *m_services[i];
        const ServiceStats &st = s.stats();
        const Ledger &l = s.ledger();
        QJsonObject o{{QStringLiteral("name"), s.name()},
                      {QStringLiteral("members"), s.liveMembers()},
                      {QStringLiteral("members_started"), double(st.members)},
                      {QStringLiteral("received"), double(st.received)},
                      {QStringLiteral("handled"), double(st.handled)},
                      {QStringLiteral("distinct"), double(l.applied())},
                      {QStringLiteral("duplicated"), double(l.duplicatedIds())},
                      {QStringLiteral("skipped_duplicates"), double(l.skippedDuplicates())},
                      {QStringLiteral("out_of_order"), double(l.outOfOrder())},
                      {QStringLiteral("poisoned"), double(st.poisoned)},
                      {QStringLiteral("failed"), double(st.failed)},
                      {QStringLiteral("emitted"), double(st.emitted)},
                      {QStringLiteral("emit_acked"), double(st.emitAcked)},
                      {QStringLiteral("emits_abandoned"), double(st.emitsAbandoned)},
                      {QStringLiteral("crashes"), double(st.crashes)},
                      {QStringLiteral("max_backlog"), double(st.maxBacklog)},
                      {QStringLiteral("lag"), double(s.lag())},
                      {QStringLiteral("backlog"), double(s.backlog())},
                      {QStringLiteral("p50_latency_ms"), msOf(l.latency().quantile(0.5))},
                      {QStringLiteral("p99_latency_ms"), msOf(l.latency().quantile(0.99))}};
        QJsonObject from, to, by;
        for (const auto &[topic, n] : st.handledFrom)
            from[topic] = double(n);
        for (const auto &[member, n] : st.handledBy)
            by[member] = double(n);
        o[QStringLiteral("handled_by")] = by;
        for (const auto &[topic, n] : st.emittedTo)
            to[topic] = double(n);
        o[QStringLiteral("handled_from")] = from;
        o[QStringLiteral("emitted_to")] = to;
        if (s.spec().balance) {
            std::int64_t total = 0;
            std::uint64_t digest = 1469598103934665603ull;
            for (const auto &[key, balance] : s.balances()) {
                total += balance;
                digest = (digest ^ std::uint64_t(qHash(key)) ^ std::uint64_t(balance)) * 1099511628211ull;
            }
            o[QStringLiteral("balance_total")] = double(total);
            o[QStringLiteral("balance_accounts")] = int(s.balances().size());
            o[QStringLiteral("balance_digest")] = QString::number(digest, 16);
        }
        if (s.spec().outbox) {
            const auto undispatched = std::count_if(s.outbox().begin(), s.outbox().end(), [](const OutboxRow &r) { return !r.dispatched; });
            o[QStringLiteral("outbox_rows")] = double(s.outbox().size());
            o[QStringLiteral("outbox_undispatched")] = double(undispatched);
        }
        if (const Service *up = service(s.spec().expectFrom)) {
            // Ids the upstream service handled (from its first topic) that
            // never reached this one.
            std::int64_t missing = 0;
            for (const auto &[id, apps] : up->ledger().entries())
                if (!l.contains(id))
                    ++missing;
            o[QStringLiteral("expect_from")] = up->name();
            o[QStringLiteral("missing")] = double(missing);
        }
        QJsonArray lag;
        for (const auto &[t, v] : m_lag[i])
            lag.append(QJsonArray{double(t) / kSecond, double(v)});
        o[QStringLiteral("lag_samples")] = lag;
        services.append(o);
    }
    QJsonArray queues;
    for (const QueueSpec &q : m_spec.queues) {
        auto st = m_cluster.queueCoordinator().stats(q.config.name);
        if (!st)
            continue;
        queues.append(QJsonObject{{QStringLiteral("name"), q.config.name},
                                  {QStringLiteral("depth"), double(st->available)},
                                  {QStringLiteral("in_flight"), double(st->inFlight)},
                                  {QStringLiteral("acknowledged"), double(st->acknowledged)},
                                  {QStringLiteral("delivered"), double(st->delivered)},
                                  {QStringLiteral("redelivered"), double(st->redelivered)},
                                  {QStringLiteral("released"), double(st->released)},
                                  {QStringLiteral("dead_lettered"), double(st->deadLettered)},
                                  {QStringLiteral("deduplicated"), double(st->deduplicated)}});
    }
    QJsonArray publishers, requesters, responders;
    for (const Traffic &t : m_traffic) {
        if (t.publisher) {
            const PublisherStats &st = t.publisher->stats();
            publishers.append(QJsonObject{{QStringLiteral("name"), t.publisherSpec->name},
                                          {QStringLiteral("published"), double(st.published)},
                                          {QStringLiteral("confirmed"), double(st.confirmed)},
                                          {QStringLiteral("unroutable"), double(st.unroutable)},
                                          {QStringLiteral("failed"), double(st.failed)}});
        } else {
            const RequesterStats &st = t.requester->stats();
            requesters.append(QJsonObject{{QStringLiteral("name"), m_cluster.clientName(t.requester->address())},
                                          {QStringLiteral("sent"), double(st.sent)},
                                          {QStringLiteral("answered"), double(st.answered)},
                                          {QStringLiteral("timed_out"), double(st.timedOut)},
                                          {QStringLiteral("late"), double(st.late)},
                                          {QStringLiteral("p50_latency_ms"), msOf(st.latency.quantile(0.5))},
                                          {QStringLiteral("p99_latency_ms"), msOf(st.latency.quantile(0.99))}});
        }
    }
    for (const Responder *r : m_responders)
        responders.append(QJsonObject{{QStringLiteral("name"), m_cluster.clientName(r->address())},
                                      {QStringLiteral("received"), double(r->stats().received)},
                                      {QStringLiteral("replied"), double(r->stats().replied)}});
    QJsonObject out{{QStringLiteral("services"), services}};
    if (!queues.isEmpty())
        out[QStringLiteral("queues")] = queues;
    if (!publishers.isEmpty())
        out[QStringLiteral("publishers")] = publishers;
    if (!requesters.isEmpty())
        out[QStringLiteral("requesters")] = requesters;
    if (!responders.isEmpty())
        out[QStringLiteral("responders")] = responders;
    return out;
}

} // namespace bb
