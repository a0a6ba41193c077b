#include "storage/sqlitestore.h"
#include "storetestcases.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>

using namespace bb;
using namespace bb::storecases;

class TestSqliteStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void behaviour_data();
    void behaviour();
    void reopenAndKeepWriting();
    void describesItself();
    void rejectsGarbageFile();
    void rejectsForeignDatabase_data();
    void rejectsForeignDatabase();
    void corruptBatchIsHandedOver_data();
    void corruptBatchIsHandedOver();
    void unopenablePathKeepsPendingWrites();
};

namespace {

// Runs SQL on a file behind the store's back, as another program (or a
// damaged disk) would.
bool rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK
        && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!ok)
        qWarning("%s", sqlite3_errmsg(db));
    sqlite3_close(db);
    return ok;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeSample(const QString &path)
{
    SqliteStore store(path);
    QVERIFY2(!store.error(), qPrintable(store.error().message));
    store.append(tp(3, 1), entry(0, 3));
    store.append(tp(3, 1), entry(3, 3));
    BB_VERIFY_OK(store.flush());
}

} // namespace

void TestSqliteStore::behaviour_data()
{
    addCaseRows();
}

// Every shared case, and then the file opened afresh (a restarted app) must
// hold exactly the image the first store saw.
void TestSqliteStore::behaviour()
{
    QFETCH(int, index);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("node.db"));

    StoreImage before;
    {
        SqliteStore store(path);
        QVERIFY2(!store.error(), qPrintable(store.error().message));
        kCases[std::size_t(index)].run(store);
        if (QTest::currentTestFailed())
            return;
        Result<StoreImage> image = store.load();
        QVERIFY2(image.ok(), whyNot(image).constData());
        before = std::move(*image);
    }
    SqliteStore reopened(path);
    QVERIFY2(!reopened.error(), qPrintable(reopened.error().message));
    const Result<StoreImage> after = reopened.load();
    QVERIFY2(after.ok(), whyNot(after).constData());
    compareImages(*after, before);
}

void TestSqliteStore::reopenAndKeepWriting()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("node.db"));
    const LogEntry first = entry(0, 3);
    const LogEntry second = entry(3, 2, 2, "b");
    {
        SqliteStore store(path);
        QVERIFY2(!store.error(), qPrintable(store.error().message));
        store.append(tp(1, 0), first);
        store.advanceLogStart(tp(1, 0), Offset(0));
        store.putState(QStringLiteral("hw"), "3");
        BB_VERIFY_OK(store.flush());
        store.append(tp(1, 0), entry(3, 9, 1, "lost")); // never flushed: the app exits
    }
    {
        SqliteStore store(path);
        QVERIFY2(!store.error(), qPrintable(store.error().message));
        QCOMPARE(durable(store), QStringLiteral("1/0@0: 0-2/e1:a | hw=3"));
        store.append(tp(1, 0), second);
        store.putState(QStringLiteral("hw"), "5");
        BB_VERIFY_OK(store.flush());
    }
    SqliteStore store(path);
    QVERIFY2(!store.error(), qPrintable(store.error().message));
    const Result<StoreImage> image = store.load();
    QVERIFY2(image.ok(), whyNot(image).constData());
    QCOMPARE(describe(*image), QStringLiteral("1/0@0: 0-2/e1:a 3-4/e2:b | hw=5"));
    QCOMPARE(image->partitions[0].entries[0].batch.bytes(), first.batch.bytes());
    QCOMPARE(image->partitions[0].entries[1].batch.bytes(), second.batch.bytes());
}

void TestSqliteStore::describesItself()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("node.db"));
    SqliteStore store(path);
    QCOMPARE(store.path(), path);
    QCOMPARE(store.describe(), QStringLiteral("sqlite: ") + path);
}

