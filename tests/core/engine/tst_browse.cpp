// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QTest>
#include <QThread>

#include "engine/browse.h"
#include "engine/engine.h"

using namespace bb;

class TestBrowse : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void firstPageFromTheLeader();
    void pagesFollowEachOther();
    void backwardPageEndsAtTheLogEnd();
    void filterMatchesKeysAndValues();
    void filterScanEndsAtTheLogEnd();
    void timestampFindsTheFirstRecordAtOrAfter();
    void refusals_data();
    void refusals();
    void engineAnswersOnTheGuiThread();
    void answerForADestroyedContextIsDropped();
    void beforeAnyLoadTheAnswerIsAnError();

private:
    BrowsePage read(Offset from, int count, const QString &filter = {},
                    BrowseRequest::Direction direction = BrowseRequest::Direction::Forward, int partition = 0);
    std::unique_ptr<Cluster> m_cluster;
};

void TestBrowse::init()
{
    const Scenario s = defaultScenario();
    auto built = buildCluster(s, s.seed);
    QVERIFY(built.ok());
    m_cluster = std::move(*built);
    m_cluster->runFor(2 * kSecond);
}

BrowsePage TestBrowse::read(Offset from, int count, const QString &filter, BrowseRequest::Direction direction, int partition)
{
    BrowseRequest r;
    r.tp = {TopicId(0), PartitionId(partition)};
    r.from = from;
    r.count = count;
    r.filter = filter;
    r.direction = direction;
    return readBrowsePage(*m_cluster, r);
}

void TestBrowse::firstPageFromTheLeader()
{
    const BrowsePage page = read(Offset(0), 50);
    QVERIFY2(!page.error, qPrintable(page.error.message));
    QCOMPARE(page.partitionName, QStringLiteral("orders-0"));
    QCOMPARE(page.records.size(), std::size_t(50));
    QVERIFY(page.leo.value > 50);
    QCOMPARE(page.replicas.size(), std::size_t(3));
    QVERIFY(page.readFrom != kNoNode);
    for (int i = 0; i < 50; ++i) {
        const BrowseRecord &r = page.records[std::size_t(i)];
        QCOMPARE(r.offset, Offset(i));
        QVERIFY(r.batchBase <= r.offset && r.offset <= r.batchLast);
        QVERIFY(r.batchRecords >= 1);
        QCOMPARE(r.leaderEpoch, Epoch(1));
        QVERIFY(r.key.startsWith('k'));
        QCOMPARE(r.value.size(), 100);
        QCOMPARE(r.producer, QStringLiteral("checkout"));
        QVERIFY(r.generatorSequence >= 0);
        QVERIFY(r.timestamp > 0 && r.timestamp <= page.time);
    }
    QCOMPARE(page.scannedFrom, Offset(0));
    QCOMPARE(page.scannedTo, Offset(50));
    QVERIFY(!page.limited);
}

void TestBrowse::pagesFollowEachOther()
{
    const BrowsePage first = read(Offset(0), 40);
    const BrowsePage second = read(first.scannedTo, 40);
    QCOMPARE(second.records.front().offset, Offset(40));
    QCOMPARE(second.records.back().offset, Offset(79));
    // Backward from the second page's start gives the first page again.
    const BrowsePage back = read(second.scannedFrom, 40, {}, BrowseRequest::Direction::Backward);
    QCOMPARE(back.records.size(), std::size_t(40));
    for (std::size_t i = 0; i < 40; ++i)
        QCOMPARE(back.records[i].offset, first.records[i].offset);
    QCOMPARE(back.scannedFrom, Offset(0));
}

