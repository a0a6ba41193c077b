// Simulation > Kafka Listeners in the main window: on, the running
// cluster's nodes answer a Kafka client on the addresses the window shows;
// off, the ports close; a scenario with other nodes gets listeners of its own.
#include <QTest>

#include "mainwindow.h"
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
};

QTEST_MAIN(TestKafkaListeners)
#include "tst_kafkalisteners.moc"
