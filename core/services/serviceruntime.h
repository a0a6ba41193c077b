#pragma once
// ServiceRuntime: brings a scenario's applications to life on a Cluster:
// declares its queues and exchanges, starts its services, publishers,
// requesters and responders, and plays the service faults and scaling
// steps at their times. It samples every service's lag once a virtual
// second and reports what each application saw. One Actor (timers) the
// cluster owns, found again with ServiceRuntime::of().

#include "services/service.h"

#include <QJsonObject>

#include <memory>
#include <vector>

namespace bb {

class Publisher;
class Requester;
class Responder;

class ServiceRuntime final : public Actor {
public:
    static constexpr Micros kTick = 10 * kMillisecond;
    static constexpr Micros kSampleInterval = 1 * kSecond;
    static constexpr int kMaxMembers = 64; // as many as a scenario may give a service
    static inline const QString kClientName = QStringLiteral("services");

    // Checks the references (topics, queues, exchanges, services) and
    // builds everything; refuses with a sentence that says what to change.
    static Error install(Cluster &cluster, const ServicesSpec &spec);
    // Adds queues, exchanges and services to a running cluster (installing
    // the runtime when there is none yet); they start at once, or at their
    // start time if it is still ahead. Publishers, requesters, responders
    // and service faults are refused: they need a rebuild.
    static Error extend(Cluster &cluster, const ServicesSpec &more);
    // The runtime installed on `cluster`, or nullptr.
    static ServiceRuntime *of(Cluster &cluster);
    static const ServiceRuntime *of(const Cluster &cluster);

    ServiceRuntime(ActorId self, Cluster &cluster, ServicesSpec spec);
    ~ServiceRuntime() override;

    const std::vector<std::unique_ptr<Service>> &services() const { return m_services; }
    Service *service(const QString &name) const;
    // By hand, while the cluster runs (the GUI's group actions): kill one
    // member without a goodbye (its group notices when the session times
    // out), or add or cleanly remove members. Each tells the event log.
    Error crashMember(const QString &service, const QString &member);
    Error scale(const QString &service, int delta);
    // Lag samples of one service: (time, lag).
    const std::vector<std::pair<Micros, std::int64_t>> &lagSamples(const QString &service) const;
    QJsonObject report() const;

    void onMessage(ActorId, Message &) override {}
    void onTimer(std::uint64_t tag) override;

private:
    struct Traffic {
        double rate = 0;
        Micros startAt = 0;
        Micros stopAt = -1;
        double credit = 0;
        std::uint64_t sequence = 0;
        std::uint32_t generator = 0;
        Publisher *publisher = nullptr;
        const PublisherSpec *publisherSpec = nullptr;
        Requester *requester = nullptr;
    };
    enum TimerKind : std::uint64_t { Tick = 1, Sample = 2 };
    Error build();
    Error declare(const std::vector<QueueSpec> &queues, const std::vector<ExchangeSpec> &exchanges,
                  const std::vector<ServiceSpec> &services);
    Error needTopic(const QString &what, const QString &topic) const;
    void start();
    void startService(Service &svc);
    void applyFault(const ServiceFault &fault);
    std::vector<ActorId> clientsNamed(const QString &name) const;
    void drive(Traffic &t);

    ActorId m_self;
    Cluster &m_cluster;
    ServicesSpec m_spec;
    std::vector<std::unique_ptr<Service>> m_services;
    std::vector<Traffic> m_traffic;
    std::vector<Responder *> m_responders;
    std::vector<std::vector<std::pair<Micros, std::int64_t>>> m_lag; // by service
    QByteArray m_value;
};

} // namespace bb
