// The scenario as a graph, the topology edits, their validation and the
// edits a running cluster takes without a rebuild.
#include <QTest>

#include "engine/livechange.h"
#include "services/serviceruntime.h"
#include "topology/scenariojson.h"
#include "topology/topologyedit.h"

#include <algorithm>

using namespace bb;

namespace {

Scenario bundled(const QString &name)
{
    auto s = loadScenario(name);
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
    return *s;
}

bool hasEdge(const Scenario &s, EdgeKind kind, const QString &from, const QString &to)
{
    const auto edges = topologyEdges(s);
    return std::any_of(edges.begin(), edges.end(),
                       [&](const TopologyEdge &e) { return e.kind == kind && e.from.key() == from && e.to.key() == to; });
}

} // namespace

class TestTopologyEdit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultScenarioAsAGraph();
    void queueStandsForItsTopic();
    void everyBundledScenarioHasConnectedEdges();
    void addedElementsAreValid_data();
    void addedElementsAreValid();
    void addRefusesWhatIsMissing();
    void replicationAboveNodeCountIsRefused();
    void renameFollowsReferences();
    void deleteDropsListReferencesAndRefusesDangling();
    void connectMakesTheEdge();
    void liveChangeOnlyForAdditions();
    void extendStartsAServiceOnARunningCluster();
};

void TestTopologyEdit::defaultScenarioAsAGraph()
{
    const Scenario s = defaultScenario();
    QStringList keys;
    for (const ElementRef &e : topologyElements(s))
        keys << e.key();
    QCOMPARE(keys, (QStringList{QStringLiteral("node:0"), QStringLiteral("node:1"), QStringLiteral("node:2"), QStringLiteral("topic:orders"),
                                QStringLiteral("producer:checkout"), QStringLiteral("service:billing"), QStringLiteral("service:analytics")}));
    QCOMPARE(topologyEdges(s).size(), std::size_t(3));
    QVERIFY(hasEdge(s, EdgeKind::Writes, QStringLiteral("producer:checkout"), QStringLiteral("topic:orders")));
    QVERIFY(hasEdge(s, EdgeKind::Subscribes, QStringLiteral("topic:orders"), QStringLiteral("service:billing")));
    QVERIFY(hasEdge(s, EdgeKind::Subscribes, QStringLiteral("topic:orders"), QStringLiteral("service:analytics")));
    QCOMPARE(ElementRef::fromKey(QStringLiteral("service:billing")), (ElementRef{ElementKind::Service, QStringLiteral("billing")}));
    QVERIFY(!ElementRef::fromKey(QStringLiteral("nonsense")).isValid());
}

void TestTopologyEdit::queueStandsForItsTopic()
{
    const Scenario s = bundled(QStringLiteral("p2p-vs-pubsub"));
    const auto elements = topologyElements(s);
    QVERIFY(hasElement(s, {ElementKind::Queue, QStringLiteral("work")}));
    QVERIFY(!hasElement(s, {ElementKind::Topic, QStringLiteral("work-items")})); // drawn as the queue
    QVERIFY(hasEdge(s, EdgeKind::Binds, QStringLiteral("exchange:events"), QStringLiteral("queue:work")));
    QVERIFY(hasEdge(s, EdgeKind::Binds, QStringLiteral("exchange:events"), QStringLiteral("topic:audit-log")));
    QVERIFY(hasEdge(s, EdgeKind::Publishes, QStringLiteral("publisher:shop"), QStringLiteral("exchange:events")));
    QVERIFY(hasEdge(s, EdgeKind::Subscribes, QStringLiteral("queue:work"), QStringLiteral("service:workers")));
    QCOMPARE(backingTopic(s, {ElementKind::Queue, QStringLiteral("work")}), QStringLiteral("work-items"));
}

void TestTopologyEdit::everyBundledScenarioHasConnectedEdges()
{
    for (const QString &file : QDir(QStringLiteral(":/scenarios")).entryList()) {
        const Scenario s = bundled(QFileInfo(file).completeBaseName());
        for (const TopologyEdge &e : topologyEdges(s)) {
            QVERIFY2(hasElement(s, e.from), qPrintable(file + QLatin1Char(' ') + e.from.key()));
            QVERIFY2(hasElement(s, e.to), qPrintable(file + QLatin1Char(' ') + e.to.key()));
        }
        QVERIFY2(!validateScenario(s), qPrintable(file));
    }
}

void TestTopologyEdit::addedElementsAreValid_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("kind");
    for (const char *scenario : {"default", "p2p-vs-pubsub", "request-reply"})
        for (int k = 0; k <= int(ElementKind::Responder); ++k)
            QTest::addRow("%s-%d", scenario, k) << QString::fromLatin1(scenario) << k;
}