void TestBrowse::backwardPageEndsAtTheLogEnd()
{
    const BrowsePage page = read(Offset(1'000'000'000), 30, {}, BrowseRequest::Direction::Backward);
    QCOMPARE(page.records.size(), std::size_t(30));
    QCOMPARE(page.records.back().offset, page.leo - 1);
    QCOMPARE(page.records.front().offset, page.leo - 30);
    QCOMPARE(page.scannedTo, page.leo);
}

void TestBrowse::filterMatchesKeysAndValues()
{
    const QString key = QString::fromUtf8(read(Offset(0), 1).records.front().key);
    // Case-insensitive, on keys.
    const BrowsePage page = read(Offset(0), 20, key.toUpper());
    QVERIFY(!page.records.empty());
    for (const BrowseRecord &r : page.records)
        QVERIFY2(QString::fromUtf8(r.key).contains(key, Qt::CaseInsensitive), r.key.constData());
    for (std::size_t i = 1; i < page.records.size(); ++i)
        QVERIFY(page.records[i - 1].offset < page.records[i].offset);
    // On values: every generated value carries "vvv".
    QCOMPARE(read(Offset(0), 10, QStringLiteral("VVVV")).records.size(), std::size_t(10));
    // Backward with a filter: the last matches before the end, in order.
    const BrowsePage back = read(page.leo, 5, key, BrowseRequest::Direction::Backward);
    QCOMPARE(back.records.size(), std::size_t(5));
    QVERIFY(back.records.front().offset < back.records.back().offset);
    for (const BrowseRecord &r : back.records)
        QVERIFY(QString::fromUtf8(r.key).contains(key));
}

void TestBrowse::filterScanEndsAtTheLogEnd()
{
    const BrowsePage page = read(Offset(0), 10, QStringLiteral("no such text ✓"));
    QVERIFY(!page.error);
    QVERIFY(page.records.empty());
    QVERIFY(!page.limited);
    QCOMPARE(page.scannedTo, page.leo);
}

void TestBrowse::timestampFindsTheFirstRecordAtOrAfter()
{
    const BrowsePage all = read(Offset(0), 300);
    const BrowseRecord &target = all.records[200];
    BrowseRequest r;
    r.tp = {TopicId(0), PartitionId(0)};
    r.count = 5;
    r.timestamp = target.timestamp;
    const BrowsePage page = readBrowsePage(*m_cluster, r);
    QVERIFY(!page.records.empty());
    QVERIFY(page.records.front().offset <= target.offset);
    QVERIFY(page.records.front().timestamp >= target.timestamp);
    if (page.records.front().offset.value > 0)
        QVERIFY(all.records[std::size_t(page.records.front().offset.value - 1)].timestamp < target.timestamp);
}

void TestBrowse::refusals_data()
{
    QTest::addColumn<int>("partition");
    QTest::addColumn<bool>("crashAll");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown partition") << 42 << false << QStringLiteral("There is no such partition");
    QTest::newRow("every replica down") << 0 << true << QStringLiteral("orders-0");
}

void TestBrowse::refusals()
{
    QFETCH(int, partition);
    QFETCH(bool, crashAll);
    QFETCH(QString, expected);
    if (crashAll) {
        for (NodeId id : m_cluster->nodeIds())
            QVERIFY(!m_cluster->crash(id, CrashKind::Process));
        m_cluster->runFor(kSecond);
    }
    const BrowsePage page = read(Offset(0), 10, {}, BrowseRequest::Direction::Forward, partition);
    QVERIFY(page.error);
    QVERIFY(page.records.empty());
    QVERIFY2(page.error.message.contains(expected), qPrintable(page.error.message));
    QVERIFY2(page.error.message.endsWith(QLatin1Char('.')), qPrintable(page.error.message));
}

void TestBrowse::engineAnswersOnTheGuiThread()
{
    Engine engine;
    QVERIFY(!engine.load(defaultScenario()));
    engine.setSpeed(10);
    engine.start();
    QTRY_VERIFY(engine.latest() && engine.latest()->partitions.size() == 6 && engine.latest()->partitions[0].hw.value > 20);
    std::optional<BrowsePage> answer;
    QThread *thread = nullptr;
    engine.browse({TopicId(0), PartitionId(0)}, Offset(5), 10, {}, [&](BrowsePage page) {
        thread = QThread::currentThread();
        answer = std::move(page);
    });
    QVERIFY(!answer); // never answered inline
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(thread, QThread::currentThread());
    QVERIFY2(!answer->error, qPrintable(answer->error.message));
    QCOMPARE(answer->records.size(), std::size_t(10));
    QCOMPARE(answer->records.front().offset, Offset(5));
}

void TestBrowse::answerForADestroyedContextIsDropped()
{
    Engine engine;
    QVERIFY(!engine.load(defaultScenario()));
    engine.step(kSecond);
    QTRY_VERIFY(engine.latest() && engine.latest()->time == kSecond);
    int calls = 0;
    auto context = std::make_unique<QObject>();
    BrowseRequest request;
    request.tp = {TopicId(0), PartitionId(1)};
    engine.browse(request, context.get(), [&](BrowsePage) { ++calls; });
    context.reset();
    bool answeredAfter = false;
    engine.browse(request, &engine, [&](BrowsePage) { answeredAfter = true; });
    QTRY_VERIFY(answeredAfter); // answers arrive in order: the first one was dropped
    QCOMPARE(calls, 0);
}

void TestBrowse::beforeAnyLoadTheAnswerIsAnError()
{
    Engine engine;
    std::optional<BrowsePage> answer;
    engine.browse({TopicId(0), PartitionId(0)}, Offset(0), 10, {}, [&](BrowsePage page) { answer = std::move(page); });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->error);
    QVERIFY(answer->error.message.contains(QStringLiteral("No scenario is loaded")));
}

QTEST_GUILESS_MAIN(TestBrowse)
#include "tst_browse.moc"
