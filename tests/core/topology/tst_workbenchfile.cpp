// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include "topology/scenariojson.h"
#include "topology/workbenchfile.h"

#include <sqlite3.h>

using namespace bb;

class TestWorkbenchFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void roundTripKeepsScenarioLayoutAndLabResults();
    void saveReplacesThePreviousFile();
    void refused_data();
    void refused();
    void refusedFileIsLeftUntouched();
    void missingFileIsRefused();
    void unwritablePathIsRefused();
    void loadScenarioReadsAWorkbench();

private:
    QString pathOf(const QString &name) const { return m_dir->filePath(name); }
    static QByteArray readAll(const QString &path);
    static void writeAll(const QString &path, const QByteArray &bytes);
    static bool execSql(const QString &path, const char *sql);

    std::unique_ptr<QTemporaryDir> m_dir;
};

QByteArray TestWorkbenchFile::readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestWorkbenchFile::writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

bool TestWorkbenchFile::execSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK
        && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

void TestWorkbenchFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestWorkbenchFile::roundTripKeepsScenarioLayoutAndLabResults()
{
    auto scenario = loadScenario(QStringLiteral("leader-failover"));
    QVERIFY(scenario.ok());
    Workbench wb;
    wb.scenario = *scenario;
    wb.scenario.seed = 987654321;
    wb.windowState = QByteArray("\x00\x01layout\xff\x00", 10);
    wb.labResults.push_back({QStringLiteral("At-least-once under a leader crash"), QStringLiteral("leader-failover"), 7,
                             QDateTime(QDate(2024, 5, 1), QTime(12, 30, 15, 250), Qt::UTC),
                             QByteArrayLiteral("{\"sent\":1000,\"duplicated\":3}")});
    wb.labResults.push_back({QStringLiteral("Ünïcode title ✓"), QStringLiteral("default"), 1,
                             QDateTime(QDate(2024, 5, 2), QTime(8, 0), Qt::UTC), QByteArrayLiteral("{}")});
    const QString path = pathOf(QStringLiteral("lab.bbench"));
    QVERIFY(!WorkbenchFile::write(path, wb));

    auto back = WorkbenchFile::read(path);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(scenarioToJson(back->scenario), scenarioToJson(wb.scenario));
    QCOMPARE(back->scenario.seed, std::uint64_t(987654321));
    QCOMPARE(back->scenario.faults.faults.size(), scenario->faults.faults.size());
    QCOMPARE(back->windowState, wb.windowState);
    QCOMPARE(back->labResults.size(), std::size_t(2));
    QVERIFY(back->labResults == wb.labResults);
}

void TestWorkbenchFile::saveReplacesThePreviousFile()
{
    const QString path = pathOf(QStringLiteral("twice.bbench"));
    Workbench first;
    first.scenario = defaultScenario();
    first.windowState = QByteArrayLiteral("first");
    first.labResults.push_back({QStringLiteral("old"), QStringLiteral("default"), 1, QDateTime::currentDateTimeUtc(), "{}"});
    QVERIFY(!WorkbenchFile::write(path, first));
    Workbench second;
    second.scenario = defaultScenario();
    second.scenario.name = QStringLiteral("renamed");
    QVERIFY(!WorkbenchFile::write(path, second));

    auto back = WorkbenchFile::read(path);
    QVERIFY(back.ok());
    QCOMPARE(back->scenario.name, QStringLiteral("renamed"));
    QVERIFY(back->windowState.isEmpty());
    QVERIFY(back->labResults.empty());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("twice.bbench")});
}

void TestWorkbenchFile::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    const QString notOurs = QStringLiteral("is not a Brokerbench workbench. Choose a .bbench file saved by Brokerbench.");
    const QString foreign = QStringLiteral("is a database of another program, not a Brokerbench workbench.");
    QTest::newRow("empty file") << "empty" << notOurs;
    QTest::newRow("garbage bytes") << "garbage" << notOurs;
    QTest::newRow("a scenario JSON file") << "json" << notOurs;
    QTest::newRow("another program's SQLite database") << "foreign" << foreign;
    QTest::newRow("another program's database in WAL mode") << "foreign-wal" << foreign;
    QTest::newRow("newer format version")
        << "newer" << QStringLiteral("was saved by a newer Brokerbench (workbench format 2; this version reads format 1 "
                                     "and older). Update Brokerbench to open it.");
    QTest::newRow("cut short") << "truncated" << QStringLiteral("is damaged (");
    QTest::newRow("no scenario") << "no-scenario" << QStringLiteral("is damaged (it holds no scenario)");
    QTest::newRow("unreadable scenario") << "bad-scenario" << QStringLiteral("is damaged (its scenario cannot be read");
    // Crafted files whose reading would never end or fill the memory.
    QTest::newRow("a view that never ends for a table") << "view" << QStringLiteral("is damaged (properties is a view, not a table)");
    QTest::newRow("a computed column of 900 MB a row")
        << "generated" << QStringLiteral("is damaged (the column lab_results.result is computed, not stored)");
}

