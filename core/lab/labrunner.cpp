#include <QElapsedTimer>
#include <QThread>

#include "lab/labrunner.h"

#include "lab/semanticslab.h"

namespace bb {
namespace {

constexpr int kSleepSliceMs = 20; // how long cancel() may wait while a paced run sleeps

} // namespace

LabRunner::LabRunner(QObject *parent)
    : QObject(parent)
{
}

LabRunner::~LabRunner() { stopThread(); }

void LabRunner::stopThread()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_thread->wait();
    m_thread.reset();
}

void LabRunner::start(const Scenario &scenario, std::uint64_t seed, double speed)
{
    stopThread();
    m_cancel = false;
    m_speed = speed;
    {
        QMutexLocker lock(&m_mutex);
        m_latest.reset();
        m_progressPosted = false;
    }
    const int serial = ++m_serial;
    m_running = true;
    m_thread.reset(QThread::create([this, scenario, seed, serial] { run(scenario, seed, serial); }));
    m_thread->setObjectName(QStringLiteral("lab"));
    m_thread->start();
}

void LabRunner::cancel()
{
    if (!m_running)
        return;
    m_cancel = true; // the worker reports cancelled() at its next step
}

void LabRunner::setSpeed(double speed) { m_speed = std::max(0.0, speed); }

template <typename Fn>
void LabRunner::post(int serial, Fn fn)
{
    QMetaObject::invokeMethod(
        this,
        [this, serial, fn = std::move(fn)]() mutable {
            if (serial == m_serial)
                fn();
        },
        Qt::QueuedConnection);
}

void LabRunner::run(Scenario scenario, std::uint64_t seed, int serial)
{
    if (!scenario.lab) {
        post(serial, [this, name = scenario.name] {
            m_running = false;
            Q_EMIT failed(tr("The scenario \"%1\" has no lab section; pick one that has.").arg(name));
        });
        return;
    }
    auto created = SemanticsLab::create(scenario, *scenario.lab, seed);
    if (!created) {
        post(serial, [this, message = created.error().message] {
            m_running = false;
            Q_EMIT failed(message);
        });
        return;
    }
    SemanticsLab &lab = **created;
    post(serial, [this, end = lab.endTime()] { Q_EMIT started(end); });

    // Pacing is anchored where the speed last changed, so a change applies
    // from now on instead of making up for the past.
    QElapsedTimer wall;
    wall.start();
    double pace = m_speed.load();
    Micros anchorVirtual = 0;
    qint64 anchorWallMs = 0;
    while (!lab.finished()) {
        if (m_cancel) {
            post(serial, [this, at = lab.now()] {
                m_running = false;
                Q_EMIT cancelled(at);
            });
            return;
        }
        lab.advance(m_step);
        {
            QMutexLocker lock(&m_mutex);
            m_latest = LabProgress{lab.now(), lab.endTime(), lab.counters()};
            if (!m_progressPosted) {
                m_progressPosted = true;
                post(serial, [this] {
                    std::optional<LabProgress> p;
                    {
                        QMutexLocker lock(&m_mutex);
                        p.swap(m_latest);
                        m_progressPosted = false;
                    }
                    if (p)
                        Q_EMIT progressed(*p);
                });
            }
        }
        if (const double speed = m_speed.load(); speed != pace) {
            pace = speed;
            anchorVirtual = lab.now();
            anchorWallMs = wall.elapsed();
        }
        if (pace <= 0)
            continue;
        const qint64 due = anchorWallMs + qint64(double(lab.now() - anchorVirtual) / double(kMillisecond) / pace);
        while (!m_cancel && wall.elapsed() < due && m_speed.load() == pace)
            QThread::msleep(std::min<qint64>(kSleepSliceMs, due - wall.elapsed()));
    }
    LabReport report = lab.report(scenario.name, seed);
    post(serial, [this, report = std::move(report)] {
        m_running = false;
        Q_EMIT finished(report);
    });
}

} // namespace bb
