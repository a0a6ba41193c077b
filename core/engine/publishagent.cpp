#include <QCoreApplication>

#include "engine/publishagent.h"

#include "cluster/cluster.h"

namespace bb {
namespace {

constexpr std::uint64_t kTickTag = 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::PublishAgent", text);
}

QString producerLabel(Acks acks, PublishMode mode)
{
    switch (mode) {
    case PublishMode::Idempotent: return QStringLiteral("idempotent");
    case PublishMode::Transactional: return QStringLiteral("transactional");
    case PublishMode::Plain: break;
    }
    return acks == Acks::All ? QStringLiteral("acks=all") : acks == Acks::Leader ? QStringLiteral("acks=1") : QStringLiteral("acks=0");
}

QByteArray numbered(const QByteArray &bytes, std::int64_t n)
{
    if (bytes.isNull() || !bytes.contains("{n}"))
        return bytes;
    QByteArray out = bytes;
    return out.replace("{n}", QByteArray::number(n));
}

} // namespace

class PublishAgent::Listener final : public ProducerListener {
public:
    Listener(PublishAgent &agent, Kind kind) : m_agent(agent), m_kind(kind) {}
    void onAcked(TopicPartition tp, Offset base, const RecordBatch &batch, Micros) override
    {
        m_agent.completed(m_kind, tp, base, batch, nullptr);
    }
    void onFailed(TopicPartition tp, const RecordBatch &batch, const Error &error) override
    {
        m_agent.completed(m_kind, tp, Offset(-1), batch, &error);
    }
    void onTransactionReady() override { m_agent.ensureTicking(); } // records waited for it
    void onTransactionCompleted(bool committed, Errc error) override { m_agent.transactionEnded(committed, error); }

private:
    PublishAgent &m_agent;
    Kind m_kind;
};

QString PublishAgent::clientName()
{
    return QStringLiteral("publish panel");
}

PublishAgent &PublishAgent::in(Cluster &cluster)
{
    const ActorId found = cluster.clientAddress(clientName());
    if (found.value >= 0)
        if (auto *agent = dynamic_cast<PublishAgent *>(cluster.loop().actor(found)))
            return *agent;
    const ActorId self = cluster.reserveClientAddress();
    auto agent = std::make_unique<PublishAgent>(self, cluster);
    PublishAgent &ref = *agent;
    cluster.adoptClient(self, std::move(agent), self, clientName());
    return ref;
}

PublishAgent::PublishAgent(ActorId self, Cluster &cluster)
    : m_self(self)
    , m_cluster(cluster)
{
}

PublishAgent::~PublishAgent() = default;

PublishAgent::Kind PublishAgent::kindOf(const PublishRecord &r)
{
    return {r.mode == PublishMode::Plain ? r.acks : Acks::All, r.mode};
}

Producer &PublishAgent::producerFor(Kind kind)
{
    Producer *&p = m_producers[kind];
    if (!p) {
        auto &listener = m_listeners[kind];
        if (listener)
            m_retired.push_back(std::move(listener));
        listener = std::make_unique<Listener>(*this, kind);
        ProducerConfig config;
        config.acks = kind.first;
        config.idempotent = kind.second != PublishMode::Plain;
        if (kind.second == PublishMode::Transactional) {
            config.transactionalId = clientName();
            config.transactionTimeout = kTransactionTimeout;
        }
        p = &m_cluster.addProducer(tr("%1 (%2)").arg(clientName(), producerLabel(kind.first, kind.second)), config, listener.get());
        if (kind.second == PublishMode::Transactional)
            p->initTransactions();
    }
    return *p;
}

bool PublishAgent::readyForTransaction(Producer &producer, Error &error)
{
    switch (producer.transactionState()) {
    case TxnState::None:
    case TxnState::Initializing:
    case TxnState::Committing:
    case TxnState::Aborting:
        return false;
    case TxnState::Ready:
        if (Error err = producer.beginTransaction()) {
            error = err;
            return true;
        }
        m_txnOpen = true;
        m_txnRecords = 0;
        m_txnBegan = m_cluster.loop().now();
        return true;
    case TxnState::InTransaction:
        return true;
    case TxnState::Failed:
        error = Error(Errc::InvalidTxnState, tr("The open transaction failed and can only be aborted; abort it, then send again."));
        return true;
    case TxnState::Fenced:
        retireTransactional();
        error = fencedError();
        return true;
    }
    return true;
}

Error PublishAgent::fencedError() const
{
    return Error(Errc::ProducerFenced, tr("The transactional producer was fenced (its transaction stayed open longer than %1 s, "
                                          "or another producer took its transactional id); send again to start a new one.")
                                           .arg(kTransactionTimeout / kSecond));
}

