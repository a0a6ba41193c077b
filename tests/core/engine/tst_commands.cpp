// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QSignalSpy>
#include <QTest>

#include "engine/engine.h"
#include "pausedat.h"

#include <QElapsedTimer>
#include <QSemaphore>

#include <memory>
#include <optional>
#include <thread>

using namespace bb;

// The engine's command set (engine/commands.h) as its callers use it: typed
// commands in, plain answers back on the caller's thread.
class TestCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void faultCommandCrashesTheNode();
    void refusedFaultAnswersWhy();
    void publishAnswersWithTheOffset();
    void consumerReadsWhatWasPublished();
    void groupCommandsScaleAndRefuse();
    void commandForAReplacedRunIsDroppedAndReported();
    void answerSkipsADestroyedContext();
};

namespace {

// Loads `scenario` and waits for the new run's first snapshot.
bool load(Engine &engine, const Scenario &scenario)
{
    return !engine.load(scenario) && waitForPausedAt(engine, 0);
}

// Steps the paused engine 50 ms of virtual time at a time until `done`,
// at most `limit` of virtual time; the answers of each step arrive before
// its snapshot is waited for.
bool stepUntil(Engine &engine, const std::function<bool()> &done, Micros limit = 10 * kSecond)
{
    const Micros start = engine.latest()->time;
    for (Micros t = start; t - start < limit;) {
        if (done())
            return true;
        t += 50 * kMillisecond;
        engine.step(50 * kMillisecond);
        if (!waitForPausedAt(engine, t))
            return false;
    }
    return done();
}

} // namespace

void TestCommands::faultCommandCrashesTheNode()
{
    Engine engine;
    QVERIFY(load(engine, defaultScenario()));
    std::optional<Error> answer;
    engine.apply(nodeFault(0, FaultKind::Crash, 1), {}, {this, [&](const Error &e) { answer = e; }});
    QVERIFY(stepUntil(engine, [&] { return answer.has_value(); }));
    QVERIFY2(!*answer, qPrintable(answer->message));
    QCOMPARE(engine.latest()->node(NodeId(1))->state, NodeState::Crashed);

    answer.reset();
    engine.apply(nodeFault(0, FaultKind::Restart, 1), {}, {this, [&](const Error &e) { answer = e; }});
    QVERIFY(stepUntil(engine, [&] { return answer.has_value() && engine.latest()->node(NodeId(1))->state != NodeState::Crashed; }));
    QVERIFY2(!*answer, qPrintable(answer->message));
}

void TestCommands::refusedFaultAnswersWhy()
{
    Engine engine;
    QVERIFY(load(engine, defaultScenario()));
    QSignalSpy errors(&engine, &Engine::errorOccurred);
    std::vector<Error> answers;
    const CommandReply<Error> collect{this, [&](const Error &e) { answers.push_back(e); }};
    engine.apply(nodeFault(0, FaultKind::Restart, 2), {}, collect); // running already
    engine.apply(nodeFault(0, FaultKind::Crash, 7), {}, collect);   // no such node
    QVERIFY(stepUntil(engine, [&] { return answers.size() == 2; }));
    QVERIFY2(answers[0].message.contains(QStringLiteral("already running")), qPrintable(answers[0].message));
    QVERIFY2(answers[1].message.contains(QStringLiteral("node 7")), qPrintable(answers[1].message));
    QCOMPARE(engine.latest()->node(NodeId(2))->state, NodeState::Up);
    QVERIFY(errors.isEmpty()); // the answers say it; the engine's error signal is for dropped commands
}

