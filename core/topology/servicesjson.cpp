#include "servicesjson.h"

#include <QCoreApplication>

namespace bb {
namespace {

QString tr(const char *s) { return QCoreApplication::translate("bb::ScenarioJson", s); }

QString requireName(JsonFields &f, const char *key, const QString &what)
{
    const QString name = f.string(key);
    if (name.isEmpty())
        f.fail(f.path(key), what);
    return name;
}

Micros optionalSec(JsonFields &f, const char *key)
{
    const double v = f.number(key, -1, -1, 1e6);
    return v < 0 ? -1 : sec(v);
}

template <typename Read>
void forEach(JsonFields &f, const char *key, Read read)
{
    const QJsonArray list = f.array(key);
    for (int i = 0; i < list.size(); ++i) {
        if (!list[i].isObject()) {
            f.fail(f.path(key, i), tr("expected an object {...}"));
            return;
        }
        read(list[i].toObject(), f.path(key, i));
    }
}

void readService(const QJsonObject &o, const QString &path, ServicesSpec &out, Error *err)
{
    JsonFields f(o, path, err);
    ServiceSpec s;
    s.name = requireName(f, "name", tr("every service needs a name (it is also its consumer group)"));
    s.topics = f.strings("topics");
    s.queue = f.string("queue");
    if (s.topics.isEmpty() == s.queue.isEmpty())
        f.fail(path, tr("a service reads either \"topics\" (a consumer group) or one \"queue\""));
    s.members = int(f.integer("members", 1, 0, 64));
    s.startAt = sec(f.number("start_s", 0, 0, 1e6));
    forEach(f, "scale", [&](const QJsonObject &so, const QString &sp) {
        JsonFields sf(so, sp, err);
        s.scale.push_back({sec(sf.number("at_s", 0, 0, 1e6)), int(sf.integer("members", 1, 0, 64))});
    });
    s.assignor = f.choice("assignor", s.assignor,
                          {{"range", QStringLiteral("range")}, {"roundrobin", QStringLiteral("roundrobin")},
                           {"cooperative-sticky", QStringLiteral("cooperative-sticky")}});
    s.commit = f.choice("commit", CommitMode::Auto, {{"auto", CommitMode::Auto}, {"manual", CommitMode::Manual}});
    s.delivery = f.choice("delivery", DeliveryMode::Pull, {{"pull", DeliveryMode::Pull}, {"push", DeliveryMode::Push}});
    s.isolation = f.choice("isolation", Isolation::ReadUncommitted,
                           {{"read_uncommitted", Isolation::ReadUncommitted}, {"read_committed", Isolation::ReadCommitted}});
    s.reset = f.choice("offset_reset", OffsetReset::Earliest, {{"earliest", OffsetReset::Earliest}, {"latest", OffsetReset::Latest}});
    s.maxPollRecords = int(f.integer("max_poll_records", s.maxPollRecords, 1, 100000));
    s.prefetch = int(f.integer("prefetch", s.prefetch, 1, 100000));
    s.processingTime = ms(f.number("processing_ms", toMs(s.processingTime), 0, 60000));
    s.dedupe = f.boolean("dedupe", false);
    s.balance = f.boolean("balance", false);
    s.balanceUntil = optionalSec(f, "balance_until_s");
    s.poisonEvery = int(f.integer("poison_every", 0, 0, 1 << 30));
    forEach(f, "emit", [&](const QJsonObject &eo, const QString &ep) {
        JsonFields ef(eo, ep, err);
        EmitRule r;
        r.from = ef.string("from");
        r.to = requireName(ef, "to", tr("name the topic the event goes to"));
        r.event = ef.string("event", r.to);
        s.emits.push_back(r);
    });
    s.failEvery = int(f.integer("fail_every", 0, 0, 1 << 30));
    s.failTo = f.string("fail_to");
    s.failEvent = f.string("fail_event", s.failTo);
    s.outbox = f.boolean("outbox", false);
    s.emitAcks = f.choice("emit_acks", Acks::All, {{"0", Acks::None}, {"1", Acks::Leader}, {"all", Acks::All}});
    s.emitIdempotent = f.boolean("emit_idempotent", true);
    s.emitLinger = ms(f.number("emit_linger_ms", toMs(s.emitLinger), 0, 60000));
    s.expectFrom = f.string("expect_from");
    out.services.push_back(s);
}

void readQueue(const QJsonObject &o, const QString &path, ServicesSpec &out, Error *err)
{
    JsonFields f(o, path, err);
    QueueConfig q;
    q.name = requireName(f, "name", tr("every queue needs a name"));
    q.topic = f.string("topic", q.name);
    q.visibilityTimeout = ms(f.number("visibility_timeout_ms", toMs(q.visibilityTimeout), 1, 3.6e6));
    q.maxDeliveries = int(f.integer("max_deliveries", q.maxDeliveries, 1, 1000));
    q.deadLetterTopic = f.string("dead_letter_topic");
    q.fifo = f.boolean("fifo", false);
    q.deduplicationWindow = sec(f.number("dedup_window_s", 0, 0, 1e6));
    out.queues.push_back({q});
}

void readExchange(const QJsonObject &o, const QString &path, ServicesSpec &out, Error *err)
{
    JsonFields f(o, path, err);
    ExchangeSpec x;
    x.name = requireName(f, "name", tr("every exchange needs a name"));
    x.type = f.choice("type", ExchangeType::Topic,
                      {{"direct", ExchangeType::Direct}, {"topic", ExchangeType::Topic}, {"fanout", ExchangeType::Fanout},
                       {"headers", ExchangeType::Headers}});
    forEach(f, "bindings", [&](const QJsonObject &bo, const QString &bp) {
        JsonFields bf(bo, bp, err);
        Binding b;
        const QString topic = bf.string("topic");
        const QString queue = bf.string("queue");
        if (topic.isEmpty() == queue.isEmpty())
            bf.fail(bp, tr("a binding leads to either a \"topic\" or a \"queue\""));
        b.destination = topic;
        // A queue's records live in its topic: binding to it binds that topic.
        for (const QueueSpec &q : out.queues)
            if (!queue.isEmpty() && q.config.name == queue)
                b.destination = q.config.topic;
        if (!queue.isEmpty() && b.destination.isEmpty())
            bf.fail(bf.path("queue"), tr("no queue \"%1\" is declared under \"queues\"").arg(queue));
        b.key = bf.string("key").toUtf8();
        const QJsonObject headers = bf.object("headers");
        for (auto it = headers.begin(); it != headers.end(); ++it)
            b.headers.emplace_back(it.key().toUtf8(), it.value().toString().toUtf8());
        b.matchAll = bf.choice("match", true, {{"all", true}, {"any", false}});
        x.bindings.push_back(b);
    });
    out.exchanges.push_back(x);
}

void readPublisher(const QJsonObject &o, const QString &path, ServicesSpec &out, Error *err)
{
    JsonFields f(o, path, err);
    PublisherSpec p;
    p.name = requireName(f, "name", tr("every publisher needs a name"));
    p.exchange = requireName(f, "exchange", tr("name the exchange this publisher publishes to"));
    p.routingKeys = f.strings("routing_keys");
    p.rate = f.number("rate", p.rate, 0, 1e6);
    p.startAt = sec(f.number("start_s", 0, 0, 1e6));
    p.stopAt = optionalSec(f, "stop_s");
    out.publishers.push_back(p);
}

void readRequester(const QJsonObject &o, const QString &path, ServicesSpec &out, Error *err)
{
    JsonFields f(o, path, err);
    RequesterSpec r;
    r.name = requireName(f, "name", tr("every requester needs a name"));
    r.requestTopic = requireName(f, "request_topic", tr("name the topic requests go to"));
    r.replyTopic = requireName(f, "reply_topic", tr("name the topic replies come back on"));
    r.rate = f.number("rate", r.rate, 0, 1e6);
    r.timeout = ms(f.number("timeout_ms", toMs(r.timeout), 1, 3.6e6));
    r.startAt = sec(f.number("start_s", 0, 0, 1e6));
    r.stopAt = optionalSec(f, "stop_s");
    out.requesters.push_back(r);
}

void readResponder(const QJsonObject &o, const QString &path, ServicesSpec &out, Error *err)
{
    JsonFields f(o, path, err);
    ResponderSpec r;
    r.name = requireName(f, "name", tr("every responder needs a name"));
    r.requestTopic = requireName(f, "request_topic", tr("name the topic the requests arrive on"));
    r.count = int(f.integer("count", 1, 1, 64));
    out.responders.push_back(r);
}

QString commitName(CommitMode m) { return m == CommitMode::Auto ? QStringLiteral("auto") : QStringLiteral("manual"); }
QString acksText(Acks a) { return a == Acks::All ? QStringLiteral("all") : a == Acks::Leader ? QStringLiteral("1") : QStringLiteral("0"); }

} // namespace

void readServices(JsonFields &root, ServicesSpec &out, Error *err)
{
    // Queues first: services and bindings refer to them.
    forEach(root, "queues", [&](const QJsonObject &o, const QString &p) { readQueue(o, p, out, err); });
    forEach(root, "exchanges", [&](const QJsonObject &o, const QString &p) { readExchange(o, p, out, err); });
    forEach(root, "services", [&](const QJsonObject &o, const QString &p) { readService(o, p, out, err); });
    forEach(root, "publishers", [&](const QJsonObject &o, const QString &p) { readPublisher(o, p, out, err); });
    forEach(root, "requesters", [&](const QJsonObject &o, const QString &p) { readRequester(o, p, out, err); });
    forEach(root, "responders", [&](const QJsonObject &o, const QString &p) { readResponder(o, p, out, err); });
}

bool isServiceFault(const QJsonObject &fault)
{
    const QString kind = fault.value(QStringLiteral("kind")).toString();
    return kind == QLatin1String("service_crash") || kind == QLatin1String("link_loss");
}

void readServiceFault(const QJsonObject &o, const QString &path, ServicesSpec &out, Error *err)
{
    JsonFields f(o, path, err);
    ServiceFault fault;
    fault.at = sec(f.number("at_s", 0, 0, 1e6));
    fault.kind = f.choice("kind", ServiceFaultKind::Crash, {{"service_crash", ServiceFaultKind::Crash}, {"link_loss", ServiceFaultKind::LinkLoss}});
    if (fault.kind == ServiceFaultKind::Crash) {
        fault.target = requireName(f, "service", tr("name the service whose members crash"));
        fault.member = int(f.integer("member", -1, -1, 63));
        fault.restartAfter = optionalSec(f, "restart_after_s");
    } else {
        fault.target = requireName(f, "client", tr("name the producer, publisher, requester or service whose links lose messages"));
        fault.loss = f.number("loss", fault.loss, 0, 1);
        fault.duration = sec(f.number("duration_s", toSec(fault.duration), 0.001, 1e6));
    }
    out.faults.push_back(fault);
}

void writeServices(const ServicesSpec &spec, QJsonObject &root, QJsonArray &faults)
{
    QJsonArray queues, exchanges, services, publishers, requesters, responders;
    for (const QueueSpec &qs : spec.queues) {
        const QueueConfig &q = qs.config;
        queues.append(QJsonObject{{QStringLiteral("name"), q.name},
                                  {QStringLiteral("topic"), q.topic},
                                  {QStringLiteral("visibility_timeout_ms"), toMs(q.visibilityTimeout)},
                                  {QStringLiteral("max_deliveries"), q.maxDeliveries},
                                  {QStringLiteral("dead_letter_topic"), q.deadLetterTopic},
                                  {QStringLiteral("fifo"), q.fifo},
                                  {QStringLiteral("dedup_window_s"), toSec(q.deduplicationWindow)}});
    }
    for (const ExchangeSpec &x : spec.exchanges) {
        QJsonArray bindings;
        for (const Binding &b : x.bindings) {
            QJsonObject headers;
            for (const auto &[k, v] : b.headers)
                headers[QString::fromUtf8(k)] = QString::fromUtf8(v);
            bindings.append(QJsonObject{{QStringLiteral("topic"), b.destination},
                                        {QStringLiteral("key"), QString::fromUtf8(b.key)},
                                        {QStringLiteral("headers"), headers},
                                        {QStringLiteral("match"), b.matchAll ? QStringLiteral("all") : QStringLiteral("any")}});
        }
        exchanges.append(QJsonObject{{QStringLiteral("name"), x.name}, {QStringLiteral("type"), exchangeTypeName(x.type)},
                                     {QStringLiteral("bindings"), bindings}});
    }
    for (const ServiceSpec &s : spec.services) {
        QJsonObject o{{QStringLiteral("name"), s.name},
                      {QStringLiteral("members"), s.members},
                      {QStringLiteral("start_s"), toSec(s.startAt)},
                      {QStringLiteral("assignor"), s.assignor},
                      {QStringLiteral("commit"), commitName(s.commit)},
                      {QStringLiteral("delivery"), s.delivery == DeliveryMode::Pull ? QStringLiteral("pull") : QStringLiteral("push")},
                      {QStringLiteral("isolation"), s.isolation == Isolation::ReadCommitted ? QStringLiteral("read_committed") : QStringLiteral("read_uncommitted")},
                      {QStringLiteral("offset_reset"), s.reset == OffsetReset::Earliest ? QStringLiteral("earliest") : QStringLiteral("latest")},
                      {QStringLiteral("max_poll_records"), s.maxPollRecords},
                      {QStringLiteral("prefetch"), s.prefetch},
                      {QStringLiteral("processing_ms"), toMs(s.processingTime)},
                      {QStringLiteral("dedupe"), s.dedupe},
                      {QStringLiteral("balance"), s.balance},
                      {QStringLiteral("balance_until_s"), s.balanceUntil < 0 ? -1.0 : toSec(s.balanceUntil)},
                      {QStringLiteral("poison_every"), s.poisonEvery},
                      {QStringLiteral("fail_every"), s.failEvery},
                      {QStringLiteral("fail_to"), s.failTo},
                      {QStringLiteral("fail_event"), s.failEvent},
                      {QStringLiteral("outbox"), s.outbox},
                      {QStringLiteral("emit_acks"), acksText(s.emitAcks)},
                      {QStringLiteral("emit_idempotent"), s.emitIdempotent},
                      {QStringLiteral("emit_linger_ms"), toMs(s.emitLinger)},
                      {QStringLiteral("expect_from"), s.expectFrom}};
        if (s.queue.isEmpty())
            o[QStringLiteral("topics")] = QJsonArray::fromStringList(s.topics);
        else
            o[QStringLiteral("queue")] = s.queue;
        QJsonArray scale, emits;
        for (const ScaleStep &st : s.scale)
            scale.append(QJsonObject{{QStringLiteral("at_s"), toSec(st.at)}, {QStringLiteral("members"), st.members}});
        for (const EmitRule &r : s.emits)
            emits.append(QJsonObject{{QStringLiteral("from"), r.from}, {QStringLiteral("to"), r.to}, {QStringLiteral("event"), r.event}});
        o[QStringLiteral("scale")] = scale;
        o[QStringLiteral("emit")] = emits;
        services.append(o);
    }
    for (const PublisherSpec &p : spec.publishers)
        publishers.append(QJsonObject{{QStringLiteral("name"), p.name},
                                      {QStringLiteral("exchange"), p.exchange},
                                      {QStringLiteral("routing_keys"), QJsonArray::fromStringList(p.routingKeys)},
                                      {QStringLiteral("rate"), p.rate},
                                      {QStringLiteral("start_s"), toSec(p.startAt)},
                                      {QStringLiteral("stop_s"), p.stopAt < 0 ? -1.0 : toSec(p.stopAt)}});
    for (const RequesterSpec &r : spec.requesters)
        requesters.append(QJsonObject{{QStringLiteral("name"), r.name},
                                      {QStringLiteral("request_topic"), r.requestTopic},
                                      {QStringLiteral("reply_topic"), r.replyTopic},
                                      {QStringLiteral("rate"), r.rate},
                                      {QStringLiteral("timeout_ms"), toMs(r.timeout)},
                                      {QStringLiteral("start_s"), toSec(r.startAt)},
                                      {QStringLiteral("stop_s"), r.stopAt < 0 ? -1.0 : toSec(r.stopAt)}});
    for (const ResponderSpec &r : spec.responders)
        responders.append(QJsonObject{{QStringLiteral("name"), r.name}, {QStringLiteral("request_topic"), r.requestTopic},
                                      {QStringLiteral("count"), r.count}});
    auto put = [&root](const char *key, const QJsonArray &list) {
        if (!list.isEmpty())
            root[QLatin1String(key)] = list;
    };
    put("queues", queues);
    put("exchanges", exchanges);
    put("services", services);
    put("publishers", publishers);
    put("requesters", requesters);
    put("responders", responders);
    for (const ServiceFault &f : spec.faults) {
        QJsonObject o{{QStringLiteral("at_s"), toSec(f.at)}};
        if (f.kind == ServiceFaultKind::Crash) {
            o[QStringLiteral("kind")] = QStringLiteral("service_crash");
            o[QStringLiteral("service")] = f.target;
            o[QStringLiteral("member")] = f.member;
            o[QStringLiteral("restart_after_s")] = f.restartAfter < 0 ? -1.0 : toSec(f.restartAfter);
        } else {
            o[QStringLiteral("kind")] = QStringLiteral("link_loss");
            o[QStringLiteral("client")] = f.target;
            o[QStringLiteral("loss")] = f.loss;
            o[QStringLiteral("duration_s")] = toSec(f.duration);
        }
        faults.append(o);
    }
}

} // namespace bb
