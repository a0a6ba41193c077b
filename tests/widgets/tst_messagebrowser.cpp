// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include "common/format.h"
#include "messages/messagebrowser.h"
#include "messages/recordtrace.h"
#include "models/messagetablemodel.h"

using namespace bb;

class TestMessageBrowser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheLatestPageOfALiveCluster();
    void pagesBackAndForth();
    void filterByKeyText();
    void jumpToOffsetAndTime();
    void selectingShowsTheTrace();
    void followKeepsUpUntilARecordIsPicked();
    void invalidJumpSaysWhatToType();

private:
    // Runs the default scenario paused at `time`, the browser following it.
    void runTo(Micros time);
    bool waitForPage();

    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MessageBrowser> m_browser;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMessageBrowser::init()
{
    m_engine = std::make_unique<Engine>();
    m_browser = std::make_unique<MessageBrowser>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_browser->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_browser->setEngine(m_engine.get());
    connect(m_engine.get(), &Engine::snapshotReady, m_browser.get(), &MessageBrowser::setSnapshot);
    m_browser->resize(900, 400);
    m_browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
    QVERIFY(!m_engine->load(defaultScenario()));
}

void TestMessageBrowser::cleanup()
{
    m_tester.reset();
    m_browser.reset();
    m_engine.reset();
}

void TestMessageBrowser::runTo(Micros time)
{
    const SnapshotPtr now = m_engine->latest();
    m_engine->step(time - (now ? now->time : 0));
    QTRY_VERIFY(m_engine->latest() && m_engine->latest()->paused && m_engine->latest()->time == time);
}

bool TestMessageBrowser::waitForPage()
{
    QSignalSpy shown(m_browser.get(), &MessageBrowser::pageShown);
    return shown.wait(5000) || !m_browser->isLoading();
}

void TestMessageBrowser::showsTheLatestPageOfALiveCluster()
{
    runTo(2 * kSecond);
    QTRY_VERIFY(!m_browser->isLoading() && m_browser->model()->rowCount() > 0);
    QCOMPARE(m_browser->partitionCombo()->count(), 6);
    QCOMPARE(m_browser->partitionCombo()->currentText(), QStringLiteral("orders-0"));
    const BrowsePage &page = m_browser->model()->page();
    QCOMPARE(m_browser->model()->rowCount(), MessageBrowser::kPageSize);
    QCOMPARE(page.records.back().offset, page.leo - 1);
    QVERIFY(m_browser->statusLabel()->text().startsWith(QStringLiteral("orders-0 · offsets ")));
    QVERIFY(!m_browser->findChild<QToolButton *>(QStringLiteral("nextButton"))->isEnabled());
    QVERIFY(m_browser->findChild<QToolButton *>(QStringLiteral("previousButton"))->isEnabled());

    // Another partition, chosen in the combo box.
    m_browser->showPartition({TopicId(0), PartitionId(3)});
    QVERIFY(waitForPage());
    QCOMPARE(m_browser->partitionCombo()->currentText(), QStringLiteral("orders-3"));
    QCOMPARE(m_browser->model()->page().partitionName, QStringLiteral("orders-3"));
}

void TestMessageBrowser::pagesBackAndForth()
{
    runTo(2 * kSecond);
    QTRY_VERIFY(!m_browser->isLoading() && m_browser->model()->rowCount() > 0);
    const Offset last = m_browser->model()->page().records.front().offset;
    m_browser->previousPage();
    QVERIFY(waitForPage());
    QCOMPARE(m_browser->model()->page().records.back().offset, last - 1);
    QCOMPARE(m_browser->model()->rowCount(), MessageBrowser::kPageSize);
    QVERIFY(!m_browser->followBox()->isChecked());
    m_browser->nextPage();
    QVERIFY(waitForPage());
    QCOMPARE(m_browser->model()->page().records.front().offset, last);
    m_browser->firstPage();
    QVERIFY(waitForPage());
    QCOMPARE(m_browser->model()->page().records.front().offset, Offset(0));
    QVERIFY(!m_browser->findChild<QToolButton *>(QStringLiteral("previousButton"))->isEnabled());
    // Keyboard: Ctrl+End goes to the latest page.
    m_browser->table()->setFocus();
    QTest::keyClick(m_browser->table(), Qt::Key_End, Qt::ControlModifier);
    QVERIFY(waitForPage());
    QCOMPARE(m_browser->model()->page().records.back().offset, m_browser->model()->page().leo - 1);
}