void TestCommands::publishAnswersWithTheOffset()
{
    Engine engine;
    QVERIFY(load(engine, defaultScenario()));
    PublishRecord record;
    record.topic = QStringLiteral("orders");
    record.partition = 2;
    record.key = "k";
    record.value = "first";
    std::vector<SendResult> results;
    PublishReplies replies;
    replies.context = this;
    replies.sent = [&](const SendResult &r) { results.push_back(r); };
    const std::uint64_t first = engine.publish(record, replies);
    record.value = "second";
    const std::uint64_t second = engine.publish(record, replies);
    QVERIFY(first != second);
    QVERIFY(stepUntil(engine, [&] { return results.size() == 2; }));
    QCOMPARE(results[0].id, first);
    QCOMPARE(results[1].id, second);
    for (const SendResult &r : results) {
        QVERIFY2(!r.error, qPrintable(r.error.message));
        QCOMPARE(r.topic, QStringLiteral("orders"));
        QCOMPARE(r.partition, 2);
    }
    // The load generators write to the same partition: the offsets grow,
    // and each holds the record sent.
    QVERIFY(results[0].offset.value >= 0);
    QVERIFY(results[1].offset > results[0].offset);
    TopicId orders;
    for (const TopicSnapshot &t : engine.latest()->topics)
        if (t.name == QLatin1String("orders"))
            orders = t.id;
    for (const auto &[result, value] : {std::pair(results[0], QByteArray("first")), std::pair(results[1], QByteArray("second"))}) {
        std::optional<BrowsePage> page;
        engine.browse(TopicPartition{orders, PartitionId(2)}, result.offset, 1, {}, [&](BrowsePage p) { page = std::move(p); });
        QVERIFY(stepUntil(engine, [&] { return page.has_value(); }));
        QVERIFY2(!page->error, qPrintable(page->error.message));
        QCOMPARE(page->records.size(), std::size_t(1));
        QCOMPARE(page->records[0].offset, result.offset);
        QCOMPARE(page->records[0].value, value);
    }

    // The client's status is a command too.
    std::optional<PublishStatus> status;
    engine.publishStatus({this, [&](const PublishStatus &s) { status = s; }});
    QVERIFY(stepUntil(engine, [&] { return status.has_value(); }));
    QVERIFY(!status->repeat.running);
    QCOMPARE(status->openTransactionRecords, std::int64_t(-1));
}

void TestCommands::consumerReadsWhatWasPublished()
{
    Engine engine;
    QVERIFY(load(engine, defaultScenario()));
    PublishRecord record;
    record.topic = QStringLiteral("orders");
    record.partition = 0;
    record.value = "hello from a command";
    bool sent = false;
    PublishReplies replies;
    replies.context = this;
    replies.sent = [&](const SendResult &r) { sent = !r.error; };
    engine.publish(record, replies);
    QVERIFY(stepUntil(engine, [&] { return sent; }));

    ConsumeSettings settings;
    settings.topic = QStringLiteral("orders"); // no group: every partition, from the earliest
    settings.delivery = DeliveryMode::Push;
    std::optional<Error> started;
    engine.startConsumer(7, settings, {this, [&](const Error &e) { started = e; }});
    bool seen = false;
    std::uint64_t session = 0;
    const CommandReply<ConsumeReport> look{this, [&](const ConsumeReport &report) {
                                               session = report.session;
                                               for (const ConsumedRow &row : report.records)
                                                   seen = seen || (row.partition == 0 && row.value == record.value);
                                           }};
    QVERIFY(stepUntil(engine, [&] {
        engine.consumerReport(look);
        return seen;
    }));
    QVERIFY(started && !*started);
    QCOMPARE(session, std::uint64_t(7));

    // A consumer on a topic the cluster does not have is refused, with the reason.
    started.reset();
    settings.topic = QStringLiteral("no-such-topic");
    engine.startConsumer(8, settings, {this, [&](const Error &e) { started = e; }});
    QVERIFY(stepUntil(engine, [&] { return started.has_value(); }));
    QVERIFY(*started);
}

