// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "engine/publishagent.h"
#include "models/headertablemodel.h"
#include "models/publishlogmodel.h"
#include "publish/publishpanel.h"

using namespace bb;

class TestPublishPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void formDescribesTheRecord();
    void sendShowsTheOffset();
    void errorsAreSentences();
    void repeatCountsAndStops();
    void newRunStopsTheRepeat();
    void idempotenceImpliesAcksAll();
    void idempotentSendsAreAcknowledged();
    void transactionCommitsAndAborts();

private:
    void runFor(Micros duration);
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<PublishPanel> m_panel;
};

void TestPublishPanel::init()
{
    m_engine = std::make_unique<Engine>();
    m_panel = std::make_unique<PublishPanel>();
    m_panel->setEngine(m_engine.get());
    connect(m_engine.get(), &Engine::snapshotReady, m_panel.get(), &PublishPanel::setSnapshot);
    m_panel->resize(900, 320);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QVERIFY(!m_engine->load(defaultScenario()));
    runFor(500 * kMillisecond);
    QTRY_COMPARE(m_panel->topicCombo()->count(), 1);
}

void TestPublishPanel::cleanup()
{
    m_panel.reset();
    m_engine.reset();
}

void TestPublishPanel::runFor(Micros duration)
{
    const SnapshotPtr now = m_engine->latest();
    const Micros target = (now ? now->time : 0) + duration;
    m_engine->step(duration);
    QTRY_VERIFY(m_engine->latest() && m_engine->latest()->paused && m_engine->latest()->time == target);
}

void TestPublishPanel::formDescribesTheRecord()
{
    QCOMPARE(m_panel->topicCombo()->currentText(), QStringLiteral("orders"));
    QCOMPARE(m_panel->partitionCombo()->count(), 7); // by key, 0..5
    QVERIFY(m_panel->sendButton()->isEnabled());
    m_panel->keyEdit()->setText(QStringLiteral("customer-42"));
    m_panel->valueEdit()->setPlainText(QStringLiteral("order {n}"));
    m_panel->headerModel()->addRow(QStringLiteral("trace"), QStringLiteral("t-{n}"));
    m_panel->partitionCombo()->setCurrentIndex(4);
    m_panel->acksCombo()->setCurrentIndex(1);
    PublishRecord r = m_panel->record();
    QCOMPARE(r.topic, QStringLiteral("orders"));
    QCOMPARE(r.key, QByteArray("customer-42"));
    QCOMPARE(r.value, QByteArray("order {n}"));
    QCOMPARE(r.partition, 3);
    QCOMPARE(r.acks, Acks::Leader);
    QCOMPARE(r.headers.size(), std::size_t(1));

    QTest::mouseClick(m_panel->noKeyBox(), Qt::LeftButton);
    QVERIFY(!m_panel->keyEdit()->isEnabled());
    m_panel->tombstoneBox()->setChecked(true);
    QVERIFY(!m_panel->valueEdit()->isEnabled());
    r = m_panel->record();
    QVERIFY(r.key.isNull());
    QVERIFY(r.value.isNull());
    // Unchecked with empty fields: an empty key and value, not none.
    m_panel->noKeyBox()->setChecked(false);
    m_panel->tombstoneBox()->setChecked(false);
    m_panel->keyEdit()->clear();
    m_panel->valueEdit()->clear();
    r = m_panel->record();
    QVERIFY(!r.key.isNull() && r.key.isEmpty());
    QVERIFY(!r.value.isNull() && r.value.isEmpty());
}

void TestPublishPanel::sendShowsTheOffset()
{
    m_panel->keyEdit()->setText(QStringLiteral("hello"));
    m_panel->valueEdit()->setPlainText(QStringLiteral("world"));
    m_panel->partitionCombo()->setCurrentIndex(3); // partition 2
    QSignalSpy answered(m_panel.get(), &PublishPanel::answered);
    QTest::mouseClick(m_panel->sendButton(), Qt::LeftButton);
    m_panel->valueEdit()->setFocus();
    QTest::keyClick(m_panel->valueEdit(), Qt::Key_Return, Qt::ControlModifier); // Ctrl+Return sends too
    runFor(kSecond);
    QTRY_COMPARE(answered.count(), 2);
    PublishLogModel *log = m_panel->log();
    QCOMPARE(log->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QVERIFY2(log->resultText(row).startsWith(QStringLiteral("orders-2 at offset ")), qPrintable(log->resultText(row)));
        QVERIFY(!log->isError(row));
    }
    QVERIFY(log->resultText(0) != log->resultText(1));
}