// A fenced producer can do nothing more (a newer instance owns the
// transactional id, or the coordinator aborted a transaction left open too
// long). Its unanswered records fail; the next transactional send starts a
// new producer, which takes the id over.
void PublishAgent::retireTransactional()
{
    auto found = m_producers.find(kTransactional);
    if (found == m_producers.end())
        return;
    const ActorId address = found->second->address();
    m_producers.erase(found);
    m_txnOpen = false;
    const Micros now = m_cluster.loop().now();
    std::vector<std::pair<std::uint64_t, SendResult>> failed;
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        if (it->first.first != kTransactional) {
            ++it;
            continue;
        }
        for (const InFlight &f : it->second) {
            SendResult r;
            r.topic = f.topic;
            r.partition = it->first.second.partition.value;
            r.error = fencedError();
            r.latency = now - f.sentAt;
            failed.emplace_back(f.id, std::move(r));
        }
        it = m_inFlight.erase(it);
    }
    m_cluster.removeClient(address); // kept alive until its callback returns
    for (auto &[id, r] : failed)
        answer(id, std::move(r));
}

void PublishAgent::send(std::uint64_t id, PublishRecord record)
{
    if (!trySend(id, record)) {
        m_waiting.push_back({id, std::move(record), m_cluster.loop().now()});
        ensureTicking();
    }
}

bool PublishAgent::trySend(std::uint64_t id, const PublishRecord &r)
{
    const Kind kind = kindOf(r);
    Producer &producer = producerFor(kind);
    if (!producer.hasMetadata())
        return false;
    SendResult result;
    result.topic = r.topic;
    if (kind.second == PublishMode::Transactional) {
        Error refused;
        if (!readyForTransaction(producer, refused))
            return false;
        if (refused) {
            result.error = refused;
            answer(id, std::move(result));
            return true;
        }
    }
    auto topic = producer.topicId(r.topic);
    if (!topic) {
        result.error = Error(Errc::UnknownTopic, tr("There is no topic \"%1\"; pick one of the cluster's topics.").arg(r.topic));
        answer(id, std::move(result));
        return true;
    }
    const int partitions = producer.partitionCount(*topic);
    int partition = r.partition;
    if (partition >= partitions) {
        result.error = Error(Errc::UnknownPartition, tr("Topic \"%1\" has partitions 0 to %2; pick one of them, or send by key.")
                                                         .arg(r.topic).arg(partitions - 1));
        answer(id, std::move(result));
        return true;
    }
    if (partition < 0)
        partition = r.key.isNull() ? int(m_roundRobin++ % std::uint32_t(partitions)) : Producer::partitionForKey(r.key, partitions);
    result.partition = partition;

    const std::int64_t n = ++m_number;
    const QByteArray key = numbered(r.key, n);
    const QByteArray value = numbered(r.value, n);
    std::vector<QByteArray> headerValues;
    headerValues.reserve(r.headers.size());
    std::vector<RecordHeader> headers;
    for (const auto &[k, v] : r.headers) {
        headerValues.push_back(numbered(v, n));
        headers.push_back({k, headerValues.back()});
    }
    const Micros now = m_cluster.loop().now();
    // In the queue before sending: a send that fills a batch may be answered
    // (acks=0) before send() returns.
    auto &queue = m_inFlight[{kind, TopicPartition{*topic, PartitionId(partition)}}];
    queue.push_back({id, now, r.topic});
    if (Error err = producer.send(*topic, key, value, now, headers, partition)) {
        queue.pop_back();
        result.error = err;
        answer(id, std::move(result));
        return true;
    }
    if (id == 0)
        ++m_repeat.sent;
    if (kind.second == PublishMode::Transactional)
        ++m_txnRecords;
    if (id != 0)
        producer.flush(); // a single record goes at once, without lingering
    return true;
}

void PublishAgent::answer(std::uint64_t id, SendResult result)
{
    result.id = id;
    result.at = m_cluster.loop().now();
    if (id == 0) {
        ++(result.error ? m_repeat.failed : m_repeat.acked);
        m_repeat.last = std::move(result);
        return;
    }
    if (m_reporter)
        m_reporter(result);
}