void TestMessageBrowser::filterByKeyText()
{
    runTo(2 * kSecond);
    QTRY_VERIFY(!m_browser->isLoading() && m_browser->model()->rowCount() > 0);
    const QString key = QString::fromUtf8(m_browser->model()->recordAt(0)->key);
    QTest::keyClicks(m_browser->filterEdit(), key);
    QVERIFY(waitForPage()); // after the typing pause
    QCOMPARE(m_browser->model()->page().request.filter, key);
    QVERIFY(m_browser->model()->rowCount() > 0);
    for (int row = 0; row < m_browser->model()->rowCount(); ++row)
        QVERIFY(m_browser->model()->index(row, MessageTableModel::Key).data().toString().contains(key));
    QVERIFY2(m_browser->statusLabel()->text().contains(QStringLiteral("matching")), qPrintable(m_browser->statusLabel()->text()));
    m_browser->setFilter(QStringLiteral("no record says this"));
    QVERIFY(waitForPage());
    QCOMPARE(m_browser->model()->rowCount(), 0);
    QVERIFY(m_browser->statusLabel()->text().contains(QStringLiteral("0 records matching")));
}

void TestMessageBrowser::jumpToOffsetAndTime()
{
    runTo(2 * kSecond);
    QTRY_VERIFY(!m_browser->isLoading() && m_browser->model()->rowCount() > 0);
    m_browser->goToMode()->setCurrentIndex(0);
    m_browser->goToEdit()->setText(QStringLiteral("250"));
    QTest::keyClick(m_browser->goToEdit(), Qt::Key_Return);
    QVERIFY(waitForPage());
    QCOMPARE(m_browser->model()->page().records.front().offset, Offset(250));
    QCOMPARE(m_browser->table()->currentIndex().row(), 0); // the record jumped to is selected

    m_browser->goToMode()->setCurrentIndex(1);
    m_browser->goToEdit()->setText(QStringLiteral("1.5"));
    QTest::keyClick(m_browser->goToEdit(), Qt::Key_Return);
    QVERIFY(waitForPage());
    const BrowseRecord &first = m_browser->model()->page().records.front();
    QVERIFY(first.timestamp >= 1500 * kMillisecond);
    QVERIFY(first.timestamp < 1600 * kMillisecond);
}

void TestMessageBrowser::selectingShowsTheTrace()
{
    runTo(2 * kSecond);
    QTRY_VERIFY(!m_browser->isLoading() && m_browser->model()->rowCount() > 0);
    QVERIFY(m_browser->trace()->text().contains(QStringLiteral("Select a record")));
    m_browser->table()->selectRow(10);
    const BrowseRecord *r = m_browser->model()->recordAt(10);
    const QString trace = m_browser->trace()->text();
    QVERIFY2(trace.contains(QStringLiteral("orders-0 · offset %1").arg(r->offset.value)), qPrintable(trace));
    QVERIFY(trace.contains(QStringLiteral("yes: below the high watermark")));
    QCOMPARE(trace.count(QStringLiteral("holds it")), 3);
    QVERIFY(trace.contains(QStringLiteral("leader epoch 1")));
    QVERIFY(trace.contains(QStringLiteral("checkout, record #")));
    QVERIFY(trace.contains(QStringLiteral("none: not an idempotent producer")));
    QVERIFY(trace.contains(QStringLiteral("Headers")));

    // Both groups of the scenario read orders: once their commits pass the
    // record, the trace says each consumed it.
    QVERIFY2(trace.contains(QStringLiteral("analytics: ")) && trace.contains(QStringLiteral("billing: ")), qPrintable(trace));
    runTo(6 * kSecond);
    QTRY_VERIFY2(m_browser->trace()->text().contains(QStringLiteral("billing: consumed and committed"))
                     && m_browser->trace()->text().contains(QStringLiteral("analytics: consumed and committed")),
                 qPrintable(m_browser->trace()->text()));

    // The value as a hex dump, and as JSON when it is not JSON.
    QVERIFY(trace.contains(QStringLiteral("#%1 ").arg(r->generatorSequence)));
    m_browser->trace()->setValueFormat(RecordTrace::ValueFormat::Hex);
    QVERIFY(m_browser->trace()->text().contains(QStringLiteral("00000000  ")));
    m_browser->trace()->setValueFormat(RecordTrace::ValueFormat::Json);
    QVERIFY(m_browser->trace()->text().contains(QStringLiteral("not JSON; as text")));
    m_browser->trace()->setValueFormat(RecordTrace::ValueFormat::Text);

    // A follower crashes: the trace follows the next snapshots.
    const NodeId follower = m_browser->model()->page().replicas[1].node;
    m_engine->apply(nodeFault(0, FaultKind::Crash, follower.value));
    QTRY_VERIFY(m_browser->trace()->text().count(QStringLiteral("holds it")) == 2);
    QVERIFY(m_browser->trace()->text().contains(QStringLiteral("node %1: down").arg(follower.value)));
}

