// QTest first: moc needs Qt's predefines before <compare> (model/ids.h).
#include <QTest>

#include "lab/scenariorun.h"
#include "lab/semanticslab.h"
#include "topology/scenariojson.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace bb;

namespace {

// A scenario with every field away from its default.
Scenario everyField()
{
    Scenario s;
    s.name = QStringLiteral("every-field");
    s.title = QStringLiteral("Every field set");
    s.description = QStringLiteral("Round trip \"quoted\", unicode \u00e9, and newlines\nkept.");
    s.seed = 987654321;
    s.duration = 42500 * kMillisecond;
    NodeConfig nc;
    nc.flush = FlushPolicy::EveryBatch;
    nc.flushInterval = 250 * kMillisecond;
    nc.replicaLagTimeMax = 3500 * kMillisecond;
    for (int i = 0; i < 4; ++i)
        s.cluster.nodes.push_back({NodeId(i), nc, StorageKind::Sqlite});
    s.cluster.controller.sessionTimeout = 900 * kMillisecond;
    s.cluster.network = {2500, 500, 0.01, 0.02};
    TopicSpec a;
    a.name = QStringLiteral("orders");
    a.config.partitions = 12;
    a.config.replicationFactor = 3;
    a.config.minInsyncReplicas = 2;
    a.config.uncleanLeaderElection = true;
    a.config.log.segmentBytes = 65536;
    a.config.log.retentionTime = 60 * kSecond;
    a.config.log.retentionBytes = 1 << 24;
    a.config.log.compact = true;
    a.config.log.deleteRetention = 2 * kSecond;
    TopicSpec b;
    b.name = QStringLiteral("audit");
    s.topics = {a, b};
    ProducerSpec p;
    p.name = QStringLiteral("checkout");
    p.load.topic = QStringLiteral("orders");
    p.load.recordsPerSecond = 1234.5;
    p.load.keys = 0;
    p.load.valueBytes = 64;
    p.load.startAt = 1500 * kMillisecond;
    p.load.stopAt = 20 * kSecond;
    p.config.acks = Acks::Leader;
    p.config.retries = 3;
    p.config.retryBackoff = 25 * kMillisecond;
    p.config.requestTimeout = 700 * kMillisecond;
    p.config.deliveryTimeout = 9 * kSecond;
    p.config.linger = 0;
    p.config.batchRecords = 17;
    p.config.maxInFlight = 5;
    p.config.partitioner = Partitioner::RoundRobin;
    ProducerSpec q;
    q.name = QStringLiteral("audit-writer");
    q.load.topic = QStringLiteral("audit");
    q.config.acks = Acks::None;
    s.producers = {p, q};
    auto fault = [&](double atS, FaultKind kind, int node, int peer = -1, bool oneWay = false, LinkConfig link = {}) {
        Fault f;
        f.at = Micros(atS * kSecond);
        f.kind = kind;
        f.node = NodeId(node);
        f.peer = peer;
        f.oneWay = oneWay;
        f.link = link;
        s.faults.faults.push_back(f);
    };
    fault(1, FaultKind::Crash, 1);
    fault(2, FaultKind::Restart, 1);
    fault(3, FaultKind::PowerLoss, 2);
    fault(4, FaultKind::Restart, 2);
    fault(5, FaultKind::Isolate, 3);
    fault(6, FaultKind::Heal, 3);
    fault(7, FaultKind::CutLink, 0, kPeerController, true);
    fault(7.5, FaultKind::CutLink, 0, 2, false);
    fault(8, FaultKind::HealLink, 0, kPeerController);
    fault(9, FaultKind::SlowLink, 1, 3, false, {150 * kMillisecond, 20 * kMillisecond, 0.25, 0});
    fault(10, FaultKind::HealAll, 0);

    // Applications: every field away from its default.
    ServicesSpec &apps = s.services;
    QueueConfig q1;
    q1.name = QStringLiteral("jobs");
    q1.topic = QStringLiteral("orders");
    q1.visibilityTimeout = 750 * kMillisecond;
    q1.maxDeliveries = 4;
    q1.deadLetterTopic = QStringLiteral("audit");
    q1.fifo = true;
    q1.deduplicationWindow = 30 * kSecond;
    apps.queues.push_back({q1});
    ExchangeSpec x;
    x.name = QStringLiteral("events");
    x.type = ExchangeType::Headers;
    Binding bind;
    bind.destination = QStringLiteral("audit");
    bind.key = "order.#";
    bind.headers = {{"region", "eu"}};
    bind.matchAll = false;
    x.bindings.push_back(bind);
    apps.exchanges.push_back(x);
    ServiceSpec svc;
    svc.name = QStringLiteral("billing");
    svc.topics = {QStringLiteral("orders"), QStringLiteral("audit")};
    svc.members = 3;
    svc.startAt = 2 * kSecond;
    svc.scale = {{10 * kSecond, 5}, {20 * kSecond, 1}};
    svc.assignor = QStringLiteral("cooperative-sticky");
    svc.commit = CommitMode::Manual;
    svc.delivery = DeliveryMode::Push;
    svc.isolation = Isolation::ReadCommitted;
    svc.reset = OffsetReset::Latest;
    svc.maxPollRecords = 42;
    svc.prefetch = 64;
    svc.processingTime = 3 * kMillisecond;
    svc.dedupe = true;
    svc.balance = true;
    svc.balanceUntil = 12 * kSecond;
    svc.poisonEvery = 9;
    svc.emits = {{QStringLiteral("orders"), QStringLiteral("audit"), QStringLiteral("Billed")}};
    svc.failEvery = 7;
    svc.failTo = QStringLiteral("audit");
    svc.failEvent = QStringLiteral("BillingFailed");
    svc.outbox = true;
    svc.emitAcks = Acks::Leader;
    svc.emitIdempotent = false;
    svc.emitLinger = 40 * kMillisecond;
    svc.expectFrom = QStringLiteral("workers");
    ServiceSpec workers;
    workers.name = QStringLiteral("workers");
    workers.queue = QStringLiteral("jobs");
    apps.services = {svc, workers};
    apps.publishers.push_back({QStringLiteral("shop"), QStringLiteral("events"), {QStringLiteral("order.created")}, 70, 1 * kSecond, 9 * kSecond});
    apps.requesters.push_back({QStringLiteral("web"), QStringLiteral("orders"), QStringLiteral("audit"), 30, 400 * kMillisecond, 1 * kSecond, 8 * kSecond});
    apps.responders.push_back({QStringLiteral("pricing"), QStringLiteral("orders"), 2});
    apps.faults.push_back({11 * kSecond, ServiceFaultKind::Crash, QStringLiteral("billing"), 1, 3 * kSecond, 0.5, 1 * kSecond});
    apps.faults.push_back({12 * kSecond, ServiceFaultKind::LinkLoss, QStringLiteral("shop"), -1, 2 * kSecond, 0.25, 4 * kSecond});
    return s;
}

QString describe(const Scenario &s)
{
    // Every field, as text, so a mismatch reads as a diff.
    QStringList l;
    l << s.name << s.title << s.description << QString::number(s.seed) << QString::number(s.duration);
    for (const auto &n : s.cluster.nodes)
        l << QStringLiteral("node %1 %2 %3 %4 %5").arg(n.id.value).arg(int(n.storage)).arg(int(n.config.flush))
                 .arg(n.config.flushInterval).arg(n.config.replicaLagTimeMax);
    l << QStringLiteral("session %1 net %2 %3 %4 %5").arg(s.cluster.controller.sessionTimeout).arg(s.cluster.network.latency)
             .arg(s.cluster.network.jitter).arg(s.cluster.network.loss).arg(s.cluster.network.reorder);
    for (const auto &t : s.topics)
        l << QStringLiteral("topic %1 %2 %3 %4 %5 %6 %7 %8 %9").arg(t.name).arg(t.config.partitions).arg(t.config.replicationFactor)
                 .arg(t.config.minInsyncReplicas).arg(t.config.uncleanLeaderElection).arg(t.config.log.segmentBytes)
                 .arg(t.config.log.retentionTime).arg(t.config.log.retentionBytes).arg(t.config.log.compact)
             + QStringLiteral(" %1").arg(t.config.log.deleteRetention);
    for (const auto &p : s.producers)
        l << QStringLiteral("producer %1 %2 %3 %4 %5 %6 %7 %8").arg(p.name, p.load.topic).arg(p.load.recordsPerSecond).arg(p.load.keys)
                 .arg(p.load.valueBytes).arg(p.load.startAt).arg(p.load.stopAt).arg(int(p.config.acks))
             + QStringLiteral(" %1 %2 %3 %4 %5 %6 %7 %8").arg(p.config.retries).arg(p.config.retryBackoff).arg(p.config.requestTimeout)
                   .arg(p.config.deliveryTimeout).arg(p.config.linger).arg(p.config.batchRecords).arg(p.config.maxInFlight)
                   .arg(int(p.config.partitioner));
    for (const auto &f : s.faults.faults)
        l << QStringLiteral("fault %1 %2 %3").arg(f.at).arg(QLatin1String(faultKindName(f.kind))).arg(f.kind == FaultKind::HealAll ? -1 : f.node.value)
             + ((f.kind == FaultKind::CutLink || f.kind == FaultKind::HealLink || f.kind == FaultKind::SlowLink)
                    ? QStringLiteral(" peer %1 %2").arg(f.peer).arg(f.oneWay) : QString())
             + (f.kind == FaultKind::SlowLink ? QStringLiteral(" link %1 %2 %3 %4").arg(f.link.latency).arg(f.link.jitter).arg(f.link.loss).arg(f.link.reorder) : QString());
    return l.join(u'\n');
}

} // namespace

class TestScenarioJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyBundledScenarioIsListed();
    void bundledScenarioLoadsBuildsAndRuns_data();
    void bundledScenarioLoadsBuildsAndRuns();
    void roundTripKeepsEveryField();
    void roundTripOfBundledScenarios_data();
    void roundTripOfBundledScenarios();
    void loadScenarioReadsFilesAndRefusesUnknownNames();
    void badInput_data();
    void badInput();
    void buildRefuses_data();
    void buildRefuses();
    void labRefusesWhatRunRefuses();
    void labWithoutModesComparesAllFour();
};

void TestScenarioJson::everyBundledScenarioIsListed()
{
    QStringList files;
    for (const QString &f : QDir(QStringLiteral(BB_SOURCE_DIR "/resources/scenarios")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << f.chopped(5);
    QVERIFY(files.contains(QStringLiteral("leader-failover")));
    QCOMPARE(bundledScenarios(), files);
}

void TestScenarioJson::bundledScenarioLoadsBuildsAndRuns_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &n : QDir(QStringLiteral(BB_SOURCE_DIR "/resources/scenarios")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(n)) << n.chopped(5);
}

void TestScenarioJson::bundledScenarioLoadsBuildsAndRuns()
{
    QFETCH(QString, name);
    auto s = loadScenario(name);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QCOMPARE(s->name, name);
    QVERIFY(!s->title.isEmpty() && !s->description.isEmpty());
    if (s->lab) {
        // A lab scenario brings its pipelines itself (tests/core/lab checks what they do).
        auto lab = SemanticsLab::create(*s, *s->lab, s->seed);
        QVERIFY2(lab.ok(), qPrintable(lab.ok() ? QString() : lab.error().message));
        (*lab)->cluster().runFor(3 * kSecond);
        for (const auto &r : (*lab)->results())
            QVERIFY2(r.sent > 0, guaranteeName(r.mode));
        return;
    }
    QVERIFY(!s->topics.empty());
    QVERIFY(!s->producers.empty() || !s->services.publishers.empty() || !s->services.requesters.empty());
    // SQLite nodes keep their databases where the caller says (the app and
    // the command line use a temporary folder, as here).
    QTemporaryDir data;
    QVERIFY(data.isValid());
    s->cluster.dataDirectory = data.path();
    auto built = buildCluster(*s, s->seed);
    QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().message));
    Cluster &c = **built;
    QCOMPARE(c.producers().size(), s->producers.size());
    c.runFor(3 * kSecond);
    // Up and serving: every partition led, every producer acknowledged.
    for (const auto &[tp, p] : c.controller().partitions())
        QVERIFY2(p.leader != kNoNode, qPrintable(QStringLiteral("partition %1/%2 has no leader").arg(tp.topic.value).arg(tp.partition.value)));
    // The scenario's producers come first; services start their own.
    for (std::size_t i = 0; i < s->producers.size(); ++i) {
        const Producer *p = c.producers()[i];
        QVERIFY(p->stats().recordsAcked > 0);
        QCOMPARE(p->stats().recordsFailed, std::int64_t(0));
    }
    for (const auto &e : c.events())
        QVERIFY2(e.kind != ClusterEventKind::ProducerFailed, qPrintable(e.text));
}

