// The Kafka request decoder: any bytes a client sends as a request frame go
// to the gateway of a small simulated cluster (node 0's listener), and the
// world runs a little so the engine answers and the encoders write their
// responses. Any bytes give a response or a closed connection, never a
// crash, a hang or a read out of bounds; every response frame carries its
// own length and the correlation id of the request it answers.
//
// The cluster is built once (building one per input would cost more than
// the input); what the inputs leave behind in it (records, groups,
// producers) is part of the state later inputs meet, as on a real broker.
#include "fuzzcheck.h"

#include "cluster/cluster.h"
#include "kafka/kafkagateway.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>

namespace {

using namespace bb;
using namespace bb::kafka;

// BB_FUZZ_VERBOSE=1 says what became of each request (to check that the
// seeds are answered, not refused).
const bool g_verbose = std::getenv("BB_FUZZ_VERBOSE") != nullptr;

// Correlation ids of the requests not yet answered, by request seq; answers
// are checked against them as they leave.
std::map<std::uint64_t, std::int32_t> g_pending;

class CheckingSink final : public KafkaSink {
public:
    void respond(std::uint64_t, std::uint64_t seq, QByteArray frame, RequestNote) override
    {
        const auto it = g_pending.find(seq);
        BB_FUZZ_CHECK(it != g_pending.end(), "a request is answered once");
        if (!frame.isEmpty()) { // empty: acks=0, no response
            Reader r(frame);
            BB_FUZZ_CHECK(r.i32() == frame.size() - 4, "a response frame carries its own length");
            BB_FUZZ_CHECK(r.i32() == it->second, "a response carries its request's correlation id");
        }
        if (g_verbose)
            std::fprintf(stderr, "  request %llu answered with %lld bytes\n", static_cast<unsigned long long>(seq),
                         static_cast<long long>(frame.size()));
        g_pending.erase(it);
    }
    void close(std::uint64_t, std::uint64_t seq, QString why, RequestNote) override
    {
        BB_FUZZ_CHECK(!why.isEmpty(), "a closed connection says why");
        if (g_verbose)
            std::fprintf(stderr, "  request %llu: connection closed: %s\n", static_cast<unsigned long long>(seq),
                         qPrintable(why));
        g_pending.erase(seq);
    }
    void closeNode(NodeId, QString) override {}
    void nodeUp(NodeId) override {}
};

struct World {
    std::unique_ptr<Cluster> cluster;
    KafkaGateway *gateway = nullptr;
    std::uint64_t seq = 0;

    World()
    {
        ClusterSpec spec;
        for (int i = 0; i < 3; ++i)
            spec.nodes.push_back({NodeId(i), NodeConfig{}, StorageKind::Memory});
        spec.network.latency = 1 * kMillisecond;
        auto made = Cluster::create(spec, 7);
        BB_FUZZ_CHECK(made.ok(), "the fuzzing cluster builds");
        cluster = std::move(*made);
        TopicConfig topic;
        topic.partitions = 3;
        topic.replicationFactor = 3;
        topic.minInsyncReplicas = 2;
        BB_FUZZ_CHECK(cluster->createTopic(QStringLiteral("t"), topic).ok(), "the fuzzing topic is created");
        cluster->runFor(3 * kSecond);
        GatewayConfig config;
        for (int n = 0; n < 3; ++n)
            config.listeners.push_back({NodeId(n), QStringLiteral("127.0.0.1"), 19092 + n});
        gateway = KafkaGateway::of(*cluster, std::make_shared<CheckingSink>(), config, 1);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static World world;
    const QByteArray frame(reinterpret_cast<const char *>(data), qsizetype(size));
    Reader header(frame);
    header.i32(); // api key and version
    const std::int32_t correlation = header.i32();
    const std::uint64_t seq = world.seq++;
    g_pending[seq] = correlation;
    world.gateway->submit({1, seq, NodeId(0), QStringLiteral("fuzz"), frame});
    world.cluster->runFor(50 * kMillisecond);
    // Requests that wait long (a fetch's max wait, a group's rebalance) are
    // answered inputs later; forget the oldest so the map stays small.
    while (g_pending.size() > 4096)
        g_pending.erase(g_pending.begin());
    return 0;
}