void TestSqliteStore::rejectsGarbageFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QByteArray garbage;
    for (int i = 0; i < 512; ++i)
        garbage += "these are somebody's notes, not a database\n";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(garbage), qint64(garbage.size()));
    }

    SqliteStore store(path);
    QCOMPARE(store.error().code, Errc::CorruptFile);
    QVERIFY2(store.error().message.contains(path), qPrintable(store.error().message));
    QVERIFY2(store.error().message.contains(QStringLiteral("Choose another file")), qPrintable(store.error().message));
    // Nothing else works, nothing crashes, and the file is left as it was.
    store.append(tp(1, 0), entry(0, 1));
    QCOMPARE(store.flush().code, Errc::CorruptFile);
    QCOMPARE(store.pendingWrites(), std::size_t(1));
    QCOMPARE(store.load().error().code, Errc::CorruptFile);
    QCOMPARE(fileBytes(path), garbage);
}

void TestSqliteStore::rejectsForeignDatabase_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("expected"); // part of the message
    QTest::newRow("another schema")
        << QByteArrayLiteral("CREATE TABLE contacts(name TEXT, phone TEXT); INSERT INTO contacts VALUES('a', '1');")
        << QStringLiteral("another program");
    QTest::newRow("another application id")
        << QByteArrayLiteral("PRAGMA application_id = 1234;") << QStringLiteral("another program");
    QTest::newRow("our id, newer format") // made from a real store below
        << QByteArrayLiteral("PRAGMA user_version = 99;") << QStringLiteral("newer Brokerbench");
    QTest::newRow("our id, tables gone")
        << QByteArrayLiteral("DROP TABLE batches;") << QStringLiteral("Choose another file");
}

void TestSqliteStore::rejectsForeignDatabase()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("other.db"));
    if (QByteArray(QTest::currentDataTag()).startsWith("our id")) {
        SqliteStore ours(path);
        QVERIFY2(!ours.error(), qPrintable(ours.error().message));
    }
    QVERIFY(rawExec(path, sql.constData()));

    SqliteStore store(path);
    QCOMPARE(store.error().code, Errc::CorruptFile);
    QVERIFY2(store.error().message.contains(path), qPrintable(store.error().message));
    QVERIFY2(store.error().message.contains(expected), qPrintable(store.error().message));
    QCOMPARE(store.load().error().code, Errc::CorruptFile);
}

void TestSqliteStore::corruptBatchIsHandedOver_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::newRow("cut short") << QByteArrayLiteral("UPDATE batches SET data = substr(data, 1, 60) WHERE base = 3");
    QTest::newRow("empty") << QByteArrayLiteral("UPDATE batches SET data = x'' WHERE base = 3");
    QTest::newRow("wrong format version")
        << QByteArrayLiteral("UPDATE batches SET data = x'09' || substr(data, 2) WHERE base = 3");
    QTest::newRow("span disagrees with last") << QByteArrayLiteral("UPDATE batches SET last = last + 4 WHERE base = 3");
}

void TestSqliteStore::corruptBatchIsHandedOver()
{
    QFETCH(QByteArray, sql);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("node.db"));
    writeSample(path);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(rawExec(path, sql.constData()));

    // The file itself is sound: it loads, and the damaged batch comes back
    // as it lies on disk for the node's log recovery to find and cut.
    SqliteStore store(path);
    QVERIFY2(!store.error(), qPrintable(store.error().message));
    QCOMPARE(damagedEntries(store), QStringList{QStringLiteral("3/1:3")});
}

void TestSqliteStore::unopenablePathKeepsPendingWrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no/such/folder/node.db"));
    SqliteStore store(path);
    QCOMPARE(store.error().code, Errc::StorageError);
    QVERIFY2(store.error().message.contains(path), qPrintable(store.error().message));

    store.append(tp(1, 0), entry(0, 1));
    store.putState(QStringLiteral("k"), "v");
    const Error error = store.flush();
    QCOMPARE(error.code, Errc::StorageError);
    QCOMPARE(store.pendingWrites(), std::size_t(2)); // kept for a later attempt
    QCOMPARE(store.flushCount(), std::int64_t(0));
    QCOMPARE(store.crash(CrashKind::Process).code, Errc::StorageError);
    BB_VERIFY_OK(store.crash(CrashKind::PowerLoss));
    QCOMPARE(store.pendingWrites(), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "tst_sqlitestore.moc"