void TestScenarioJson::roundTripKeepsEveryField()
{
    const Scenario s = everyField();
    const QByteArray json = scenarioToJson(s);
    auto back = scenarioFromJson(json, QStringLiteral("every-field.json"));
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(describe(*back), describe(s));
    QVERIFY(back->services == s.services);
    QCOMPARE(scenarioToJson(*back), json);
}

void TestScenarioJson::roundTripOfBundledScenarios_data() { bundledScenarioLoadsBuildsAndRuns_data(); }

void TestScenarioJson::roundTripOfBundledScenarios()
{
    QFETCH(QString, name);
    auto s = loadScenario(name);
    QVERIFY(s.ok());
    auto back = scenarioFromJson(scenarioToJson(*s), name);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(describe(*back), describe(*s));
}

void TestScenarioJson::loadScenarioReadsFilesAndRefusesUnknownNames()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"topics": [{"name": "a"}], "producers": [{"topic": "a"}]})");
    f.close();
    auto s = loadScenario(path);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QCOMPARE(s->name, QStringLiteral("mine")); // named after the file when it does not say
    QCOMPARE(s->producers.at(0).name, QStringLiteral("producer-1"));

    auto missing = loadScenario(QStringLiteral("no-such-scenario"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Errc::InvalidConfig);
    QVERIFY(missing.error().message.contains(QStringLiteral("\"no-such-scenario\"")));
    QVERIFY(missing.error().message.contains(QStringLiteral("leader-failover"))); // lists what exists
}