void TestPublishPanel::errorsAreSentences()
{
    // All nodes down: the producer cannot learn the cluster's metadata.
    for (const NodeSnapshot &n : m_engine->latest()->nodes)
        m_engine->apply(nodeFault(0, FaultKind::Crash, n.id.value));
    QSignalSpy answered(m_panel.get(), &PublishPanel::answered);
    m_panel->send();
    runFor(PublishAgent::kMetadataWait + kSecond);
    QTRY_COMPARE(answered.count(), 1);
    QVERIFY(m_panel->log()->isError(0));
    QVERIFY2(m_panel->log()->resultText(0).contains(QStringLiteral("check that a node is up")), qPrintable(m_panel->log()->resultText(0)));
}

void TestPublishPanel::repeatCountsAndStops()
{
    m_panel->rateSpin()->setValue(500);
    QTest::mouseClick(m_panel->repeatButton(), Qt::LeftButton);
    QVERIFY(m_panel->isRepeating());
    QCOMPARE(m_panel->repeatButton()->text(), QStringLiteral("Stop &Repeating"));
    runFor(kSecond);
    QTRY_VERIFY(m_panel->repeatLabel()->text().startsWith(QStringLiteral("Sent ")));
    QTRY_VERIFY(m_panel->repeatLabel()->text().contains(QStringLiteral("Last: orders-")));
    QTest::mouseClick(m_panel->repeatButton(), Qt::LeftButton);
    QVERIFY(!m_panel->isRepeating());
    runFor(500 * kMillisecond);
    QTRY_VERIFY(m_panel->repeatLabel()->text().contains(QStringLiteral("failed 0")));
    const QString text = m_panel->repeatLabel()->text();
    const int sent = text.section(QLatin1Char(' '), 1, 1).remove(QLatin1Char(',')).toInt();
    QVERIFY2(sent >= 450 && sent <= 550, qPrintable(text));
    QCOMPARE(m_panel->log()->rowCount(), 0); // repeats are counted, not logged one by one
}

void TestPublishPanel::newRunStopsTheRepeat()
{
    m_panel->startRepeat();
    runFor(200 * kMillisecond);
    m_engine->restart();
    QTRY_VERIFY(!m_panel->isRepeating());
    QCOMPARE(m_panel->log()->resultText(0), QStringLiteral("A new run started: the repeat stopped."));
    QCOMPARE(m_panel->repeatButton()->text(), QStringLiteral("Start &Repeating"));
}

// Kafka's rules, in the form: transactional implies idempotent, idempotent
// implies acks=all; unchecking gives the user's acks back.
void TestPublishPanel::idempotenceImpliesAcksAll()
{
    QVERIFY(m_panel->idempotentBox()->isEnabled());
    QVERIFY(m_panel->transactionalBox()->isEnabled());
    m_panel->acksCombo()->setCurrentIndex(m_panel->acksCombo()->findData(int(Acks::Leader)));
    QTest::mouseClick(m_panel->idempotentBox(), Qt::LeftButton);
    QVERIFY(m_panel->idempotentBox()->isChecked());
    QCOMPARE(m_panel->acksCombo()->currentData().toInt(), int(Acks::All));
    QVERIFY(!m_panel->acksCombo()->isEnabled());
    QCOMPARE(m_panel->record().mode, PublishMode::Idempotent);
    QVERIFY(m_panel->commitButton()->isHidden());

    QTest::mouseClick(m_panel->transactionalBox(), Qt::LeftButton);
    QVERIFY(m_panel->idempotentBox()->isChecked());
    QVERIFY(!m_panel->idempotentBox()->isEnabled());
    QCOMPARE(m_panel->record().mode, PublishMode::Transactional);
    QVERIFY(m_panel->commitButton()->isVisible());
    QVERIFY(!m_panel->commitButton()->isEnabled()); // nothing open yet
    QCOMPARE(m_panel->transactionLabel()->text(), QStringLiteral("None open"));

    QTest::mouseClick(m_panel->transactionalBox(), Qt::LeftButton);
    QTest::mouseClick(m_panel->idempotentBox(), Qt::LeftButton);
    QCOMPARE(m_panel->record().mode, PublishMode::Plain);
    QVERIFY(m_panel->acksCombo()->isEnabled());
    QCOMPARE(m_panel->acksCombo()->currentData().toInt(), int(Acks::Leader));
}