void TestMessageBrowser::followKeepsUpUntilARecordIsPicked()
{
    runTo(kSecond);
    QTRY_VERIFY(!m_browser->isLoading() && m_browser->model()->rowCount() > 0);
    QVERIFY(m_browser->followBox()->isChecked());
    const Offset before = m_browser->model()->page().leo;
    runTo(2 * kSecond);
    QTRY_VERIFY(m_browser->model()->page().leo > before);
    QTRY_VERIFY(!m_browser->isLoading());
    m_browser->table()->selectRow(5);
    QVERIFY(!m_browser->followBox()->isChecked());
    const Offset held = m_browser->model()->page().leo;
    runTo(3 * kSecond);
    QTest::qWait(100);
    QCOMPARE(m_browser->model()->page().leo, held);
    QVERIFY(m_browser->findChild<QToolButton *>(QStringLiteral("nextButton"))->isEnabled());
}

void TestMessageBrowser::invalidJumpSaysWhatToType()
{
    runTo(kSecond);
    QTRY_VERIFY(!m_browser->isLoading() && m_browser->model()->rowCount() > 0);
    m_browser->goToMode()->setCurrentIndex(0);
    m_browser->goToEdit()->setText(QStringLiteral("twelve"));
    QTest::keyClick(m_browser->goToEdit(), Qt::Key_Return);
    QCOMPARE(m_browser->statusLabel()->text(), QStringLiteral("Type an offset: a whole number, 0 or more."));
    QVERIFY(!m_browser->isLoading());

    // Past the log's end: the range, not an empty table.
    const int rows = m_browser->model()->rowCount();
    const PartitionSnapshot *p = nullptr;
    for (const PartitionSnapshot &s : m_engine->latest()->partitions)
        if (s.name() == m_browser->model()->page().partitionName)
            p = &s;
    QVERIFY(p);
    m_browser->goToEdit()->setText(QStringLiteral("99999999"));
    QTest::keyClick(m_browser->goToEdit(), Qt::Key_Return);
    // The engine runs on: the log may have grown since `p`, so the range's
    // end is at least what `p` had.
    const QString prefix = QStringLiteral("Offset 99,999,999 is outside %1, which holds offsets %2 to ").arg(p->name(), formatCount(p->logStart.value));
    const QString text = m_browser->statusLabel()->text();
    QVERIFY2(text.startsWith(prefix) && text.endsWith(QStringLiteral("; type one in that range.")), qPrintable(text));
    const QString end = text.mid(prefix.size()).section(QLatin1Char(';'), 0, 0);
    bool ok = false;
    const qlonglong last = QLocale().toLongLong(end, &ok);
    QVERIFY2(ok && last >= p->leo.value - 1, qPrintable(text));
    QVERIFY(!m_browser->isLoading());
    QCOMPARE(m_browser->model()->rowCount(), rows);
}

QTEST_MAIN(TestMessageBrowser)
#include "tst_messagebrowser.moc"
