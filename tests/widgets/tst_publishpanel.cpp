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
    m_engine->post([](Cluster &c) {
        for (NodeId id : c.nodeIds())
            c.crash(id, CrashKind::Process);
    });
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

QTEST_MAIN(TestPublishPanel)
#include "tst_publishpanel.moc"