// An idempotent send goes through the panel's idempotent producer, which
// holds a producer id from the coordinator.
void TestPublishPanel::idempotentSendsAreAcknowledged()
{
    m_panel->idempotentBox()->setChecked(true);
    m_panel->partitionCombo()->setCurrentIndex(2); // partition 1
    QSignalSpy answered(m_panel.get(), &PublishPanel::answered);
    m_panel->send();
    m_panel->send();
    runFor(kSecond);
    QTRY_COMPARE(answered.count(), 2);
    QVERIFY2(m_panel->log()->resultText(0).startsWith(QStringLiteral("orders-1 at offset ")), qPrintable(m_panel->log()->resultText(0)));
    QVERIFY(!m_panel->log()->isError(1));
    bool idempotent = false;
    for (const ProducerSnapshot &p : m_engine->latest()->producers)
        idempotent = idempotent || (p.name == QStringLiteral("publish panel (idempotent)") && p.acked == 2);
    QVERIFY(idempotent);
}

// Transactional sends stay below the last stable offset (invisible to
// read_committed readers) until Commit; Abort ends a transaction whose
// records are never visible.
void TestPublishPanel::transactionCommitsAndAborts()
{
    m_panel->transactionalBox()->setChecked(true);
    m_panel->partitionCombo()->setCurrentIndex(4); // partition 3
    QSignalSpy answered(m_panel.get(), &PublishPanel::answered);
    QSignalSpy ended(m_panel.get(), &PublishPanel::transactionEnded);
    m_panel->send();
    m_panel->send();
    runFor(kSecond);
    QTRY_COMPARE(answered.count(), 2);
    QVERIFY2(m_panel->log()->resultText(0).startsWith(QStringLiteral("orders-3 at offset ")), qPrintable(m_panel->log()->resultText(0)));
    QTRY_COMPARE(m_panel->transactionLabel()->text(), QStringLiteral("Open: 2 records"));
    QVERIFY(m_panel->commitButton()->isEnabled() && m_panel->abortButton()->isEnabled());
    auto orders3 = [this] {
        for (const PartitionSnapshot &p : m_engine->latest()->partitions)
            if (p.name() == QStringLiteral("orders-3"))
                return p;
        return PartitionSnapshot{};
    };
    QVERIFY2(orders3().lso < orders3().hw, "the open transaction holds the last stable offset back");

    QTest::mouseClick(m_panel->commitButton(), Qt::LeftButton);
    runFor(kSecond);
    QTRY_COMPARE(ended.count(), 1);
    QCOMPARE(m_panel->log()->resultText(0), QStringLiteral("Transaction committed: 2 records"));
    QVERIFY(!m_panel->log()->isError(0));
    QVERIFY(!m_panel->commitButton()->isEnabled());
    QCOMPARE(orders3().lso, orders3().hw);

    m_panel->send();
    runFor(kSecond);
    QTRY_COMPARE(answered.count(), 3);
    QTRY_VERIFY(m_panel->abortButton()->isEnabled());
    QTest::mouseClick(m_panel->abortButton(), Qt::LeftButton);
    runFor(kSecond);
    QTRY_COMPARE(ended.count(), 2);
    QCOMPARE(m_panel->log()->resultText(0), QStringLiteral("Transaction aborted: 1 record"));
    // Nothing open: Commit says so instead of doing nothing.
    m_panel->commitTransaction();
    runFor(100 * kMillisecond);
    QTRY_VERIFY(m_panel->log()->isError(0));
    QCOMPARE(m_panel->log()->resultText(0), QStringLiteral("No transaction is open; send a record transactionally to begin one."));
}

QTEST_MAIN(TestPublishPanel)
#include "tst_publishpanel.moc"