void TestScenarioJson::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");
    auto row = [](const char *name, const char *json, QStringList mentions) { QTest::newRow(name) << QByteArray(json) << mentions; };
    const QString bad = QStringLiteral("bad.json");

    row("not JSON", "{\"name\": ", {bad, QStringLiteral("is not valid JSON"), QStringLiteral("at character")});
    row("not an object", "[1, 2]", {bad, QStringLiteral("a scenario is a JSON object")});
    row("service reads topics and a queue", R"({"services": [{"name": "s", "topics": ["t"], "queue": "q"}]})",
        {QStringLiteral("services[0]"), QStringLiteral("either \"topics\"")});
    row("emit rule without a destination", R"({"services": [{"name": "s", "topics": ["t"], "emit": [{"event": "E"}]}]})",
        {QStringLiteral("services[0].emit[0].to"), QStringLiteral("name the topic the event goes to")});
    row("binding to an undeclared queue", R"({"exchanges": [{"name": "x", "bindings": [{"queue": "nowhere"}]}]})",
        {QStringLiteral("exchanges[0].bindings[0].queue"), QStringLiteral("no queue \"nowhere\"")});
    row("service crash without a service", R"({"faults": [{"at_s": 1, "kind": "service_crash"}]})",
        {QStringLiteral("faults[0].service"), QStringLiteral("name the service")});
    row("unknown top-level field", R"({"nmae": "x"})", {QStringLiteral("bad.json: nmae: unknown field"), QStringLiteral("check its spelling")});
    row("unknown nested field", R"({"topics": [{"name": "a"}, {"name": "b", "partitionz": 3}]})",
        {QStringLiteral("topics[1].partitionz: unknown field")});
    row("wrong type", R"({"topics": [{"name": "a", "partitions": "three"}]})",
        {QStringLiteral("topics[0].partitions: expected a whole number from 1 to 1024, got \"three\"")});
    row("out of range", R"({"topics": [{"name": "a", "partitions": 0}]})",
        {QStringLiteral("topics[0].partitions: expected a whole number from 1 to 1024, got 0")});
    row("not whole", R"({"topics": [{"name": "a", "replication_factor": 2.5}]})",
        {QStringLiteral("topics[0].replication_factor: expected a whole number from 1 to 9, got 2.5")});
    row("wrong type, boolean", R"({"topics": [{"name": "a", "compact": "yes"}]})",
        {QStringLiteral("topics[0].compact: expected true or false, got \"yes\"")});
    row("too many nodes", R"({"cluster": {"nodes": 12}})", {QStringLiteral("cluster.nodes: expected a whole number from 1 to 9, got 12")});
    row("loss above 1", R"({"cluster": {"network": {"loss": 1.5}}})",
        {QStringLiteral("cluster.network.loss: expected a number from 0 to 1, got 1.5")});
    row("unknown choice", R"({"cluster": {"flush": "sometimes"}})",
        {QStringLiteral("cluster.flush: expected one of \"every_batch\", \"interval\", \"never\"")});
    row("unknown acks", R"({"producers": [{"topic": "a", "acks": "2"}]})",
        {QStringLiteral("producers[0].acks: expected one of \"0\", \"1\", \"all\"")});
    row("section of the wrong type", R"({"topics": {"name": "a"}})", {QStringLiteral("topics: expected a list [...]")});
    row("list entry not an object", R"({"topics": [{"name": "a"}, 7]})", {QStringLiteral("topics[1]: expected an object {...}")});
    row("topic without a name", R"({"topics": [{"partitions": 2}]})", {QStringLiteral("topics[0].name: every topic needs a name")});
    row("producer without a topic", R"({"producers": [{"name": "p"}]})",
        {QStringLiteral("producers[0].topic: name the topic this producer writes to")});
    row("unknown fault kind", R"({"faults": [{"at_s": 1, "kind": "meteor", "node": 0}]})",
        {QStringLiteral("faults[0].kind: expected crash, power_loss"), QStringLiteral("got \"meteor\"")});
    row("fault node out of range", R"({"cluster": {"nodes": 3}, "faults": [{"kind": "crash", "node": 5}]})",
        {QStringLiteral("faults[0].node: expected a whole number from 0 to 2, got 5")});
    row("fault without a node", R"({"faults": [{"kind": "isolate"}]})", {QStringLiteral("faults[0].node: name the node this fault hits (0 to 2)")});
    row("link fault without a peer", R"({"faults": [{"kind": "cut_link", "node": 1}]})",
        {QStringLiteral("faults[0].peer: name the other end: a node number or \"controller\"")});
    row("link fault peer out of range", R"({"faults": [{"kind": "cut_link", "node": 1, "peer": 3}]})",
        {QStringLiteral("faults[0].peer: expected a whole number from 0 to 2, got 3")});
    row("link cut from a node to itself", R"({"faults": [{"kind": "cut_link", "node": 1, "peer": 1}]})",
        {QStringLiteral("faults[0].peer: cut_link from node 1 to itself"), QStringLiteral("name another node")});
    row("slow link from a node to itself", R"({"faults": [{"kind": "slow_link", "node": 2, "peer": 2, "latency_ms": 50}]})",
        {QStringLiteral("faults[0].peer: slow_link from node 2 to itself")});
    row("file fault on a memory cluster", R"({"faults": [{"kind": "corrupt_page", "node": 1}]})",
        {QStringLiteral("faults[0].kind: corrupt_page damages a node's SQLite files"), QStringLiteral("\"storage\": \"sqlite\"")});
    row("lab with an empty list of modes", R"({"lab": {"modes": []}})",
        {QStringLiteral("lab.modes: name at least one"), QStringLiteral("leave \"modes\" out")});
    row("unknown format", R"({"format": 2})", {QStringLiteral("format: expected a whole number from 1 to 1, got 2")});
    row("negative duration", R"({"duration_s": -1})", {QStringLiteral("duration_s: expected a number from")});
}

