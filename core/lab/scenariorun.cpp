#include "scenariorun.h"

#include "services/serviceruntime.h"

#include <QJsonArray>

#include <chrono>

namespace bb {

Result<RunReport> runScenario(const Scenario &scenario, std::uint64_t seed, Micros duration, const RunControl &control)
{
    Scenario s = scenario;
    if (Error e = checkProducerTopics(s))
        return e;
    auto built = Cluster::create(s.cluster, seed);
    if (!built)
        return built.error();
    Cluster &c = **built;
    InvariantChecker checker(c);
    for (const auto &t : s.topics)
        if (auto id = c.createTopic(t.name, t.config); !id)
            return id.error();
    for (const auto &p : s.producers)
        c.addLoad(c.addProducer(p.name, p.config, &checker), p.load);
    if (Error e = ServiceRuntime::install(c, s.services))
        return e;
    c.schedule(s.faults);
    const auto start = std::chrono::steady_clock::now();
    const Micros origin = c.loop().now();
    runInSlices(c.loop(), origin, origin + duration, control);
    RunReport r;
    r.wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    checker.finish();
    r.scenario = s.name;
    r.seed = seed;
    r.duration = c.loop().now() - origin;
    r.traceHash = c.loop().traceHash();
    r.events = c.loop().eventsProcessed();
    for (const auto &[id, meta] : c.controller().topics()) {
        TopicReport t;
        t.name = meta.name;
        t.partitions = meta.config.partitions;
        t.ackedLost = checker.lostRecords(id);
        for (const auto &[tp, state] : c.controller().partitions()) {
            if (tp.topic != id)
                continue;
            const Node *leader = c.node(state.leader);
            if (const Replica *rep = leader ? leader->replica(tp) : nullptr) {
                t.logEndOffsets += rep->log.logEndOffset().value;
                t.highWatermarks += rep->hw.value;
            }
        }
        // The scenario's producers come first; services add their own later.
        for (std::size_t i = 0; i < s.producers.size(); ++i) {
            if (s.producers[i].load.topic != meta.name)
                continue;
            const ProducerStats &ps = c.producers()[i]->stats();
            t.recordsSent += ps.recordsSent;
            t.recordsAcked += ps.recordsAcked;
            t.recordsFailed += ps.recordsFailed;
            t.retries += ps.retries;
        }
        r.topics.push_back(t);
    }
    for (std::size_t i = 0; i < s.producers.size(); ++i)
        r.producers.push_back({s.producers[i].name, s.producers[i].load.topic, c.producers()[i]->stats()});
    r.clusterEvents.assign(c.events().begin(), c.events().end());
    r.violations = checker.violations();
    if (const ServiceRuntime *runtime = ServiceRuntime::of(c))
        r.applications = runtime->report();
    return r;
}

QJsonObject toJson(const RunReport &r)
{
    QJsonArray topics;
    for (const auto &t : r.topics)
        topics.append(QJsonObject{{QStringLiteral("name"), t.name},
                                  {QStringLiteral("partitions"), t.partitions},
                                  {QStringLiteral("records_sent"), double(t.recordsSent)},
                                  {QStringLiteral("records_acked"), double(t.recordsAcked)},
                                  {QStringLiteral("records_failed"), double(t.recordsFailed)},
                                  {QStringLiteral("retries"), double(t.retries)},
                                  {QStringLiteral("acked_lost"), double(t.ackedLost)},
                                  {QStringLiteral("log_end_offsets"), double(t.logEndOffsets)},
                                  {QStringLiteral("high_watermarks"), double(t.highWatermarks)}});
    QJsonArray producers;
    for (const auto &p : r.producers)
        producers.append(QJsonObject{{QStringLiteral("name"), p.name},
                                     {QStringLiteral("topic"), p.topic},
                                     {QStringLiteral("records_acked"), double(p.stats.recordsAcked)},
                                     {QStringLiteral("retries"), double(p.stats.retries)},
                                     {QStringLiteral("p50_latency_ms"), double(p.stats.latency.quantile(0.5)) / kMillisecond},
                                     {QStringLiteral("p99_latency_ms"), double(p.stats.latency.quantile(0.99)) / kMillisecond},
                                     {QStringLiteral("p999_latency_ms"), double(p.stats.latency.quantile(0.999)) / kMillisecond}});
    QJsonArray events;
    for (const auto &e : r.clusterEvents)
        events.append(QJsonObject{{QStringLiteral("t_ms"), double(e.time) / kMillisecond}, {QStringLiteral("text"), e.text}});
    QJsonArray violations;
    for (const auto &v : r.violations)
        violations.append(QJsonObject{{QStringLiteral("invariant"), v.invariant}, {QStringLiteral("detail"), v.detail}});
    QJsonObject out{{QStringLiteral("scenario"), r.scenario},
            {QStringLiteral("seed"), double(r.seed)},
            {QStringLiteral("duration_s"), double(r.duration) / kSecond},
            {QStringLiteral("trace_hash"), QStringLiteral("%1").arg(r.traceHash, 16, 16, QLatin1Char('0'))},
            {QStringLiteral("events_processed"), double(r.events)},
            {QStringLiteral("wall_seconds"), r.wallSeconds},
            {QStringLiteral("topics"), topics},
            {QStringLiteral("producers"), producers},
            {QStringLiteral("cluster_events"), events},
            {QStringLiteral("guarantees_broken"), violations}};
    for (auto it = r.applications.begin(); it != r.applications.end(); ++it)
        out[it.key()] = it.value();
    return out;
}

} // namespace bb