void TestCommands::groupCommandsScaleAndRefuse()
{
    Engine engine;
    QVERIFY(load(engine, defaultScenario()));
    const auto members = [&engine] {
        for (const GroupSnapshot &g : engine.latest()->groups)
            if (g.groupId == QLatin1String("billing"))
                return int(g.members.size());
        return 0;
    };
    QVERIFY(stepUntil(engine, [&] { return members() == 2; }));
    std::vector<Error> answers;
    const CommandReply<Error> collect{this, [&](const Error &e) { answers.push_back(e); }};
    engine.scaleGroup(QStringLiteral("billing"), 1, QStringLiteral("start a member of group billing"), collect);
    QVERIFY(stepUntil(engine, [&] { return members() == 3; }));
    engine.crashGroupMember(QStringLiteral("billing"), QStringLiteral("nobody"), {}, collect);
    QVERIFY(stepUntil(engine, [&] { return answers.size() == 2; }));
    QVERIFY2(!answers[0], qPrintable(answers[0].message));
    QVERIFY2(answers[1].message.contains(QStringLiteral("nobody")), qPrintable(answers[1].message));

    // A run without services has no members to act on.
    Scenario bare = defaultScenario();
    bare.services = ServicesSpec{};
    QVERIFY(load(engine, bare));
    answers.clear();
    engine.scaleGroup(QStringLiteral("billing"), 1, {}, collect);
    QVERIFY(stepUntil(engine, [&] { return answers.size() == 1; }));
    QVERIFY2(answers[0].message.contains(QStringLiteral("no services")), qPrintable(answers[0].message));
}

void TestCommands::commandForAReplacedRunIsDroppedAndReported()
{
    Engine engine;
    QVERIFY(load(engine, defaultScenario()));
    QSignalSpy errors(&engine, &Engine::errorOccurred);
    // The worker is held inside a command while typed commands are posted
    // and a restart is requested: they were meant for the replaced run.
    QSemaphore entered, release;
    engine.post([&](Cluster &) {
        entered.release();
        release.acquire();
    });
    QVERIFY(entered.tryAcquire(1, 5000));
    std::optional<Error> faultAnswer;
    bool polled = false;
    engine.apply(nodeFault(0, FaultKind::Crash, 0), QStringLiteral("crash node 0"), {this, [&](const Error &e) { faultAnswer = e; }});
    engine.publishStatus({this, [&](const PublishStatus &) { polled = true; }}); // a view's polling: unnamed
    std::thread releaser([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        release.release();
    });
    engine.restart(); // waits for the rebuilt cluster
    releaser.join();
    QVERIFY(stepUntil(engine, [&] { return faultAnswer.has_value() && errors.size() == 1; }, kSecond));
    QVERIFY(*faultAnswer);
    QVERIFY2(faultAnswer->message.startsWith(QStringLiteral("Not done: crash node 0")), qPrintable(faultAnswer->message));
    QCOMPARE(errors.first().at(0).toString(), faultAnswer->message);
    QCOMPARE(engine.latest()->node(NodeId(0))->state, NodeState::Up);
    QVERIFY(!polled); // dropped quietly, no answer

    // Posted after the restart: carried out on the new run.
    faultAnswer.reset();
    engine.apply(nodeFault(0, FaultKind::Crash, 0), {}, {this, [&](const Error &e) { faultAnswer = e; }});
    QVERIFY(stepUntil(engine, [&] { return faultAnswer.has_value(); }));
    QVERIFY(!*faultAnswer);
    QCOMPARE(engine.latest()->node(NodeId(0))->state, NodeState::Crashed);
    QCOMPARE(errors.size(), 1);
}

void TestCommands::answerSkipsADestroyedContext()
{
    Engine engine;
    QVERIFY(load(engine, defaultScenario()));
    auto gone = std::make_unique<QObject>();
    bool calledGone = false, calledHere = false;
    engine.publishStatus({gone.get(), [&](const PublishStatus &) { calledGone = true; }});
    gone.reset();
    // Answered in order: once the second answer is here, the first came and was skipped.
    engine.publishStatus({this, [&](const PublishStatus &) { calledHere = true; }});
    QVERIFY(stepUntil(engine, [&] { return calledHere; }));
    QVERIFY(!calledGone);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