void TestScenarioJson::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    auto s = scenarioFromJson(json, QStringLiteral("bad.json"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Errc::InvalidConfig);
    QVERIFY2(s.error().message.startsWith(QStringLiteral("bad.json")), qPrintable(s.error().message));
    for (const QString &m : mentions)
        QVERIFY2(s.error().message.contains(m), qPrintable(QStringLiteral("\"%1\" does not say \"%2\"").arg(s.error().message, m)));
}

void TestScenarioJson::buildRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("producer names an unknown topic")
        << QByteArray(R"({"topics": [{"name": "orders"}], "producers": [{"name": "checkout", "topic": "ordres"}]})")
        << int(Errc::UnknownTopic)
        << QStringList{QStringLiteral("\"checkout\""), QStringLiteral("\"ordres\""), QStringLiteral("add the topic or fix the name")};
    QTest::newRow("service reads an unknown topic")
        << QByteArray(R"({"topics": [{"name": "orders"}], "services": [{"name": "billing", "topics": ["ordres"]}]})")
        << int(Errc::UnknownTopic)
        << QStringList{QStringLiteral("Service \"billing\""), QStringLiteral("\"ordres\""), QStringLiteral("add the topic or fix the name")};
    QTest::newRow("service compares itself with an unknown service")
        << QByteArray(R"({"topics": [{"name": "t"}], "services": [{"name": "a", "topics": ["t"], "expect_from": "b"}]})")
        << int(Errc::InvalidConfig) << QStringList{QStringLiteral("\"a\""), QStringLiteral("\"b\""), QStringLiteral("not a service")};
    QTest::newRow("publisher to an undeclared exchange")
        << QByteArray(R"({"topics": [{"name": "t"}], "publishers": [{"name": "p", "exchange": "x"}]})")
        << int(Errc::InvalidConfig) << QStringList{QStringLiteral("Publisher \"p\""), QStringLiteral("\"x\"")};
    QTest::newRow("replication factor above the node count")
        << QByteArray(R"({"cluster": {"nodes": 2}, "topics": [{"name": "t", "replication_factor": 3}]})") << int(Errc::InvalidConfig)
        << QStringList{QStringLiteral("\"t\""), QStringLiteral("replication factor 3"), QStringLiteral("add nodes or lower the replication factor")};
    QTest::newRow("min.insync above the replication factor")
        << QByteArray(R"({"topics": [{"name": "t", "replication_factor": 2, "min_insync_replicas": 3}]})") << int(Errc::InvalidConfig)
        << QStringList{QStringLiteral("min.insync.replicas must be between 1 and the replication factor (2)")};
    QTest::newRow("two topics with one name")
        << QByteArray(R"({"topics": [{"name": "t"}, {"name": "t"}]})") << int(Errc::InvalidConfig)
        << QStringList{QStringLiteral("\"t\" already exists")};
}

