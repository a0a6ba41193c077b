#include "semanticslab.h"

#include "client/consumer.h"
#include "client/loadgenerator.h"
#include "coord/groupcoordinator.h"
#include "lab/labworker.h"

#include <QCoreApplication>

#include <cstring>
#include <limits>
#include <map>
#include <unordered_set>

namespace bb {
namespace {

QString tr(const char *s) { return QCoreApplication::translate("bb::SemanticsLab", s); }

constexpr std::size_t kExamples = 20;

// The crash that left (tp, offset) unprocessed in its member's batch.
const WorkerCrash *crashHolding(const Pipeline &p, TopicPartition tp, Offset offset)
{
    for (const WorkerCrash &c : p.crashLog)
        for (const auto &r : c.unprocessed)
            if (r.tp == tp && r.first <= offset && offset <= r.last)
                return &c;
    return nullptr;
}

// `member`'s crash after it applied a payment at `applied`, if it crashed.
const WorkerCrash *crashOf(const Pipeline &p, const QString &member, Micros applied)
{
    for (const WorkerCrash &c : p.crashLog)
        if (c.member == member && c.at >= applied)
            return &c;
    return nullptr;
}

// Reads the exactly-once pipeline's output topic with read_committed: a
// payment's effect exists once the transaction that wrote it committed.
class Auditor final : public ConsumerListener {
public:
    Auditor(Pipeline &p, int accounts, EventLoop &loop) : m_p(p), m_accounts(accounts), m_loop(loop) {}
    void onRecords(Consumer &, std::span<const ConsumedRecord> records) override
    {
        for (const auto &r : records) {
            // An output record is one effect however often it is read: a
            // reader whose position is reset (offset out of range on a
            // leader that is behind) reads it again, and that is no second
            // payment. A payment written twice sits at two offsets.
            auto [seen, fresh] = m_next.try_emplace(r.tp, r.offset + 1);
            if (!fresh) {
                if (r.offset < seen->second)
                    continue;
                seen->second = r.offset + 1;
            }
            RecordTag tag;
            if (!RecordTag::read(r.record.value, tag) || r.record.value.size() < RecordTag::kSize + 8)
                continue;
            Micros created = 0;
            std::memcpy(&created, r.record.value.data() + RecordTag::kSize, sizeof created);
            m_p.ledger.apply(tag.sequence, std::uint32_t(tag.sequence % std::uint64_t(std::max(1, m_accounts))), created,
                             m_loop.now(), QStringLiteral("a transaction of producer %1 (epoch %2)").arg(r.batch.producerId().value).arg(r.batch.producerEpoch()),
                             r.tp, r.offset);
        }
    }

private:
    Pipeline &m_p;
    int m_accounts;
    EventLoop &m_loop;
    std::map<TopicPartition, Offset> m_next; // per partition, past the last record read
};

} // namespace

Result<std::unique_ptr<SemanticsLab>> SemanticsLab::create(const Scenario &scenario, const LabConfig &config, std::uint64_t seed)
{
    if (config.modes.empty())
        return Error(Errc::InvalidConfig, tr("The lab needs at least one mode to run."));
    if (config.payments < 1 || config.rate <= 0 || config.consumers < 1 || config.partitions < 1)
        return Error(Errc::InvalidConfig, tr("The lab needs at least one payment, a positive rate, one consumer and one partition."));
    if (Error e = checkProducerTopics(scenario))
        return e;
    std::unique_ptr<SemanticsLab> lab(new SemanticsLab);
    lab->m_config = config;
    if (auto err = lab->build(scenario, seed))
        return err;
    return lab;
}

SemanticsLab::~SemanticsLab() = default;

Micros SemanticsLab::duration(const LabConfig &config)
{
    return config.rate > 0 ? Micros(double(config.payments) / config.rate * double(kSecond)) + config.drainTime : 0;
}

Error SemanticsLab::build(const Scenario &scenario, std::uint64_t seed)
{
    auto cluster = Cluster::create(scenario.cluster, seed);
    if (!cluster)
        return cluster.error();
    m_cluster = std::move(*cluster);
    Cluster &c = *m_cluster;
    for (const auto &t : scenario.topics)
        if (auto id = c.createTopic(t.name, t.config); !id)
            return id.error();
    const int nodes = int(scenario.cluster.nodes.size());
    TopicConfig tc;
    tc.partitions = m_config.partitions;
    tc.replicationFactor = std::min(3, nodes);
    tc.minInsyncReplicas = tc.replicationFactor >= 3 ? 2 : 1;
    int index = 0;
    for (Guarantee g : m_config.modes) {
        auto p = std::make_unique<Pipeline>();
        p->mode = g;
        p->index = index++;
        const QString mode = QLatin1String(guaranteeName(g));
        p->topic = QStringLiteral("payments.") + mode;
        p->group = QStringLiteral("ledger.") + mode;
        if (auto id = c.createTopic(p->topic, tc); !id)
            return id.error();
        if (g == Guarantee::ExactlyOnce) {
            p->outputTopic = QStringLiteral("ledger.") + mode;
            if (auto id = c.createTopic(p->outputTopic, tc); !id)
                return id.error();
        }
        ProducerConfig pc;
        switch (g) {
        case Guarantee::AtMostOnce:
            pc.acks = Acks::None;
            pc.retries = 0;
            break;
        case Guarantee::ExactlyOnce:
            pc.idempotent = true;
            pc.maxInFlight = 5;
            break;
        default:
            break; // acks=all, retries, not idempotent
        }
        if (g != Guarantee::AtMostOnce) {
            // No time limit on delivery (Kafka: delivery.timeout.ms at its
            // maximum): the payments application never gives a payment up
            // however long an outage lasts; a full buffer makes it wait.
            pc.deliveryTimeout = std::numeric_limits<Micros>::max() / 4;
        }
        p->trace.setClock(&c.loop());
        p->producer = &c.addProducer(QStringLiteral("payments-") + mode, pc, &p->trace);
        LoadConfig lc;
        lc.topic = p->topic;
        lc.recordsPerSecond = m_config.rate;
        lc.keys = m_config.accounts;
        lc.valueBytes = 32;
        lc.maxRecords = m_config.payments;
        p->load = &c.addLoad(*p->producer, lc);
        p->workers.assign(std::size_t(m_config.consumers), nullptr);
        m_pipelines.push_back(std::move(p));
    }
    for (auto &p : m_pipelines) {
        for (int slot = 0; slot < m_config.consumers; ++slot)
            startWorker(*p, slot);
        if (p->mode == Guarantee::ExactlyOnce) {
            ConsumerConfig ac;
            ac.isolation = Isolation::ReadCommitted;
            ac.delivery = DeliveryMode::Push;
            ac.commit = CommitMode::Manual;
            auto *auditor = new Auditor(*p, m_config.accounts, c.loop());
            m_listeners.emplace_back(auditor);
            p->auditor = &c.addConsumer(QStringLiteral("auditor.") + QLatin1String(guaranteeName(p->mode)), ac, auditor);
            std::vector<TopicPartition> all;
            const TopicId out = *c.controller().topicId(p->outputTopic);
            for (int i = 0; i < m_config.partitions; ++i)
                all.push_back({out, PartitionId(i)});
            p->auditor->assign(all);
            p->auditor->start();
        }
    }
    c.schedule(scenario.faults);
    for (const LabFault &f : m_config.clientFaults)
        c.loop().call(f.at, [this, f] { applyFault(f); });
    m_endTime = duration(m_config);
    return {};
}

void SemanticsLab::startWorker(Pipeline &p, int slot)
{
    Cluster &c = *m_cluster;
    const QString name = QStringLiteral("%1-%2").arg(p.group).arg(++m_workerSerial);
    ConsumerConfig cc;
    cc.groupId = p.group;
    cc.commit = CommitMode::Manual;
    cc.maxPollRecords = m_config.maxPollRecords;
    cc.isolation = p.mode == Guarantee::ExactlyOnce ? Isolation::ReadCommitted : Isolation::ReadUncommitted;
    auto worker = std::make_unique<LabWorker>(*this, p, slot, name);
    LabWorker *w = worker.get();
    Consumer &consumer = c.addConsumer(name, cc, w);
    w->setAddress(c.reserveClientAddress());
    c.adoptClient(w->address(), std::move(worker), consumer.address(), name + QStringLiteral(" app"));
    Producer *tx = nullptr;
    if (p.mode == Guarantee::ExactlyOnce) {
        ProducerConfig pc;
        pc.transactionalId = QStringLiteral("%1-member-%2").arg(p.group).arg(slot);
        pc.idempotent = true;
        pc.maxInFlight = 5;
        tx = &c.addProducer(name + QStringLiteral("-out"), pc, w);
    }
    consumer.subscribe({p.topic});
    consumer.start();
    p.workers[std::size_t(slot)] = w;
    w->start(consumer, tx);
}

void SemanticsLab::removeWorker(Pipeline &p, int slot, bool leaveGroup)
{
    LabWorker *w = p.workers[std::size_t(slot)];
    p.workers[std::size_t(slot)] = nullptr;
    Cluster &c = *m_cluster;
    if (leaveGroup)
        w->consumer()->close();
    if (Producer *out = w->outputProducer())
        c.removeClient(out->address());
    c.removeClient(w->consumer()->address());
    c.removeClient(w->address());
}

void SemanticsLab::crashWorker(Pipeline &p, int slot)
{
    LabWorker *w = p.workers[std::size_t(slot)];
    if (!w)
        return;
    ++p.crashes;
    m_cluster->recordEvent(ClusterEventKind::ClientCrashed, kNoNode,
                           tr("%1 crashed halfway through a batch: it had processed some payments but not committed them.").arg(w->name()));
    // No LeaveGroup: the group notices when the member's session times out.
    removeWorker(p, slot, false);
    Micros restart = 1 * kSecond;
    for (const LabFault &f : m_config.clientFaults)
        if (f.kind == LabFaultKind::ConsumerCrash && f.member == slot)
            restart = f.restartAfter;
    Pipeline *pp = &p;
    m_cluster->loop().call(restart, [this, pp, slot] { startWorker(*pp, slot); });
}

void SemanticsLab::replaceFencedWorker(Pipeline &p, int slot)
{
    LabWorker *w = p.workers[std::size_t(slot)];
    if (!w)
        return;
    ++p.fencings;
    m_cluster->recordEvent(ClusterEventKind::ClientCrashed, kNoNode,
                           tr("%1 was fenced (its transaction timed out or a newer instance took its transactional id): "
                              "it aborts, leaves the group and a new instance joins.").arg(w->name()));
    removeWorker(p, slot, true);
    Pipeline *pp = &p;
    m_cluster->loop().call(0, [this, pp, slot] { startWorker(*pp, slot); });
}

void SemanticsLab::applyFault(const LabFault &f)
{
    Cluster &c = *m_cluster;
    switch (f.kind) {
    case LabFaultKind::ConsumerCrash:
        for (auto &p : m_pipelines)
            if (f.member >= 0 && f.member < int(p->workers.size()) && p->workers[std::size_t(f.member)])
                p->workers[std::size_t(f.member)]->armCrash();
        break;
    case LabFaultKind::ProducerLinkLoss: {
        std::vector<ActorId> producers;
        for (auto &p : m_pipelines)
            producers.push_back(p->producer->address());
        c.recordEvent(ClusterEventKind::NetworkFault, kNoNode,
                      tr("The producers' links to every node now drop %1% of messages (requests and acknowledgements) for %2 s.")
                          .arg(f.loss * 100).arg(double(f.duration) / kSecond));
        c.loseClientLinks(producers, f.loss, f.duration, tr("The producers' links are clean again."));
        break;
    }
    }
}

// The lab's clock starts at 0 with the cluster's: progress counts from there.
bool SemanticsLab::runToEnd(const RunControl &control) { return runInSlices(m_cluster->loop(), 0, std::max(m_endTime, now()), control); }

// EventLoop::runUntil runs every event due by its target and nothing else,
// and nothing is scheduled from outside between steps: stepping cannot
// change the trace.
void SemanticsLab::advance(Micros step) { m_cluster->runFor(std::clamp<Micros>(m_endTime - now(), 0, std::max<Micros>(step, 0))); }

std::vector<ModeResult> SemanticsLab::counters() const
{
    std::vector<ModeResult> out;
    for (const auto &p : m_pipelines)
        out.push_back(countersOf(*p));
    return out;
}

ModeResult SemanticsLab::countersOf(const Pipeline &p) const
{
    ModeResult r;
    r.mode = p.mode;
    r.sent = std::int64_t(p.load->generated());
    const Ledger &l = p.ledger;
    // The ledger only ever sees ids the generator made (0 .. sent-1).
    r.lost = r.sent - l.applied();
    r.duplicated = l.duplicatedIds();
    r.exactlyOnce = l.applied() - l.duplicatedIds();
    r.outOfOrder = l.outOfOrder();
    r.skippedDuplicates = l.skippedDuplicates();
    const double span = double(l.lastApplyTime() - l.firstApplyTime()) / double(kSecond);
    r.throughputPerSecond = span > 0 ? double(l.applied()) / span : 0;
    r.p50LatencyMs = double(l.latency().quantile(0.5)) / kMillisecond;
    r.p99LatencyMs = double(l.latency().quantile(0.99)) / kMillisecond;
    return r;
}

std::vector<ModeResult> SemanticsLab::results() const
{
    std::vector<ModeResult> out;
    for (const auto &p : m_pipelines)
        out.push_back(resultOf(*p));
    return out;
}

ModeResult SemanticsLab::resultOf(const Pipeline &p) const
{
    ModeResult r = countersOf(p);
    const Ledger &l = p.ledger;
    // Where each payment sits in a topic (its leaders' logs).
    const Cluster &c = *m_cluster;
    const auto scan = [&c](const QString &name, const auto &found) {
        const auto topic = c.controller().topicId(name);
        if (!topic)
            return;
        for (const auto &[tp, state] : c.controller().partitions()) {
            if (tp.topic != *topic)
                continue;
            const Node *leader = c.node(state.leader);
            const Replica *rep = leader ? leader->replica(tp) : nullptr;
            if (!rep)
                continue;
            std::vector<LogEntry> entries;
            rep->log.read(rep->log.logStartOffset(), rep->log.logEndOffset(), INT64_MAX, entries);
            for (const auto &e : entries)
                for (const RecordView v : e.batch) {
                    RecordTag tag;
                    if (RecordTag::read(v.value, tag))
                        found(tag.sequence, tp, e.base + v.offsetDelta);
                }
        }
    };
    std::map<std::uint64_t, std::vector<std::pair<TopicPartition, Offset>>> stored;
    scan(p.topic, [&](std::uint64_t id, TopicPartition tp, Offset o) { stored[id].push_back({tp, o}); });
    // Exactly once: the outputs written by transactions (their markers may
    // not be replicated yet when the run ends: written, not yet readable).
    std::unordered_set<std::uint64_t> written;
    if (!p.outputTopic.isEmpty())
        scan(p.outputTopic, [&](std::uint64_t id, TopicPartition, Offset) { written.insert(id); });
    auto where = [&](TopicPartition tp, Offset o) { return QStringLiteral("%1-%2 offset %3").arg(p.topic).arg(tp.partition.value).arg(o.value); };
    std::int64_t pending = 0;
    for (std::int64_t id = 0; id < r.sent; ++id) {
        const auto &apps = l.applicationsOf(std::uint64_t(id));
        const auto st = stored.find(std::uint64_t(id));
        if (apps.empty()) {
            // Lost or only late: a payment still on its way (in the producer,
            // or stored at or past the group's committed offset) is pending.
            QString why;
            const bool want = r.lostExamples.size() < kExamples; // words only for the examples kept
            bool lost = true;
            const PaymentTrace::Entry sent = p.trace.entry(std::uint64_t(id));
            const auto at = [](Micros t) { return double(t) / kSecond; };
            if (st != stored.end()) {
                const auto [tp, offset] = st->second.front();
                const Offset committed = c.groupCoordinator().committed(p.group, tp);
                if (committed > offset && written.count(std::uint64_t(id))) {
                    lost = false;
                    if (want)
                        why = tr("payment %1 was stored at %2 and processed; its output is in %3, but its transaction's marker was not yet readable when the run ended (late, not lost).")
                                  .arg(id).arg(where(tp, offset), p.outputTopic);
                } else if (committed > offset) {
                    const WorkerCrash *crash = crashHolding(p, tp, offset);
                    if (want && crash)
                        why = tr("payment %1 was stored at %2, and the group committed past it before it was processed: %3 polled it in a batch of %4, committed the batch's offsets first, and crashed at %5 s after processing %6 of them.")
                                  .arg(id).arg(where(tp, offset), crash->member).arg(crash->polled)
                                  .arg(at(crash->at), 0, 'f', 3).arg(crash->processed);
                    else if (want)
                        why = tr("payment %1 was stored at %2, and the group's committed offset (%3) is past it, but no member applied it and no crash left it unprocessed.")
                                  .arg(id).arg(where(tp, offset)).arg(committed.value);
                } else {
                    lost = false;
                    if (want) why = tr("payment %1 was stored at %2 but had not been applied when the run ended: the group's committed offset is %3, so a member will still process it (late, not lost).")
                              .arg(id).arg(where(tp, offset)).arg(committed.value);
                }
            } else if (sent.outcome == PaymentTrace::Outcome::Failed) {
                if (want) why = tr("payment %1 was never stored: the producer gave it up at %2 s (%3).")
                          .arg(id).arg(at(sent.at), 0, 'f', 3).arg(errcMessage(sent.error));
            } else if (sent.outcome == PaymentTrace::Outcome::Acked && p.producer->config().acks == Acks::None) {
                if (want) why = tr("payment %1 was never stored: it was sent at %2 s with acks=0 and no retries, and the request was lost on the way (a lossy or cut link, or a leader that was down).")
                          .arg(id).arg(at(sent.at), 0, 'f', 3);
            } else if (sent.outcome == PaymentTrace::Outcome::Acked) {
                if (want) why = tr("payment %1 was acknowledged at %2 s, yet no leader's log holds it any more: the write was lost after the acknowledgement (a leader that lost it was replaced).")
                          .arg(id).arg(at(sent.at), 0, 'f', 3);
            } else {
                lost = false;
                if (want) why = tr("payment %1 was still in the producer, neither acknowledged nor given up, when the run ended (late, not lost).").arg(id);
            }
            if (!lost) {
                ++pending;
            } else if (r.lostExamples.size() < kExamples) {
                r.lostExamples.push_back({std::uint64_t(id), why});
            }
        } else if (apps.size() > 1) {
            if (r.duplicatedExamples.size() < kExamples) {
                QString why;
                if (st != stored.end() && st->second.size() > 1)
                    why = tr("payment %1 was stored %2 times (%3 and %4): the producer retried a batch whose acknowledgement was lost, and each copy was applied.")
                              .arg(id).arg(st->second.size()).arg(where(st->second[0].first, st->second[0].second), where(st->second[1].first, st->second[1].second));
                else if (const WorkerCrash *crash = crashOf(p, apps[0].member, apps[0].time))
                    why = tr("payment %1 (%2) was applied by %3 at %4 s and again by %5 at %6 s: %3 crashed at %7 s, %8 payments into a batch of %9, before committing it, so the group delivered the batch again.")
                              .arg(id).arg(where(apps[0].tp, apps[0].offset), apps[0].member).arg(double(apps[0].time) / kSecond, 0, 'f', 3)
                              .arg(apps[1].member).arg(double(apps[1].time) / kSecond, 0, 'f', 3)
                              .arg(double(crash->at) / kSecond, 0, 'f', 3).arg(crash->processed).arg(crash->polled);
                else
                    why = tr("payment %1 (%2) was applied by %3 at %4 s and again by %5 at %6 s: the first member processed it but did not commit before it crashed or lost its partitions, so the group delivered it again.")
                              .arg(id).arg(where(apps[0].tp, apps[0].offset), apps[0].member).arg(double(apps[0].time) / kSecond, 0, 'f', 3)
                              .arg(apps[1].member).arg(double(apps[1].time) / kSecond, 0, 'f', 3);
                r.duplicatedExamples.push_back({std::uint64_t(id), why});
            }
        }
    }
    r.pending = pending;
    r.lost -= pending;
    return r;
}

LabReport SemanticsLab::report(const QString &scenario, std::uint64_t seed) const
{
    return {scenario, seed, m_cluster->loop().traceHash(), now(), results()};
}

} // namespace bb
