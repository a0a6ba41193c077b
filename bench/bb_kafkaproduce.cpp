// Records per second a real Kafka producer (librdkafka's C API, acks=all,
// 100-byte records) reaches against the engine's Kafka listeners on
// loopback: one node with RF 1, three nodes with RF 3. In the same run, the
// in-process RF 3 figure of `brokerbench-cli bench`, and the ratio between
// the two. Figures, not a timed test: the machine is shared and noisy.
//   bb_kafkaproduce [RECORDS]   (default 1,000,000 per case)
#include "engine/engine.h"
#include "kafka/kafkaserver.h"
#include "lab/producebench.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

#include <librdkafka/rdkafka.h>

#include <atomic>
#include <cstdio>

namespace {

std::atomic<std::int64_t> g_delivered{0};
std::atomic<std::int64_t> g_failed{0};

void onDelivery(rd_kafka_t *, const rd_kafka_message_t *m, void *)
{
    (m->err ? g_failed : g_delivered).fetch_add(1, std::memory_order_relaxed);
}

bb::Scenario scenario(int nodes, int rf)
{
    bb::Scenario s;
    s.name = QStringLiteral("kafka-produce-bench");
    for (int i = 0; i < nodes; ++i)
        s.cluster.nodes.push_back({bb::NodeId(i), {}, bb::StorageKind::Memory});
    bb::TopicConfig t;
    t.partitions = 6;
    t.replicationFactor = rf;
    t.minInsyncReplicas = rf > 1 ? 2 : 1;
    s.topics.push_back({QStringLiteral("bench"), t});
    s.duration = 3600 * bb::kSecond;
    return s;
}

// Records per second, or a negative number with a message on stderr.
double produceThrough(int nodes, int rf, std::int64_t records)
{
    bb::Engine engine;
    if (bb::Error e = engine.load(scenario(nodes, rf))) {
        std::fprintf(stderr, "bb_kafkaproduce: %s\n", qPrintable(e.message));
        return -1;
    }
    bb::kafka::ListenerSettings settings;
    settings.portBase = 0;
    bb::kafka::KafkaServer server(engine, settings);
    std::vector<bb::NodeId> ids;
    for (int i = 0; i < nodes; ++i)
        ids.emplace_back(i);
    if (bb::Error e = server.start(ids)) {
        std::fprintf(stderr, "bb_kafkaproduce: %s\n", qPrintable(e.message));
        return -1;
    }
    engine.start();
    QThread::msleep(1500); // registration and leaders

    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    const QByteArray bootstrap = server.bootstrapServers().toUtf8();
    const std::pair<const char *, const char *> settingsList[] = {
        {"bootstrap.servers", bootstrap.constData()}, {"acks", "all"}, {"linger.ms", "5"},
        {"batch.num.messages", "10000"}, {"batch.size", "1000000"}, {"queue.buffering.max.messages", "1000000"},
        {"compression.codec", "none"}, {"enable.idempotence", "false"},
    };
    for (const auto &[k, v] : settingsList)
        if (rd_kafka_conf_set(conf, k, v, err, sizeof err) != RD_KAFKA_CONF_OK) {
            std::fprintf(stderr, "bb_kafkaproduce: %s\n", err);
            return -1;
        }
    rd_kafka_conf_set_dr_msg_cb(conf, onDelivery);
    rd_kafka_t *producer = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!producer) {
        std::fprintf(stderr, "bb_kafkaproduce: %s\n", err);
        return -1;
    }
    rd_kafka_topic_t *topic = rd_kafka_topic_new(producer, "bench", nullptr);
    char value[100];
    std::memset(value, 'x', sizeof value);
    g_delivered = 0;
    g_failed = 0;
    QElapsedTimer timer;
    timer.start();
    for (std::int64_t i = 0; i < records;) {
        if (rd_kafka_produce(topic, RD_KAFKA_PARTITION_UA, RD_KAFKA_MSG_F_COPY, value, sizeof value, nullptr, 0, nullptr) == 0)
            ++i;
        else
            rd_kafka_poll(producer, 10); // queue full: wait for deliveries
    }
    while (g_delivered + g_failed < records && timer.elapsed() < 300'000)
        rd_kafka_poll(producer, 50);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    rd_kafka_topic_destroy(topic);
    rd_kafka_destroy(producer);
    server.stop();
    engine.pause();
    if (g_failed > 0 || g_delivered < records) {
        std::fprintf(stderr, "bb_kafkaproduce: %lld of %lld delivered, %lld failed\n", (long long)g_delivered.load(),
                     (long long)records, (long long)g_failed.load());
        return -1;
    }
    return double(records) / seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const std::int64_t records = argc > 1 ? std::atoll(argv[1]) : 1'000'000;
    QTextStream out(stdout);
    const double rf1 = produceThrough(1, 1, records);
    const double rf3 = produceThrough(3, 3, records);
    bb::ProduceBenchOptions inProcess;
    inProcess.runMemcpy = false;
    inProcess.runRf1 = false;
    const double engineRf3 = bb::runProduceBench(inProcess).rf3AcksAllRecordsPerSecond;
    out << "librdkafka producer, acks=all, 100-byte records, " << records << " per case, over loopback:\n"
        << "  1 node, RF 1:   " << qRound64(rf1) << " records/s\n"
        << "  3 nodes, RF 3:  " << qRound64(rf3) << " records/s\n"
        << "in-process engine producer, RF 3, acks=all: " << qRound64(engineRf3) << " records/s\n"
        << "Kafka RF 3 / in-process RF 3: " << QString::number(rf3 / engineRf3, 'f', 3) << '\n';
    return rf1 > 0 && rf3 > 0 ? 0 : 1;
}
