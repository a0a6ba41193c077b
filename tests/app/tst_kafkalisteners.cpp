// Simulation > Kafka Listeners in the main window: on, the running
// cluster's nodes answer a Kafka client on the addresses the window shows;
// off, the ports close; a scenario with other nodes gets listeners of its own.
// A client deleting a topic takes it out of every view, and the window goes on.
#include <QTest>

#include "engine/engine.h"
#include "mainwindow.h"
#include "models/partitiontablemodel.h"
#include "topology/scenariojson.h"

#include <QAction>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QtEndian>

using namespace bb;

class TestKafkaListeners : public QObject {
    Q_OBJECT

    // ApiVersions v0 to `address` ("host:port"); true when it is answered.
    static bool answersApiVersions(const QString &address)
    {
        const qsizetype colon = address.lastIndexOf(u':');
        QTcpSocket s;
        s.connectToHost(address.left(colon), quint16(address.mid(colon + 1).toInt()));
        if (!s.waitForConnected(3000))
            return false;
        const char request[] = {0, 0, 0, 10, 0, 18, 0, 0, 0, 0, 0, 42, 0, 0}; // size, key 18, v0, corr 42, client ""
        s.write(request, sizeof request);
        if (!QTest::qWaitFor([&] { return s.bytesAvailable() >= 10; }, 10000))
            return false;
        const QByteArray answer = s.readAll();
        return qFromBigEndian<std::int32_t>(answer.constData() + 4) == 42
               && qFromBigEndian<std::int16_t>(answer.constData() + 8) == 0;
    }

    // DeleteTopics v0 of `topic` to `address`; the answer's error code, or -2
    // without an answer.
    static int deleteTopic(const QString &address, const QByteArray &topic)
    {
        const qsizetype colon = address.lastIndexOf(u':');
        QTcpSocket s;
        s.connectToHost(address.left(colon), quint16(address.mid(colon + 1).toInt()));
        if (!s.waitForConnected(3000))
            return -2;
        QByteArray body;
        auto i16 = [&](int v) { body.append(char(v >> 8)).append(char(v)); };
        auto i32 = [&](int v) { i16(v >> 16); i16(v & 0xffff); };
        i16(20), i16(0), i32(7), i16(0);          // DeleteTopics v0, correlation 7, client id ""
        i32(1), i16(int(topic.size())), body.append(topic), i32(10000);
        QByteArray frame;
        frame.resize(4);
        qToBigEndian<std::int32_t>(std::int32_t(body.size()), frame.data());
        s.write(frame + body);
        const qsizetype expected = 4 + 4 + 4 + 2 + topic.size() + 2;
        if (!QTest::qWaitFor([&] { return s.bytesAvailable() >= expected; }, 10000))
            return -2;
        const QByteArray answer = s.readAll();
        return qFromBigEndian<std::int16_t>(answer.constData() + expected - 2);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listenersFollowTheActionAndTheScenario()
    {
        MainWindow w;
        QStringList errors;
        w.setErrorReporter([&](const QString &t, const QString &m) { errors << t + QStringLiteral(": ") + m; });
        QVERIFY(!w.openScenario(*loadScenario(QStringLiteral("default")), true));
        QVERIFY(w.kafkaBootstrapServers().isEmpty());

        w.kafkaAction()->setChecked(true);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        const QStringList three = w.kafkaBootstrapServers().split(u',');
        QCOMPARE(three.size(), 3);
        for (const QString &address : three)
            QVERIFY2(answersApiVersions(address), qPrintable(address));

        // Two nodes: listeners for those two.
        Scenario two = *loadScenario(QStringLiteral("default"));
        two.cluster.nodes.resize(2);
        for (auto &t : two.topics)
            t.config.replicationFactor = std::min(t.config.replicationFactor, 2);
        two.producers.clear();
        two.faults = {};
        QVERIFY(!w.openScenario(two, true));
        QCOMPARE(w.kafkaBootstrapServers().split(u',').size(), 2);
        QVERIFY(answersApiVersions(w.kafkaBootstrapServers().split(u',').front()));

        const QString last = w.kafkaBootstrapServers().split(u',').front();
        w.kafkaAction()->setChecked(false);
        QVERIFY(w.kafkaBootstrapServers().isEmpty());
        QVERIFY(!answersApiVersions(last));
    }

    void aTopicDeletedByAClientLeavesTheViews()
    {
        MainWindow w;
        QStringList errors;
        w.setErrorReporter([&](const QString &t, const QString &m) { errors << t + QStringLiteral(": ") + m; });
        QVERIFY(!w.openScenario(*loadScenario(QStringLiteral("default")), true));
        w.kafkaAction()->setChecked(true);
        w.show();
        auto *partitions = w.findChild<PartitionTableModel *>();
        QVERIFY(partitions);
        w.engine()->resume();
        QVERIFY(QTest::qWaitFor([&] { return partitions->rowCount() == 6; }, 10000));

        const QString node0 = w.kafkaBootstrapServers().split(u',').front();
        QCOMPARE(deleteTopic(node0, "orders"), 0);
        QCOMPARE(deleteTopic(node0, "orders"), 3); // UNKNOWN_TOPIC_OR_PARTITION: gone already
        QVERIFY(QTest::qWaitFor([&] { return partitions->rowCount() == 0; }, 10000));
        // The scenario's producer and groups go on against a missing topic
        // for a while, and every view keeps painting.
        QTest::qWait(1500);
        QVERIFY(!w.grab().isNull());
        QVERIFY(w.isVisible());
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }
};

QTEST_MAIN(TestKafkaListeners)
#include "tst_kafkalisteners.moc"