void TestTopologyEdit::addedElementsAreValid()
{
    QFETCH(QString, scenario);
    QFETCH(int, kind);
    const Scenario s = bundled(scenario);
    ElementRef added;
    auto edited = addElement(s, ElementKind(kind), &added);
    if (!edited) {
        // Refused only for what the scenario lacks: an exchange, a second topic.
        const QString message = edited.error().message;
        if (ElementKind(kind) == ElementKind::Publisher)
            QVERIFY2(message.contains(QStringLiteral("Add an exchange first")), qPrintable(message));
        else if (ElementKind(kind) == ElementKind::Requester)
            QVERIFY2(message.contains(QStringLiteral("Add two topics first")), qPrintable(message));
        else
            QFAIL(qPrintable(message));
        return;
    }
    QCOMPARE(added.kind, ElementKind(kind));
    QVERIFY(hasElement(*edited, added));
    const Error err = validateScenario(*edited);
    QVERIFY2(!err, qPrintable(err.message));
}

void TestTopologyEdit::addRefusesWhatIsMissing()
{
    Scenario empty = defaultScenario();
    empty.topics.clear();
    empty.producers.clear();
    empty.services = {};
    auto producer = addElement(empty, ElementKind::Producer);
    QVERIFY(!producer);
    QVERIFY(producer.error().message.contains(QStringLiteral("Add a topic first")));
    Scenario full = defaultScenario();
    full.cluster.nodes.resize(kMaxNodes);
    QVERIFY(!addElement(full, ElementKind::Node));
}

void TestTopologyEdit::replicationAboveNodeCountIsRefused()
{
    Scenario s = defaultScenario();
    findTopic(s, QStringLiteral("orders"))->config.replicationFactor = 5;
    const Error err = validateScenario(s);
    QVERIFY(err);
    QVERIFY2(err.message.contains(QStringLiteral("add nodes or lower the replication factor")), qPrintable(err.message));
    // Fewer nodes than the fault plan names.
    Scenario faults = bundled(QStringLiteral("power-loss")); // crashes node 2
    faults.cluster.nodes.resize(1);
    for (TopicSpec &t : faults.topics)
        t.config.replicationFactor = t.config.minInsyncReplicas = 1;
    const Error nodes = validateScenario(faults);
    QVERIFY(nodes);
    QVERIFY2(nodes.message.contains(QStringLiteral("fault plan")), qPrintable(nodes.message));
}

void TestTopologyEdit::renameFollowsReferences()
{
    auto renamed = renameElement(defaultScenario(), {ElementKind::Topic, QStringLiteral("orders")}, QStringLiteral("purchases"));
    QVERIFY(renamed);
    QCOMPARE(renamed->producers.front().load.topic, QStringLiteral("purchases"));
    QCOMPARE(findService(*renamed, QStringLiteral("billing"))->topics, QStringList{QStringLiteral("purchases")});
    QVERIFY(!validateScenario(*renamed));

    auto chain = renameElement(bundled(QStringLiteral("choreography")), {ElementKind::Service, QStringLiteral("payment")}, QStringLiteral("pay"));
    QVERIFY(chain);
    QCOMPARE(findService(*chain, QStringLiteral("shipping"))->expectFrom, QStringLiteral("pay"));
    QVERIFY(!validateScenario(*chain));

    auto taken = renameElement(defaultScenario(), {ElementKind::Service, QStringLiteral("billing")}, QStringLiteral("analytics"));
    QVERIFY(!taken);
    QVERIFY(taken.error().message.contains(QStringLiteral("taken")));
}

void TestTopologyEdit::deleteDropsListReferencesAndRefusesDangling()
{
    const Scenario chain = bundled(QStringLiteral("choreography"));
    // shipments is emitted to by shipping and read by notifications, next to payments.
    auto edited = removeElement(chain, {ElementKind::Topic, QStringLiteral("shipments")});
    QVERIFY(edited);
    QVERIFY(findService(*edited, QStringLiteral("shipping"))->emits.empty());
    QCOMPARE(findService(*edited, QStringLiteral("notifications"))->topics, QStringList{QStringLiteral("payments")});
    QVERIFY(!validateScenario(*edited));

    // orders is the storefront's topic: a producer must write somewhere.
    auto dangling = removeElement(chain, {ElementKind::Topic, QStringLiteral("orders")});
    QVERIFY(dangling);
    const Error err = validateScenario(*dangling);
    QVERIFY(err);
    QVERIFY2(err.message.contains(QStringLiteral("storefront")), qPrintable(err.message));

    auto service = removeElement(chain, {ElementKind::Service, QStringLiteral("inventory")});
    QVERIFY(service);
    QVERIFY(service->services.faults.empty()); // its crash went with it
    QVERIFY(!validateScenario(*service));
}

