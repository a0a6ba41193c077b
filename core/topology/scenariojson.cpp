#include "scenariojson.h"

#include "topology/jsonfields.h"
#include "topology/servicesjson.h"
#include "topology/workbenchfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cmath>

namespace bb {
namespace {

QString tr(const char *s) { return QCoreApplication::translate("bb::ScenarioJson", s); }


LinkConfig readLink(JsonFields &f)
{
    LinkConfig l;
    l.latency = ms(f.number("latency_ms", 0, 0, 60000));
    l.jitter = ms(f.number("jitter_ms", 0, 0, 60000));
    l.loss = f.number("loss", 0, 0, 1);
    l.reorder = f.number("reorder", 0, 0, 1);
    return l;
}

QJsonObject writeLink(const LinkConfig &l)
{
    return {{QStringLiteral("latency_ms"), toMs(l.latency)}, {QStringLiteral("jitter_ms"), toMs(l.jitter)},
            {QStringLiteral("loss"), l.loss}, {QStringLiteral("reorder"), l.reorder}};
}

void readCluster(const QJsonObject &o, Scenario &s, Error *err)
{
    JsonFields f(o, QStringLiteral("cluster"), err);
    const int count = int(f.integer("nodes", 3, 1, kMaxNodes));
    const StorageKind storage = f.choice("storage", StorageKind::Memory, {{"memory", StorageKind::Memory}, {"sqlite", StorageKind::Sqlite}});
    NodeConfig nc;
    nc.flush = f.choice("flush", FlushPolicy::Interval,
                        {{"every_batch", FlushPolicy::EveryBatch}, {"interval", FlushPolicy::Interval}, {"never", FlushPolicy::Never}});
    nc.flushInterval = ms(f.number("flush_interval_ms", 1000, 1, 3600000));
    nc.replicaLagTimeMax = ms(f.number("replica_lag_time_max_ms", toMs(nc.replicaLagTimeMax), 10, 600000));
    s.cluster.controller.sessionTimeout = ms(f.number("session_timeout_ms", toMs(s.cluster.controller.sessionTimeout), 10, 600000));
    JsonFields net(f.object("network"), f.path("network"), err);
    s.cluster.network = readLink(net);
    s.cluster.nodes.clear();
    for (int i = 0; i < count; ++i)
        s.cluster.nodes.push_back({NodeId(i), nc, storage});
}

void readTopic(const QJsonObject &o, const QString &path, Scenario &s, Error *err)
{
    JsonFields f(o, path, err);
    TopicSpec t;
    t.name = f.string("name");
    if (t.name.isEmpty())
        f.fail(f.path("name"), tr("every topic needs a name"));
    t.config.partitions = int(f.integer("partitions", 1, 1, 1024));
    t.config.replicationFactor = int(f.integer("replication_factor", 1, 1, kMaxNodes));
    t.config.minInsyncReplicas = int(f.integer("min_insync_replicas", 1, 1, kMaxNodes));
    t.config.uncleanLeaderElection = f.boolean("unclean_leader_election", false);
    t.config.log.segmentBytes = f.integer("segment_bytes", t.config.log.segmentBytes, 1024, qint64(1) << 40);
    const double retentionMs = f.number("retention_ms", -1, -1, 1e12);
    t.config.log.retentionTime = retentionMs < 0 ? -1 : ms(retentionMs);
    t.config.log.retentionBytes = f.integer("retention_bytes", -1, -1, qint64(1) << 50);
    t.config.log.compact = f.boolean("compact", false);
    t.config.log.deleteRetention = ms(f.number("delete_retention_ms", toMs(t.config.log.deleteRetention), 0, 1e12));
    s.topics.push_back(t);
}

void readProducer(const QJsonObject &o, const QString &path, Scenario &s, Error *err)
{
    JsonFields f(o, path, err);
    ProducerSpec p;
    p.name = f.string("name", QStringLiteral("producer-%1").arg(s.producers.size() + 1));
    p.load.topic = f.string("topic");
    if (p.load.topic.isEmpty())
        f.fail(f.path("topic"), tr("name the topic this producer writes to"));
    p.load.recordsPerSecond = f.number("rate", 1000, 0, 1e8);
    p.load.keys = int(f.integer("keys", 16, 0, 1 << 20));
    p.load.valueBytes = int(f.integer("value_bytes", 100, RecordTag::kSize, 1 << 20));
    p.load.startAt = sec(f.number("start_s", 0, 0, 1e6));
    const double stop = f.number("stop_s", -1, -1, 1e6);
    p.load.stopAt = stop < 0 ? -1 : sec(stop);
    p.config.acks = f.choice("acks", Acks::All, {{"0", Acks::None}, {"1", Acks::Leader}, {"all", Acks::All}});
    p.config.retries = int(f.integer("retries", p.config.retries, 0, 1 << 30));
    p.config.retryBackoff = ms(f.number("retry_backoff_ms", toMs(p.config.retryBackoff), 0, 600000));
    p.config.requestTimeout = ms(f.number("request_timeout_ms", toMs(p.config.requestTimeout), 1, 600000));
    p.config.deliveryTimeout = ms(f.number("delivery_timeout_ms", toMs(p.config.deliveryTimeout), 1, 1e9));
    p.config.linger = ms(f.number("linger_ms", toMs(p.config.linger), 0, 60000));
    p.config.batchRecords = int(f.integer("batch_records", p.config.batchRecords, 1, 100000));
    p.config.maxInFlight = int(f.integer("max_in_flight", p.config.maxInFlight, 1, 100));
    p.config.idempotent = f.boolean("idempotent", p.config.idempotent);
    p.config.partitioner = f.choice("partitioner", Partitioner::KeyHash, {{"key_hash", Partitioner::KeyHash}, {"round_robin", Partitioner::RoundRobin}});
    s.producers.push_back(p);
}

void readFault(const QJsonObject &o, const QString &path, Scenario &s, Error *err)
{
    JsonFields f(o, path, err);
    Fault fault;
    fault.at = sec(f.number("at_s", 0, 0, 1e6));
    const QString kind = f.string("kind");
    if (!faultKindFromName(kind, fault.kind))
        f.fail(f.path("kind"), tr("expected crash, power_loss, restart, isolate, heal, cut_link, heal_link, slow_link, heal_all, damage_batch, read_error, torn_write, lying_fsync, honest_fsync, truncate_db, truncate_wal, corrupt_page, service_crash or link_loss, got \"%1\"").arg(kind));
    const int nodes = int(s.cluster.nodes.size());
    if (fault.kind != FaultKind::HealAll) {
        if (!f.has("node"))
            f.fail(f.path("node"), tr("name the node this fault hits (0 to %1)").arg(nodes - 1));
        fault.node = NodeId(int(f.integer("node", 0, 0, nodes - 1)));
        if (isFileFault(fault.kind) && fault.node.value < nodes && s.cluster.nodes[std::size_t(fault.node.value)].storage != StorageKind::Sqlite)
            f.fail(f.path("kind"), tr("%1 damages a node's SQLite files, and this cluster keeps its logs in memory; "
                                      "set \"storage\": \"sqlite\" in \"cluster\"").arg(kind));
    }
    if (fault.kind == FaultKind::CutLink || fault.kind == FaultKind::HealLink || fault.kind == FaultKind::SlowLink) {
        const QJsonValue peer = o.value(QStringLiteral("peer"));
        if (peer.isString() && peer.toString() == QLatin1String("controller")) {
            f.string("peer");
            fault.peer = kPeerController;
        } else {
            fault.peer = int(f.integer("peer", -1, 0, nodes - 1));
            if (fault.peer < 0)
                f.fail(f.path("peer"), tr("name the other end: a node number or \"controller\""));
            else if (fault.peer == fault.node.value)
                f.fail(f.path("peer"), tr("%1 from node %2 to itself has no link to act on; name another node or \"controller\"")
                                           .arg(kind).arg(fault.peer));
        }
        fault.oneWay = f.boolean("one_way", false);
    }
    if (fault.kind == FaultKind::SlowLink)
        fault.link = readLink(f);
    if (fault.kind == FaultKind::DamageBatch || fault.kind == FaultKind::ReadError)
        fault.pick = std::uint64_t(f.integer("pick", 0, 0, qint64(1) << 53));
    s.faults.faults.push_back(fault);
}

void readLab(const QJsonObject &o, Scenario &s, Error *err)
{
    JsonFields f(o, QStringLiteral("lab"), err);
    LabConfig lab;
    const bool modesGiven = f.has("modes");
    const QJsonArray modes = f.array("modes");
    // Left out, the lab compares all four; an empty list is a mistake, not "all".
    if (modesGiven && modes.isEmpty() && f.ok())
        f.fail(f.path("modes"), tr("name at least one of at-most-once, at-least-once, exactly-once or idempotency-key, "
                                   "or leave \"modes\" out to compare all four"));
    if (!modes.isEmpty()) {
        lab.modes.clear();
        for (int i = 0; i < modes.size(); ++i) {
            Guarantee g;
            if (!guaranteeFromName(modes[i].toString(), g))
                f.fail(f.path("modes", i), tr("expected at-most-once, at-least-once, exactly-once or idempotency-key"));
            else
                lab.modes.push_back(g);
        }
    }
    lab.payments = int(f.integer("payments", lab.payments, 1, 10000000));
    lab.rate = f.number("rate", lab.rate, 0.001, 1e7);
    lab.accounts = int(f.integer("accounts", lab.accounts, 1, 1 << 20));
    lab.partitions = int(f.integer("partitions", lab.partitions, 1, 1024));
    lab.consumers = int(f.integer("consumers", lab.consumers, 1, 64));
    lab.processingTime = ms(f.number("processing_ms", toMs(lab.processingTime), 0, 60000));
    lab.maxPollRecords = int(f.integer("max_poll_records", lab.maxPollRecords, 1, 100000));
    lab.drainTime = sec(f.number("drain_s", double(lab.drainTime) / kSecond, 0, 1e5));
    const QJsonArray faults = f.array("client_faults");
    for (int i = 0; i < faults.size(); ++i) {
        JsonFields ff(faults[i].toObject(), f.path("client_faults", i), err);
        LabFault lf;
        lf.at = sec(ff.number("at_s", 0, 0, 1e6));
        lf.kind = ff.choice("kind", LabFaultKind::ConsumerCrash,
                            {{"consumer_crash", LabFaultKind::ConsumerCrash}, {"producer_link_loss", LabFaultKind::ProducerLinkLoss}});
        lf.member = int(ff.integer("member", 0, 0, lab.consumers - 1));
        lf.restartAfter = sec(ff.number("restart_after_s", 1, 0, 1e5));
        lf.loss = ff.number("loss", 0.3, 0, 1);
        lf.duration = sec(ff.number("duration_s", 2, 0, 1e5));
        lab.clientFaults.push_back(lf);
    }
    s.lab = lab;
}

QJsonObject writeLab(const LabConfig &lab)
{
    QJsonArray modes;
    for (Guarantee g : lab.modes)
        modes.append(QLatin1String(guaranteeName(g)));
    QJsonArray faults;
    for (const auto &f : lab.clientFaults) {
        QJsonObject o{{QStringLiteral("at_s"), toSec(f.at)}};
        if (f.kind == LabFaultKind::ConsumerCrash) {
            o[QStringLiteral("kind")] = QStringLiteral("consumer_crash");
            o[QStringLiteral("member")] = f.member;
            o[QStringLiteral("restart_after_s")] = toSec(f.restartAfter);
        } else {
            o[QStringLiteral("kind")] = QStringLiteral("producer_link_loss");
            o[QStringLiteral("loss")] = f.loss;
            o[QStringLiteral("duration_s")] = toSec(f.duration);
        }
        faults.append(o);
    }
    return {{QStringLiteral("modes"), modes},
            {QStringLiteral("payments"), lab.payments},
            {QStringLiteral("rate"), lab.rate},
            {QStringLiteral("accounts"), lab.accounts},
            {QStringLiteral("partitions"), lab.partitions},
            {QStringLiteral("consumers"), lab.consumers},
            {QStringLiteral("processing_ms"), toMs(lab.processingTime)},
            {QStringLiteral("max_poll_records"), lab.maxPollRecords},
            {QStringLiteral("drain_s"), toSec(lab.drainTime)},
            {QStringLiteral("client_faults"), faults}};
}

} // namespace

Result<Fault> faultFromJson(const QJsonObject &fault, const Scenario &scenario)
{
    Error err;
    Scenario scratch; // readFault checks node numbers and storage against the cluster
    scratch.cluster = scenario.cluster;
    readFault(fault, QStringLiteral("fault"), scratch, &err);
    if (err)
        return err;
    return scratch.faults.faults.back();
}

Result<Scenario> scenarioFromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(Errc::InvalidConfig, tr("%1 is not valid JSON: %2 at character %3.").arg(source, parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return Error(Errc::InvalidConfig, tr("%1: a scenario is a JSON object {...}.").arg(source));
    Error err;
    Scenario s;
    {
        JsonFields f(doc.object(), QString(), &err);
        f.integer("format", 1, 1, 1);
        s.name = f.string("name", QFileInfo(source).completeBaseName());
        s.title = f.string("title", s.name);
        s.description = f.string("description");
        s.seed = std::uint64_t(f.integer("seed", 1, 0, qint64(1) << 53));
        s.duration = sec(f.number("duration_s", 30, 0.001, 1e6));
        readCluster(f.object("cluster"), s, &err);
        // An entry that is not an object would read as an empty one and be
        // reported as a missing field; say what is really wrong.
        auto entry = [&f](const QJsonArray &list, const char *key, int i) {
            if (!list[i].isObject())
                f.fail(f.path(key, i), tr("expected an object {...}"));
            return list[i].toObject();
        };
        const QJsonArray topics = f.array("topics");
        for (int i = 0; i < topics.size(); ++i)
            readTopic(entry(topics, "topics", i), f.path("topics", i), s, &err);
        const QJsonArray producers = f.array("producers");
        for (int i = 0; i < producers.size(); ++i)
            readProducer(entry(producers, "producers", i), f.path("producers", i), s, &err);
        const QJsonArray faults = f.array("faults");
        readServices(f, s.services, &err);
        for (int i = 0; i < faults.size(); ++i) {
            const QJsonObject fault = entry(faults, "faults", i);
            if (isServiceFault(fault))
                readServiceFault(fault, f.path("faults", i), s.services, &err);
            else
                readFault(fault, f.path("faults", i), s, &err);
        }
        if (f.has("lab"))
            readLab(f.object("lab"), s, &err);
    }
    if (err)
        return Error(Errc::InvalidConfig, tr("%1: %2").arg(source, err.message));
    std::sort(s.faults.faults.begin(), s.faults.faults.end(), [](const Fault &a, const Fault &b) { return a.at < b.at; });
    return s;
}

QByteArray scenarioToJson(const Scenario &s)
{
    QJsonObject root;
    root[QStringLiteral("format")] = 1;
    root[QStringLiteral("name")] = s.name;
    root[QStringLiteral("title")] = s.title;
    root[QStringLiteral("description")] = s.description;
    root[QStringLiteral("seed")] = double(s.seed);
    root[QStringLiteral("duration_s")] = toSec(s.duration);
    QJsonObject cluster;
    cluster[QStringLiteral("nodes")] = int(s.cluster.nodes.size());
    if (!s.cluster.nodes.empty()) {
        const NodeSpec &n = s.cluster.nodes.front();
        cluster[QStringLiteral("storage")] = n.storage == StorageKind::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("memory");
        cluster[QStringLiteral("flush")] = n.config.flush == FlushPolicy::EveryBatch ? QStringLiteral("every_batch")
            : n.config.flush == FlushPolicy::Interval                               ? QStringLiteral("interval")
                                                                                      : QStringLiteral("never");
        cluster[QStringLiteral("flush_interval_ms")] = toMs(n.config.flushInterval);
        cluster[QStringLiteral("replica_lag_time_max_ms")] = toMs(n.config.replicaLagTimeMax);
    }
    cluster[QStringLiteral("session_timeout_ms")] = toMs(s.cluster.controller.sessionTimeout);
    cluster[QStringLiteral("network")] = writeLink(s.cluster.network);
    root[QStringLiteral("cluster")] = cluster;
    QJsonArray topics;
    for (const auto &t : s.topics)
        topics.append(QJsonObject{{QStringLiteral("name"), t.name},
                                  {QStringLiteral("partitions"), t.config.partitions},
                                  {QStringLiteral("replication_factor"), t.config.replicationFactor},
                                  {QStringLiteral("min_insync_replicas"), t.config.minInsyncReplicas},
                                  {QStringLiteral("unclean_leader_election"), t.config.uncleanLeaderElection},
                                  {QStringLiteral("segment_bytes"), double(t.config.log.segmentBytes)},
                                  {QStringLiteral("retention_ms"), t.config.log.retentionTime < 0 ? -1.0 : toMs(t.config.log.retentionTime)},
                                  {QStringLiteral("retention_bytes"), double(t.config.log.retentionBytes)},
                                  {QStringLiteral("compact"), t.config.log.compact},
                                  {QStringLiteral("delete_retention_ms"), toMs(t.config.log.deleteRetention)}});
    root[QStringLiteral("topics")] = topics;
    QJsonArray producers;
    for (const auto &p : s.producers)
        producers.append(QJsonObject{
            {QStringLiteral("name"), p.name},
            {QStringLiteral("topic"), p.load.topic},
            {QStringLiteral("rate"), p.load.recordsPerSecond},
            {QStringLiteral("keys"), p.load.keys},
            {QStringLiteral("value_bytes"), p.load.valueBytes},
            {QStringLiteral("start_s"), toSec(p.load.startAt)},
            {QStringLiteral("stop_s"), p.load.stopAt < 0 ? -1.0 : toSec(p.load.stopAt)},
            {QStringLiteral("acks"), p.config.acks == Acks::All ? QStringLiteral("all") : p.config.acks == Acks::Leader ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("retries"), p.config.retries},
            {QStringLiteral("retry_backoff_ms"), toMs(p.config.retryBackoff)},
            {QStringLiteral("request_timeout_ms"), toMs(p.config.requestTimeout)},
            {QStringLiteral("delivery_timeout_ms"), toMs(p.config.deliveryTimeout)},
            {QStringLiteral("linger_ms"), toMs(p.config.linger)},
            {QStringLiteral("batch_records"), p.config.batchRecords},
            {QStringLiteral("max_in_flight"), p.config.maxInFlight},
            {QStringLiteral("idempotent"), p.config.idempotent},
            {QStringLiteral("partitioner"), p.config.partitioner == Partitioner::KeyHash ? QStringLiteral("key_hash") : QStringLiteral("round_robin")}});
    root[QStringLiteral("producers")] = producers;
    QJsonArray faults;
    for (const auto &f : s.faults.faults) {
        QJsonObject o{{QStringLiteral("at_s"), toSec(f.at)}, {QStringLiteral("kind"), QLatin1String(faultKindName(f.kind))}};
        if (f.kind != FaultKind::HealAll)
            o[QStringLiteral("node")] = f.node.value;
        if (f.kind == FaultKind::CutLink || f.kind == FaultKind::HealLink || f.kind == FaultKind::SlowLink) {
            o[QStringLiteral("peer")] = f.peer == kPeerController ? QJsonValue(QStringLiteral("controller")) : QJsonValue(f.peer);
            o[QStringLiteral("one_way")] = f.oneWay;
        }
        if (f.kind == FaultKind::DamageBatch || f.kind == FaultKind::ReadError)
            o[QStringLiteral("pick")] = double(f.pick);
        if (f.kind == FaultKind::SlowLink) {
            const QJsonObject link = writeLink(f.link);
            for (auto it = link.begin(); it != link.end(); ++it)
                o[it.key()] = it.value();
        }
        faults.append(o);
    }
    writeServices(s.services, root, faults);
    root[QStringLiteral("faults")] = faults;
    if (s.lab)
        root[QStringLiteral("lab")] = writeLab(*s.lab);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList bundledScenarios()
{
    QStringList names;
    for (const QString &f : QDir(QStringLiteral(":/scenarios")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names << QFileInfo(f).completeBaseName();
    return names;
}

Result<Scenario> loadScenario(const QString &nameOrPath)
{
    QString path = nameOrPath;
    if (!QFileInfo::exists(path)) {
        path = QStringLiteral(":/scenarios/%1.json").arg(nameOrPath);
        if (!QFileInfo::exists(path))
            return Error(Errc::InvalidConfig, tr("No file or bundled scenario named \"%1\". Bundled scenarios: %2.")
                                                  .arg(nameOrPath, bundledScenarios().join(QStringLiteral(", "))));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Errc::InvalidConfig, tr("Cannot read %1: %2.").arg(path, file.errorString()));
    // A workbench saved by the app is an SQLite database: its scenario is the
    // one it holds, whatever the file is called.
    if (file.peek(16) == QByteArrayView("SQLite format 3\0", 16)) {
        file.close();
        auto workbench = WorkbenchFile::read(path);
        if (!workbench)
            return workbench.error();
        return std::move(workbench->scenario);
    }
    return scenarioFromJson(file.readAll(), nameOrPath);
}

} // namespace bb