void TestWorkbenchFile::refused()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString path = pathOf(QStringLiteral("refused.bbench"));
    Workbench good;
    good.scenario = defaultScenario();
    if (kind == QLatin1String("empty")) {
        writeAll(path, {});
    } else if (kind == QLatin1String("garbage")) {
        QByteArray bytes(8192, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919 + 13) % 251);
        writeAll(path, bytes);
    } else if (kind == QLatin1String("json")) {
        writeAll(path, scenarioToJson(defaultScenario()));
    } else if (kind == QLatin1String("foreign")) {
        QVERIFY(execSql(path, "CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES('Ada');"));
    } else if (kind == QLatin1String("foreign-wal")) {
        QVERIFY(execSql(path, "PRAGMA journal_mode=WAL; CREATE TABLE t(x); INSERT INTO t VALUES(1);"));
    } else if (kind == QLatin1String("newer")) {
        QVERIFY(!WorkbenchFile::write(path, good));
        QVERIFY(execSql(path, "PRAGMA user_version=2;"));
    } else if (kind == QLatin1String("truncated")) {
        good.labResults.assign(200, {QStringLiteral("run"), QStringLiteral("default"), 1, QDateTime::currentDateTimeUtc(),
                                     QByteArray(300, 'x')});
        QVERIFY(!WorkbenchFile::write(path, good));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.size() > 3 * 4096);
        writeAll(path, bytes.left(bytes.size() / 2));
    } else if (kind == QLatin1String("no-scenario")) {
        QVERIFY(!WorkbenchFile::write(path, good));
        QVERIFY(execSql(path, "DELETE FROM properties WHERE key = 'scenario';"));
    } else if (kind == QLatin1String("view")) {
        QVERIFY(!WorkbenchFile::write(path, good));
        QVERIFY(execSql(path, "DROP TABLE properties; CREATE VIEW properties(key, value) AS WITH RECURSIVE n(i) AS "
                              "(SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT 'k' || i, i FROM n;"));
    } else if (kind == QLatin1String("generated")) {
        QVERIFY(!WorkbenchFile::write(path, good));
        QVERIFY(execSql(path, "DROP TABLE lab_results; CREATE TABLE lab_results(id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
                              "scenario TEXT NOT NULL, seed INTEGER NOT NULL, saved_at TEXT NOT NULL, "
                              "result BLOB GENERATED ALWAYS AS (zeroblob(900000000))); "
                              "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 100) "
                              "INSERT INTO lab_results(title, scenario, seed, saved_at) SELECT 't', 's', 1, '2026-12-06T00:00:00Z' FROM c;"));
    } else if (kind == QLatin1String("bad-scenario")) {
        QVERIFY(!WorkbenchFile::write(path, good));
        QVERIFY(execSql(path, "UPDATE properties SET value = '{\"nodes\": 42' WHERE key = 'scenario';"));
    }
    auto result = WorkbenchFile::read(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Errc::CorruptFile);
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
    QVERIFY2(result.error().message.startsWith(QStringLiteral("\"refused.bbench\" ")), qPrintable(result.error().message));
}

void TestWorkbenchFile::refusedFileIsLeftUntouched()
{
    const QString path = pathOf(QStringLiteral("other.db"));
    QVERIFY(execSql(path, "PRAGMA journal_mode=WAL; CREATE TABLE t(x); INSERT INTO t VALUES(1);"));
    const QStringList before = QDir(m_dir->path()).entryList(QDir::Files);
    const QByteArray hash = QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
    QVERIFY(!WorkbenchFile::read(path).ok());
    QCOMPARE(QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256), hash);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), before);
}

void TestWorkbenchFile::missingFileIsRefused()
{
    auto result = WorkbenchFile::read(pathOf(QStringLiteral("gone.bbench")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Errc::StorageError);
    QVERIFY2(result.error().message.contains(QStringLiteral("Check that the file exists and that you may read it.")),
             qPrintable(result.error().message));
}

void TestWorkbenchFile::unwritablePathIsRefused()
{
    Workbench wb;
    wb.scenario = defaultScenario();
    const Error err = WorkbenchFile::write(pathOf(QStringLiteral("no/such/folder/x.bbench")), wb);
    QCOMPARE(err.code, Errc::StorageError);
    QVERIFY2(err.message.contains(QStringLiteral("Choose another folder or file name.")), qPrintable(err.message));
}


// The command line takes a workbench where it takes a scenario file (serve,
// run, lab): by its content, not its name.
void TestWorkbenchFile::loadScenarioReadsAWorkbench()
{
    Workbench wb;
    wb.scenario = *loadScenario(QStringLiteral("leader-failover"));
    wb.scenario.name = QStringLiteral("saved from the app");
    wb.scenario.seed = 4242;
    const QString path = pathOf(QStringLiteral("renamed.json"));
    QVERIFY(!WorkbenchFile::write(path, wb));
    auto scenario = loadScenario(path);
    QVERIFY2(scenario.ok(), qPrintable(scenario.ok() ? QString() : scenario.error().message));
    QCOMPARE(scenarioToJson(*scenario), scenarioToJson(wb.scenario));

    // A damaged workbench says so, rather than being read as bad JSON.
    QByteArray bytes = readAll(path);
    bytes.truncate(120);
    writeAll(path, bytes);
    auto damaged = loadScenario(path);
    QVERIFY(!damaged.ok());
    QVERIFY2(damaged.error().message.contains(QStringLiteral("renamed.json")), qPrintable(damaged.error().message));
    QVERIFY2(!damaged.error().message.contains(QStringLiteral("JSON")), qPrintable(damaged.error().message));
}

QTEST_GUILESS_MAIN(TestWorkbenchFile)
#include "tst_workbenchfile.moc"