void TestTopologyEdit::connectMakesTheEdge()
{
    Scenario s = bundled(QStringLiteral("p2p-vs-pubsub"));
    auto bound = connectElements(s, {ElementKind::Exchange, QStringLiteral("events")}, {ElementKind::Topic, QStringLiteral("audit-log")});
    QVERIFY(!bound); // already bound
    auto emits = connectElements(s, {ElementKind::Service, QStringLiteral("analytics")}, {ElementKind::Queue, QStringLiteral("work")});
    QVERIFY(emits);
    QVERIFY(hasEdge(*emits, EdgeKind::Emits, QStringLiteral("service:analytics"), QStringLiteral("queue:work")));
    QCOMPARE(findService(*emits, QStringLiteral("analytics"))->emits.front().to, QStringLiteral("work-items"));
    QVERIFY(!validateScenario(*emits));

    auto toQueue = connectElements(s, {ElementKind::Queue, QStringLiteral("work")}, {ElementKind::Service, QStringLiteral("search-indexer")});
    QVERIFY(toQueue);
    QCOMPARE(findService(*toQueue, QStringLiteral("search-indexer"))->queue, QStringLiteral("work"));
    QVERIFY(findService(*toQueue, QStringLiteral("search-indexer"))->topics.isEmpty());

    QVERIFY(!canConnect({ElementKind::Service, QStringLiteral("a")}, {ElementKind::Producer, QStringLiteral("b")}));
    QVERIFY(!connectElements(s, {ElementKind::Publisher, QStringLiteral("shop")}, {ElementKind::Topic, QStringLiteral("audit-log")}));

    const auto edges = topologyEdges(s);
    const auto binding = std::find_if(edges.begin(), edges.end(), [](const TopologyEdge &e) { return e.kind == EdgeKind::Binds; });
    QVERIFY(binding != edges.end());
    auto unbound = removeEdge(s, *binding);
    QVERIFY(unbound);
    QCOMPARE(findExchange(*unbound, QStringLiteral("events"))->bindings.size(), std::size_t(1));
    const auto writes = std::find_if(edges.begin(), edges.end(), [](const TopologyEdge &e) { return e.kind == EdgeKind::Publishes; });
    QVERIFY(!removeEdge(s, *writes));
}

void TestTopologyEdit::liveChangeOnlyForAdditions()
{
    const Scenario s = defaultScenario();
    auto topic = addElement(s, ElementKind::Topic);
    QVERIFY(liveChange(s, *topic));
    auto service = addElement(s, ElementKind::Service);
    QVERIFY(liveChange(s, *service));
    auto producer = addElement(s, ElementKind::Producer);
    QVERIFY(liveChange(s, *producer));
    QVERIFY(!liveChange(*topic, s)); // removal
    QVERIFY(!liveChange(s, s));      // nothing to add
    Scenario changed = *topic;
    changed.topics.front().config.partitions = 7; // and a setting changed
    QVERIFY(!liveChange(s, changed));
    QVERIFY(!liveChange(s, *addElement(s, ElementKind::Node)));
}

void TestTopologyEdit::extendStartsAServiceOnARunningCluster()
{
    const Scenario s = defaultScenario();
    auto cluster = buildCluster(s, s.seed);
    QVERIFY(cluster);
    (*cluster)->runFor(2 * kSecond);
    auto edited = addElement(s, ElementKind::Service);
    QVERIFY(edited);
    const ClusterChange change = liveChange(s, *edited);
    QVERIFY(change);
    const Error err = change(**cluster);
    QVERIFY2(!err, qPrintable(err.message));
    (*cluster)->runFor(3 * kSecond);
    const Service *added = ServiceRuntime::of(**cluster)->service(QStringLiteral("service-1"));
    QVERIFY(added);
    QVERIFY(added->stats().handled > 0);

    // A cluster without applications gets its runtime when the first service comes.
    Scenario bare = s;
    bare.services = {};
    auto plain = buildCluster(bare, bare.seed);
    QVERIFY(plain);
    QVERIFY(!ServiceRuntime::of(**plain));
    auto withService = addElement(bare, ElementKind::Service);
    QVERIFY(!liveChange(bare, *withService)(**plain));
    (*plain)->runFor(2 * kSecond);
    QVERIFY(ServiceRuntime::of(**plain)->service(QStringLiteral("service-1"))->stats().handled > 0);
}

QTEST_GUILESS_MAIN(TestTopologyEdit)
#include "tst_topologyedit.moc"
