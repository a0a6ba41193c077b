// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QRegularExpression>

#include <atomic>

#include "consume/consumepanel.h"
#include "models/consumedrecordmodel.h"
#include "models/consumerpartitionmodel.h"

using namespace bb;

class TestConsumePanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void formDescribesTheConsumer();
    void groupPollCommit();
    void pushStreams();
    void wrongTopicIsASentence();
    void stopLeavesTheGroup();
    void newRunStops();

private:
    void runFor(Micros duration);
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<ConsumePanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_recordsTester;
    std::unique_ptr<QAbstractItemModelTester> m_partitionsTester;
};

void TestConsumePanel::init()
{
    m_engine = std::make_unique<Engine>();
    m_panel = std::make_unique<ConsumePanel>();
    m_recordsTester = std::make_unique<QAbstractItemModelTester>(m_panel->records(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_partitionsTester = std::make_unique<QAbstractItemModelTester>(m_panel->partitions(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_panel->setEngine(m_engine.get());
    connect(m_engine.get(), &Engine::snapshotReady, m_panel.get(), &ConsumePanel::setSnapshot);
    m_panel->resize(1100, 320);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QVERIFY(!m_engine->load(defaultScenario()));
    runFor(kSecond);
    QTRY_COMPARE(m_panel->topicCombo()->count(), 1);
}

void TestConsumePanel::cleanup()
{
    m_recordsTester.reset();
    m_partitionsTester.reset();
    m_panel.reset();
    m_engine.reset();
}

void TestConsumePanel::runFor(Micros duration)
{
    const SnapshotPtr now = m_engine->latest();
    const Micros target = (now ? now->time : 0) + duration;
    m_engine->step(duration);
    QTRY_VERIFY(m_engine->latest() && m_engine->latest()->paused && m_engine->latest()->time == target);
}

void TestConsumePanel::formDescribesTheConsumer()
{
    QCOMPARE(m_panel->topicCombo()->currentText(), QStringLiteral("orders"));
    QVERIFY(m_panel->startButton()->isEnabled());
    QVERIFY(!m_panel->pollButton()->isEnabled()); // not running
    m_panel->groupEdit()->setText(QStringLiteral(" readers "));
    m_panel->resetCombo()->setCurrentIndex(1);
    m_panel->deliveryCombo()->setCurrentIndex(1);
    m_panel->isolationCombo()->setCurrentIndex(1);
    ConsumeSettings s = m_panel->settings();
    QCOMPARE(s.topic, QStringLiteral("orders"));
    QCOMPARE(s.groupId, QStringLiteral("readers"));
    QCOMPARE(s.reset, OffsetReset::Latest);
    QCOMPARE(s.commit, CommitMode::Manual);
    QCOMPARE(s.delivery, DeliveryMode::Push);
    QCOMPARE(s.isolation, Isolation::ReadCommitted);
    // No group: nothing to commit to, so no commit mode to pick.
    m_panel->groupEdit()->clear();
    QVERIFY(!m_panel->commitCombo()->isEnabled());
}

void TestConsumePanel::groupPollCommit()
{
    QSignalSpy reported(m_panel.get(), &ConsumePanel::reported);
    QTest::mouseClick(m_panel->startButton(), Qt::LeftButton);
    QVERIFY(m_panel->isRunning());
    QCOMPARE(m_panel->startButton()->text(), QStringLiteral("&Stop"));
    QVERIFY(!m_panel->topicCombo()->isEnabled());
    QVERIFY(m_panel->pollButton()->isEnabled());
    QVERIFY(m_panel->commitButton()->isEnabled());
    runFor(2 * kSecond);
    QTRY_COMPARE(m_panel->status().state, ConsumeStatus::State::Stable);
    QTRY_COMPARE(m_panel->partitions()->rowCount(), 6);
    QVERIFY2(m_panel->stateLabel()->text().contains(QStringLiteral("of group workbench")), qPrintable(m_panel->stateLabel()->text()));

    m_panel->maxRecordsSpin()->setValue(40);
    QTest::mouseClick(m_panel->pollButton(), Qt::LeftButton);
    QTRY_COMPARE(m_panel->records()->rowCount(), 40);
    const ConsumedRecordModel *records = m_panel->records();
    QVERIFY(records->index(0, ConsumedRecordModel::Value).data().toString().startsWith(QLatin1Char('#')));
    QVERIFY(!records->index(0, ConsumedRecordModel::Latency).data().toString().isEmpty());

    QTest::mouseClick(m_panel->commitButton(), Qt::LeftButton);
    runFor(500 * kMillisecond);
    QTRY_VERIFY(m_panel->status().lastCommit.startsWith(QStringLiteral("last commit accepted")));
    QTRY_VERIFY(m_panel->stateLabel()->text().contains(QStringLiteral("last commit accepted")));
    // The committed offsets are the positions: 40 records past 0 in all.
    std::int64_t committed = 0;
    const ConsumerPartitionModel *parts = m_panel->partitions();
    for (int row = 0; row < parts->rowCount(); ++row) {
        const ConsumePartition &p = parts->partitions()[std::size_t(row)];
        QCOMPARE(p.committed, p.position);
        QCOMPARE(parts->index(row, ConsumerPartitionModel::Committed).data().toString(),
                 parts->index(row, ConsumerPartitionModel::Position).data().toString());
        committed += p.committed.value;
    }
    QCOMPARE(committed, 40);
    QVERIFY(reported.count() >= 3);

    // No poll for two seconds: the member fetches nothing, yet the high
    // watermark and the lag follow the partition, as the snapshots have it.
    auto total = [parts](int column) {
        std::int64_t sum = 0;
        for (int row = 0; row < parts->rowCount(); ++row)
            sum += parts->index(row, column).data().toString().remove(QRegularExpression(QStringLiteral("\\D"))).toLongLong();
        return sum;
    };
    const std::int64_t hwBefore = total(ConsumerPartitionModel::HighWatermark);
    const std::int64_t lagBefore = total(ConsumerPartitionModel::Lag);
    runFor(2 * kSecond);
    std::int64_t liveHw = 0;
    for (const PartitionSnapshot &p : m_engine->latest()->partitions)
        liveHw += p.topic == QStringLiteral("orders") ? p.hw.value : 0;
    QTRY_COMPARE(total(ConsumerPartitionModel::HighWatermark), liveHw);
    QVERIFY2(liveHw >= hwBefore + 3000, qPrintable(QStringLiteral("%1 -> %2").arg(hwBefore).arg(liveHw)));
    QCOMPARE(total(ConsumerPartitionModel::Lag), liveHw - 40);
    QVERIFY(total(ConsumerPartitionModel::Lag) > lagBefore);
}

void TestConsumePanel::pushStreams()
{
    m_panel->deliveryCombo()->setCurrentIndex(1); // push
    m_panel->commitCombo()->setCurrentIndex(1);   // auto
    m_panel->groupEdit()->clear();                // standalone
    m_panel->start();
    QVERIFY(!m_panel->pollButton()->isEnabled());
    QVERIFY(!m_panel->commitButton()->isEnabled());
    runFor(kSecond);
    QTRY_COMPARE(m_panel->status().state, ConsumeStatus::State::Standalone);
    QTRY_VERIFY(m_panel->records()->rowCount() > 100);
    QVERIFY(m_panel->records()->rowCount() <= ConsumedRecordModel::kMaxRows);
    QTRY_VERIFY(m_panel->stateLabel()->text().contains(QStringLiteral("No group")));
}

void TestConsumePanel::wrongTopicIsASentence()
{
    m_panel->topicCombo()->setCurrentText(QString());
    m_panel->start();
    QVERIFY(!m_panel->isRunning());
    QCOMPARE(m_panel->messageLabel()->text(), QStringLiteral("Pick a topic to consume from."));
    QVERIFY(!m_panel->messageLabel()->isHidden());

    m_panel->topicCombo()->setCurrentText(QStringLiteral("payments"));
    m_panel->start();
    QTRY_VERIFY(!m_panel->isRunning());
    QCOMPARE(m_panel->messageLabel()->text(), QStringLiteral("There is no topic \"payments\"; pick one of the cluster's topics."));
    QCOMPARE(m_panel->startButton()->text(), QStringLiteral("&Start"));

    m_panel->topicCombo()->setCurrentIndex(0);
    m_panel->start();
    QVERIFY(m_panel->messageLabel()->isHidden()); // a new start clears the old message
    QVERIFY(m_panel->isRunning());
}

void TestConsumePanel::stopLeavesTheGroup()
{
    m_panel->start();
    runFor(2 * kSecond);
    QTRY_COMPARE(m_panel->status().state, ConsumeStatus::State::Stable);
    QTest::mouseClick(m_panel->startButton(), Qt::LeftButton);
    QVERIFY(!m_panel->isRunning());
    QCOMPARE(m_panel->partitions()->rowCount(), 0);
    QCOMPARE(m_panel->startButton()->text(), QStringLiteral("&Start"));
    runFor(100 * kMillisecond);
    std::atomic<bool> empty = false;
    std::atomic<bool> answered = false;
    m_engine->post([&](Cluster &c) {
        const GroupState *g = c.groupCoordinator().group(QStringLiteral("workbench"));
        empty = g && g->members.empty();
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(empty.load());
}

void TestConsumePanel::newRunStops()
{
    m_panel->start();
    runFor(200 * kMillisecond);
    m_engine->restart();
    QTRY_VERIFY(!m_panel->isRunning());
    QCOMPARE(m_panel->messageLabel()->text(), QStringLiteral("A new run started: the consumer stopped."));
}

QTEST_MAIN(TestConsumePanel)
#include "tst_consumepanel.moc"