void PublishAgent::completed(Kind kind, TopicPartition tp, Offset base, const RecordBatch &batch, const Error *error)
{
    auto it = m_inFlight.find({kind, tp});
    if (it == m_inFlight.end())
        return;
    // The producer keeps each partition's records in order (one request in
    // flight, or sequence numbers), so a batch answers the oldest records
    // sent there.
    const Micros now = m_cluster.loop().now();
    for (std::int32_t i = 0; i < batch.recordCount() && !it->second.empty(); ++i) {
        InFlight f = std::move(it->second.front());
        it->second.pop_front();
        SendResult r;
        r.topic = std::move(f.topic);
        r.partition = tp.partition.value;
        r.offset = base.value >= 0 ? base + i : Offset(-1);
        const bool fenced = error && error->code == Errc::ProducerFenced && kind == kTransactional;
        if (error)
            r.error = fenced ? fencedError() : *error;
        r.latency = now - f.sentAt;
        answer(f.id, std::move(r));
    }
    if (error && error->code == Errc::ProducerFenced && kind == kTransactional)
        retireTransactional();
}

Error PublishAgent::commitTransaction()
{
    return endTransaction(true);
}

Error PublishAgent::abortTransaction()
{
    return endTransaction(false);
}

Error PublishAgent::endTransaction(bool commit)
{
    auto it = m_producers.find(kTransactional);
    if (it == m_producers.end() || !m_txnOpen)
        return Error(Errc::InvalidTxnState, tr("No transaction is open; send a record transactionally to begin one."));
    Producer &producer = *it->second;
    m_txnAuto = false;
    return commit ? producer.commitTransaction() : producer.abortTransaction();
}

void PublishAgent::transactionEnded(bool committed, Errc error)
{
    TransactionResult r;
    r.committed = committed;
    r.records = m_txnRecords;
    if (error != Errc::None)
        r.error = Error(error);
    r.at = m_cluster.loop().now();
    m_txnOpen = false;
    m_txnRecords = 0;
    if (committed && m_txnAuto)
        ++m_repeat.committedTransactions;
    m_txnAuto = false;
    if (m_txnReporter)
        m_txnReporter(r);
    ensureTicking(); // records may wait for the next transaction
}

void PublishAgent::startRepeat(PublishRecord record, double perSecond)
{
    m_repeatRecord = std::move(record);
    m_repeat = RepeatStatus{};
    m_repeat.running = true;
    m_repeat.rate = std::max(perSecond, 0.1);
    m_credit = 1; // the first record goes at once
    ensureTicking();
}

void PublishAgent::stopRepeat()
{
    m_repeatRecord.reset();
    m_repeat.running = false;
}

void PublishAgent::ensureTicking()
{
    if (m_ticking)
        return;
    m_ticking = true;
    m_cluster.loop().schedule(kTick, m_self, kTickTag);
}

void PublishAgent::onTimer(std::uint64_t tag)
{
    if (tag == kTickTag) {
        m_ticking = false;
        tick();
    }
}

void PublishAgent::tick()
{
    const Micros now = m_cluster.loop().now();
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (trySend(it->id, it->record)) {
            it = m_waiting.erase(it);
        } else if (now - it->since >= kMetadataWait) {
            SendResult r;
            r.topic = it->record.topic;
            if (producerFor(kindOf(it->record)).hasMetadata())
                r.error = Error(Errc::RequestTimedOut, tr("The transaction coordinator did not get the producer ready within %1 s; "
                                                          "check that a node is up and reachable.").arg(kMetadataWait / kSecond));
            else
                r.error = Error(Errc::RequestTimedOut, tr("No node gave the producer the cluster's metadata within %1 s; "
                                                          "check that a node is up and reachable.").arg(kMetadataWait / kSecond));
            answer(it->id, std::move(r));
            it = m_waiting.erase(it);
        } else {
            ++it;
        }
    }
    if (m_repeatRecord) {
        // Credit-based, like a load generator; a stalled producer does not
        // build up a burst.
        m_credit = std::min(m_credit + m_repeat.rate * double(kTick) / double(kSecond), std::max(1.0, m_repeat.rate / 10));
        while (m_credit >= 1) {
            if (!trySend(0, *m_repeatRecord))
                break;
            m_credit -= 1;
        }
    }
    // A repeat commits in slices of virtual time, so read_committed readers
    // see its records arrive a transaction at a time.
    if (m_repeatRecord && m_repeatRecord->mode == PublishMode::Transactional && m_txnOpen
        && now - m_txnBegan >= kRepeatTransaction) {
        auto it = m_producers.find(kTransactional);
        if (it != m_producers.end() && it->second->transactionState() == TxnState::InTransaction && !it->second->commitTransaction())
            m_txnAuto = true;
    }
    if (!m_waiting.empty() || m_repeatRecord)
        ensureTicking();
}

} // namespace bb
