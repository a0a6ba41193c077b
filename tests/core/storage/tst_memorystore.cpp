#include "storage/memorystore.h"
#include "storetestcases.h"

#include <QTest>

using namespace bb;
using namespace bb::storecases;

class TestMemoryStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void behaviour_data();
    void behaviour();
    void sharesBatchBuffers();
    void processCrashIsNotAFlush();
    void describesItself();
};

void TestMemoryStore::behaviour_data()
{
    addCaseRows();
}

void TestMemoryStore::behaviour()
{
    QFETCH(int, index);
    MemoryStore store;
    kCases[std::size_t(index)].run(store);
}

// Batches reach the durable image and come back out without their bytes
// being copied: the store is on the hot path.
void TestMemoryStore::sharesBatchBuffers()
{
    MemoryStore store;
    const LogEntry written = entry(0, 50);
    store.append(tp(1, 0), written);
    BB_VERIFY_OK(store.flush());
    const Result<StoreImage> image = store.load();
    QVERIFY(image.ok());
    QCOMPARE(image->partitions.size(), std::size_t(1));
    QCOMPARE(image->partitions[0].entries.size(), std::size_t(1));
    QCOMPARE(image->partitions[0].entries[0].batch.bytes().constData(), written.batch.bytes().constData());
}

void TestMemoryStore::processCrashIsNotAFlush()
{
    MemoryStore store;
    store.append(tp(1, 0), entry(0, 1));
    BB_VERIFY_OK(store.crash(CrashKind::Process));
    QCOMPARE(store.flushCount(), std::int64_t(0));
    QCOMPARE(durable(store), QStringLiteral("1/0@0: 0-0/e1:a"));
}

void TestMemoryStore::describesItself()
{
    QCOMPARE(MemoryStore().describe(), QStringLiteral("memory"));
}

QTEST_GUILESS_MAIN(TestMemoryStore)
#include "tst_memorystore.moc"
