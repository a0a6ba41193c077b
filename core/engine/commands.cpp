#include "engine/engine.h"

#include "cluster/cluster.h"
#include "engine/consumeagent.h"
#include "engine/publishagent.h"
#include "services/serviceruntime.h"

#include <memory>

// Engine's command set (engine/commands.h): each command becomes a closure
// for the engine thread that calls the cluster, its services or the run's
// publishing and consuming agents, and hands the outcome to the caller's
// reply through guiPoster(), which checks on the caller's thread that its
// context still lives.

namespace bb {

namespace {

// The reply as a function the engine thread may call: it runs `done` on
// the context's side, or nothing once the context is gone. Empty for a reply
// that asks for no answer.
template <class T>
std::function<void(T)> answerer(Engine &engine, CommandReply<T> reply)
{
    if (!reply)
        return {};
    Engine::GuiPost toGui = engine.guiPoster(reply.context);
    return [toGui, done = std::move(reply.done)](T value) {
        toGui([done, value = std::move(value)]() mutable { done(std::move(value)); });
    };
}

// The engine-thread side of PublishReplies, installed on the agent.
void install(PublishAgent &agent, const Engine::GuiPost &toGui, const PublishReplies &replies)
{
    if (replies.sent)
        agent.setReporter([toGui, sent = replies.sent](const SendResult &r) { toGui([sent, r] { sent(r); }); });
    if (replies.transactionEnded)
        agent.setTransactionReporter([toGui, ended = replies.transactionEnded](const TransactionResult &r) {
            toGui([ended, r] { ended(r); });
        });
}

} // namespace

// A command answering with an Error: a named one dropped for a replaced
// run answers with the report, so whoever waits for it is not left waiting.
void Engine::postAnswering(std::function<Error(Cluster &)> command, QString what, CommandReply<Error> reply)
{
    const std::function<void(Error)> answer = answerer(*this, std::move(reply));
    std::function<void()> dropped;
    if (answer && !what.isEmpty())
        dropped = [answer, message = droppedMessage(what)] { answer(Error(Errc::InvalidConfig, message)); };
    post([command = std::move(command), answer](Cluster &cluster) {
        const Error err = command(cluster);
        if (answer)
            answer(err);
    }, std::move(what), std::move(dropped));
}

void Engine::apply(const Fault &fault, QString what, CommandReply<Error> reply)
{
    if (what.isEmpty())
        what = describeFault(fault);
    postAnswering([fault](Cluster &cluster) { return cluster.apply(fault); }, std::move(what), std::move(reply));
}

namespace {

// The run's services, or an error saying it has none.
Error onServices(Cluster &cluster, const std::function<Error(ServiceRuntime &)> &change)
{
    if (ServiceRuntime *runtime = ServiceRuntime::of(cluster))
        return change(*runtime);
    return Error(Errc::InvalidConfig, Engine::tr("This run has no services."));
}

} // namespace

void Engine::crashGroupMember(const QString &group, const QString &member, QString what, CommandReply<Error> reply)
{
    postAnswering([group, member](Cluster &cluster) {
        return onServices(cluster, [&](ServiceRuntime &runtime) { return runtime.crashMember(group, member); });
    }, std::move(what), std::move(reply));
}

void Engine::scaleGroup(const QString &group, int delta, QString what, CommandReply<Error> reply)
{
    postAnswering([group, delta](Cluster &cluster) {
        return onServices(cluster, [&](ServiceRuntime &runtime) { return runtime.scale(group, delta); });
    }, std::move(what), std::move(reply));
}

std::uint64_t Engine::publish(const PublishRecord &record, PublishReplies replies)
{
    const std::uint64_t id = ++m_lastSendId;
    const GuiPost toGui = guiPoster(replies.context);
    post([id, record, toGui, replies = std::move(replies)](Cluster &cluster) {
        PublishAgent &agent = PublishAgent::in(cluster);
        install(agent, toGui, replies);
        agent.send(id, record);
    });
    return id;
}

void Engine::commitTransaction(PublishReplies replies)
{
    endTransaction(true, std::move(replies));
}

void Engine::abortTransaction(PublishReplies replies)
{
    endTransaction(false, std::move(replies));
}

void Engine::endTransaction(bool commit, PublishReplies replies)
{
    const GuiPost toGui = guiPoster(replies.context);
    post([commit, toGui, replies = std::move(replies)](Cluster &cluster) {
        PublishAgent &agent = PublishAgent::in(cluster);
        install(agent, toGui, replies);
        const Error err = commit ? agent.commitTransaction() : agent.abortTransaction();
        if (err && replies.refused)
            toGui([refused = replies.refused, err, at = cluster.loop().now()] { refused(err, at); });
    });
}

void Engine::startRepeat(const PublishRecord &record, double perSecond, PublishReplies replies)
{
    const GuiPost toGui = guiPoster(replies.context);
    post([record, perSecond, toGui, replies = std::move(replies)](Cluster &cluster) {
        PublishAgent &agent = PublishAgent::in(cluster);
        install(agent, toGui, replies);
        agent.startRepeat(record, perSecond);
    });
}

void Engine::stopRepeat()
{
    post([](Cluster &cluster) { PublishAgent::in(cluster).stopRepeat(); });
}

void Engine::publishStatus(CommandReply<PublishStatus> reply)
{
    const auto answer = answerer(*this, std::move(reply));
    if (!answer)
        return;
    post([answer](Cluster &cluster) {
        const PublishAgent &agent = PublishAgent::in(cluster);
        answer(PublishStatus{agent.repeatStatus(), agent.openTransactionRecords()});
    });
}

void Engine::startConsumer(std::uint64_t session, const ConsumeSettings &settings, CommandReply<Error> reply)
{
    postAnswering([session, settings](Cluster &cluster) { return ConsumeAgent::in(cluster).start(session, settings); }, {},
                  std::move(reply));
}

void Engine::commitConsumer(CommandReply<Error> reply)
{
    postAnswering([](Cluster &cluster) { return ConsumeAgent::in(cluster).commit(); }, {}, std::move(reply));
}

// Runs `action` on the agent, then answers with what it has delivered
// since the previous report.
void Engine::postToConsumer(std::function<void(ConsumeAgent &)> action, CommandReply<ConsumeReport> reply)
{
    const auto answer = answerer(*this, std::move(reply));
    post([action = std::move(action), answer](Cluster &cluster) {
        ConsumeAgent &agent = ConsumeAgent::in(cluster);
        if (action)
            action(agent);
        // Taken even without a reply: the records it holds are delivered.
        ConsumeReport report = agent.take();
        if (answer)
            answer(std::move(report));
    });
}

void Engine::pollConsumer(int max, CommandReply<ConsumeReport> reply)
{
    postToConsumer([max](ConsumeAgent &agent) { agent.poll(max); }, std::move(reply));
}

void Engine::stopConsumer(CommandReply<ConsumeReport> reply)
{
    postToConsumer([](ConsumeAgent &agent) { agent.stop(); }, std::move(reply));
}

void Engine::consumerReport(CommandReply<ConsumeReport> reply)
{
    postToConsumer({}, std::move(reply));
}

} // namespace bb