void TestScenarioJson::buildRefuses()
{
    QFETCH(QByteArray, json);
    QFETCH(int, code);
    QFETCH(QStringList, mentions);
    auto s = scenarioFromJson(json, QStringLiteral("build.json"));
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    auto built = buildCluster(*s, 1);
    QVERIFY(!built.ok());
    QCOMPARE(built.error().code, Errc(code));
    for (const QString &m : mentions)
        QVERIFY2(built.error().message.contains(m), qPrintable(QStringLiteral("\"%1\" does not say \"%2\"").arg(built.error().message, m)));
    // The command line's runner refuses it the same way.
    auto report = runScenario(*s, 1, kSecond);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, Errc(code));
}

void TestScenarioJson::labRefusesWhatRunRefuses()
{
    // The lab runs its own pipelines, but a scenario that run refuses is not
    // a lab scenario either.
    auto s = scenarioFromJson(R"({"topics": [{"name": "orders"}], "producers": [{"name": "checkout", "topic": "ordres"}],
                                  "lab": {"payments": 10}})", QStringLiteral("lab.json"));
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    auto lab = SemanticsLab::create(*s, *s->lab, 1);
    QVERIFY(!lab.ok());
    QCOMPARE(lab.error().code, Errc::UnknownTopic);
    QVERIFY2(lab.error().message.contains(QStringLiteral("Producer \"checkout\" writes to topic \"ordres\"")), qPrintable(lab.error().message));
    QCOMPARE(runScenario(*s, 1, kSecond).error().message, lab.error().message);
}

void TestScenarioJson::labWithoutModesComparesAllFour()
{
    auto s = scenarioFromJson(R"({"lab": {"payments": 10}})", QStringLiteral("lab.json"));
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QCOMPARE(s->lab->modes.size(), std::size_t(4));
    auto one = scenarioFromJson(R"({"lab": {"modes": ["exactly-once"]}})", QStringLiteral("lab.json"));
    QVERIFY(one.ok());
    QCOMPARE(one->lab->modes, std::vector<Guarantee>{Guarantee::ExactlyOnce});
}

QTEST_GUILESS_MAIN(TestScenarioJson)
#include "tst_scenariojson.moc"
