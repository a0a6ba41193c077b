// bb_guistall: how responsive the GUI thread stays while the engine runs
// flat out. Opens the main window on a scenario (default: "default"), runs
// the engine as fast as the CPU allows for --seconds of wall time and
// measures on the GUI thread:
//   - stalls: the gaps between turns of the event loop, probed by a 1 ms
//     precise timer (a gap of 16 ms or more is a dropped frame at 60 Hz);
//   - frames: the time spent handling each snapshot (every view's
//     setSnapshot, one signal), and the time spent repainting the window,
//     in wall time and in the GUI thread's CPU time (on a busy machine
//     the first includes waiting for a core, the second does not);
//   - snapshots handled per second;
//   - the slowest single events, with their receiver, to say where to look.
// Prints plain text, or JSON with --json. Runs on whatever platform Qt
// picks; QT_QPA_PLATFORM=offscreen (no display) or under xvfb-run both work.
// For instruction counts of one frame:
//   valgrind --tool=callgrind --toggle-collect='bb::MainWindow::onSnapshot*' build/bench/bb_guistall --seconds 5
#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include "mainwindow.h"
#include "topology/scenariojson.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace {

constexpr double kFrameBudgetMs = 16.0;

// CPU time of the calling thread: on a busy machine the wall time of an
// event includes time the thread waited for a core; this does not.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// How long the calling thread has been runnable but waiting for a core,
// from the scheduler's statistics (Linux); 0 where they are not available.
class RunQueueWait {
public:
    RunQueueWait() : m_fd(::open("/proc/thread-self/schedstat", O_RDONLY)) {}
    ~RunQueueWait()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    double ms() const
    {
        char buf[128];
        if (m_fd < 0)
            return 0;
        const ssize_t n = ::pread(m_fd, buf, sizeof buf - 1, 0);
        if (n <= 0)
            return 0;
        buf[n] = 0;
        unsigned long long running = 0, waiting = 0;
        if (std::sscanf(buf, "%llu %llu", &running, &waiting) != 2)
            return 0;
        return double(waiting) / 1e6;
    }

private:
    int m_fd;
};

// Times every event the GUI thread handles at the outermost level (nested
// sends, such as a paint inside a repaint, count towards their parent).
class ProbedApplication : public QApplication {
public:
    using QApplication::QApplication;

    struct SlowEvent {
        double ms = 0;
        double cpuMs = 0;
        double waitMs = 0; // runnable, waiting for a core
        QString what;
    };

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_measuring || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        const bool outer = m_depth == 1;
        // Taken before delivery: the event may delete its receiver
        // (DeferredDelete).
        Delivery d;
        if (outer) {
            m_snapshotInEvent = false;
            d = {event->type(), receiver->metaObject()->className(), receiver->objectName()};
        }
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = outer ? threadCpuMs() : 0;
        const double waitStart = outer ? m_wait.ms() : 0;
        const bool result = QApplication::notify(receiver, event);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        --m_depth;
        if (outer) {
            const double cpuMs = threadCpuMs() - cpuStart;
            const double waitMs = m_wait.ms() - waitStart;
            if (m_snapshotInEvent) {
                frames.push_back(ms);
                frameCpu.push_back(cpuMs);
            } else if (d.type == QEvent::UpdateRequest) {
                paints.push_back(ms);
                paintCpu.push_back(cpuMs);
            }
            noteSlow({ms, cpuMs, waitMs, {}}, d);
        }
        return result;
    }

    void setMeasuring(bool on) { m_measuring = on; }
    double runQueueWaitMs() const { return m_wait.ms(); }
    void snapshotHandled() { m_snapshotInEvent = true; }

    std::vector<double> frames;   // wall ms per snapshot
    std::vector<double> frameCpu; // the GUI thread's CPU ms per snapshot
    std::vector<double> paints;
    std::vector<double> paintCpu;
    std::vector<SlowEvent> slowest; // the longest, longest first

private:
    struct Delivery {
        QEvent::Type type = QEvent::None;
        const char *className = nullptr;
        QString objectName;
    };

    void noteSlow(SlowEvent e, const Delivery &d)
    {
        constexpr std::size_t kKeep = 5;
        if (slowest.size() == kKeep && e.ms <= slowest.back().ms)
            return;
        e.what = QStringLiteral("%1 to %2").arg(int(d.type)).arg(QString::fromLatin1(d.className));
        if (!d.objectName.isEmpty())
            e.what += QStringLiteral(" \"%1\"").arg(d.objectName);
        if (m_snapshotInEvent)
            e.what += QStringLiteral(" (snapshot)");
        else if (d.type == QEvent::UpdateRequest)
            e.what += QStringLiteral(" (repaint)");
        slowest.push_back(std::move(e));
        std::sort(slowest.begin(), slowest.end(), [](const SlowEvent &a, const SlowEvent &b) { return a.ms > b.ms; });
        if (slowest.size() > kKeep)
            slowest.pop_back();
    }

    RunQueueWait m_wait;
    bool m_measuring = false;
    bool m_snapshotInEvent = false;
    int m_depth = 0;
};

struct Summary {
    double median = 0;
    double p99 = 0;
    double max = 0;
    std::size_t count = 0;
};

Summary summarize(std::vector<double> values)
{
    Summary s;
    s.count = values.size();
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) { return values[std::min(values.size() - 1, std::size_t(std::ceil(q * double(values.size()))) - 1)]; };
    s.median = at(0.5);
    s.p99 = at(0.99);
    s.max = values.back();
    return s;
}

QJsonObject toJson(const Summary &s)
{
    return {{QStringLiteral("median"), s.median}, {QStringLiteral("p99"), s.p99}, {QStringLiteral("max"), s.max},
            {QStringLiteral("count"), qint64(s.count)}};
}

QString ms(double value)
{
    return QString::number(value, 'f', 2);
}

int fail(const QString &message)
{
    QTextStream(stderr) << "bb_guistall: " << message << '\n';
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    ProbedApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures GUI-thread stalls and frame times while the engine runs flat out."));
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("seconds"), QStringLiteral("Wall seconds to measure (after the warm-up)."), QStringLiteral("N"), QStringLiteral("10")},
                       {QStringLiteral("warmup"), QStringLiteral("Wall seconds to run before measuring."), QStringLiteral("N"), QStringLiteral("1")},
                       {QStringLiteral("scenario"), QStringLiteral("A bundled scenario or a .json file."), QStringLiteral("NAME|FILE"), QStringLiteral("default")},
                       {QStringLiteral("show"), QStringLiteral("Bring this dock (its object name) to the front first."), QStringLiteral("DOCK")},
                       {QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")}});
    parser.process(app);
    bool ok = false;
    const double seconds = parser.value(QStringLiteral("seconds")).toDouble(&ok);
    if (!ok || !(seconds > 0))
        return fail(QStringLiteral("--seconds expects a positive number."));
    const double warmup = parser.value(QStringLiteral("warmup")).toDouble(&ok);
    if (!ok || warmup < 0)
        return fail(QStringLiteral("--warmup expects a number of seconds, 0 or more."));
    auto scenario = bb::loadScenario(parser.value(QStringLiteral("scenario")));
    if (!scenario)
        return fail(scenario.error().message);

    bb::MainWindow window;
    window.setErrorReporter([](const QString &, const QString &message) { fail(message); });
    if (const bb::Error err = window.openScenario(*scenario, true))
        return fail(err.message);
    bb::Engine *engine = window.engine();
    // After MainWindow's own connection: it marks the event that handled
    // the snapshot, whose whole duration is the frame.
    int snapshots = 0;
    QObject::connect(engine, &bb::Engine::snapshotReady, &window, [&] {
        app.snapshotHandled();
        ++snapshots;
    });
    window.show();
    if (parser.isSet(QStringLiteral("show"))) {
        auto *dock = window.findChild<QDockWidget *>(parser.value(QStringLiteral("show")));
        if (!dock)
            return fail(QStringLiteral("--show: no dock named \"%1\".").arg(parser.value(QStringLiteral("show"))));
        dock->show();
        dock->raise();
    }
    engine->setFlatOut(true);

    // The probe: a gap between two ticks is time the event loop could not
    // turn.
    QElapsedTimer wall;
    qint64 lastTick = -1;
    double longestGap = 0;
    int gapsOverBudget = 0;
    std::vector<double> gaps;
    bool measuring = false;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const qint64 now = wall.nsecsElapsed();
        if (measuring && lastTick >= 0) {
            const double gap = double(now - lastTick) / 1e6;
            gaps.push_back(gap);
            longestGap = std::max(longestGap, gap);
            if (gap >= kFrameBudgetMs)
                ++gapsOverBudget;
        }
        lastTick = now;
    });
    wall.start();
    probe.start();

    bb::Micros virtualStart = 0;
    double waitedStart = 0;
    QTimer::singleShot(int(warmup * 1000), &app, [&] {
        measuring = true;
        app.setMeasuring(true);
        waitedStart = app.runQueueWaitMs();
        snapshots = 0;
        lastTick = wall.nsecsElapsed();
        if (const bb::SnapshotPtr s = engine->latest())
            virtualStart = s->time;
        QTimer::singleShot(int(seconds * 1000), &app, [&] { QApplication::quit(); });
    });
    QApplication::exec();
    app.setMeasuring(false);
    const double waitedMs = app.runQueueWaitMs() - waitedStart;
    engine->setFlatOut(false);
    engine->pause();

    const bb::SnapshotPtr last = engine->latest();
    const double virtualSeconds = last ? double(last->time - virtualStart) / double(bb::kSecond) : 0;
    const Summary frames = summarize(app.frames);
    const Summary paints = summarize(app.paints);
    const Summary frameCpu = summarize(app.frameCpu);
    const Summary paintCpu = summarize(app.paintCpu);
    const Summary probeGaps = summarize(gaps);
    const double perSecond = double(snapshots) / seconds;
    const QString platform = QApplication::platformName();

    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray slow;
        for (const auto &e : app.slowest)
            slow.append(QJsonObject{{QStringLiteral("ms"), e.ms}, {QStringLiteral("cpu_ms"), e.cpuMs},
                                    {QStringLiteral("wait_ms"), e.waitMs}, {QStringLiteral("event"), e.what}});
        const QJsonObject o{{QStringLiteral("platform"), platform},
                            {QStringLiteral("scenario"), scenario->name},
                            {QStringLiteral("seconds"), seconds},
                            {QStringLiteral("virtual_seconds"), virtualSeconds},
                            {QStringLiteral("snapshots_per_s"), perSecond},
                            {QStringLiteral("longest_stall_ms"), longestGap},
                            {QStringLiteral("stalls_over_16ms"), gapsOverBudget},
                            {QStringLiteral("probe_gap_ms"), toJson(probeGaps)},
                            {QStringLiteral("frame_ms"), toJson(frames)},
                            {QStringLiteral("paint_ms"), toJson(paints)},
                            {QStringLiteral("frame_cpu_ms"), toJson(frameCpu)},
                            {QStringLiteral("paint_cpu_ms"), toJson(paintCpu)},
                            {QStringLiteral("gui_thread_waited_for_cpu_ms"), waitedMs},
                            {QStringLiteral("slowest_events"), slow}};
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << "platform " << platform << ", scenario " << scenario->name << ", " << seconds << " s wall (" << QString::number(virtualSeconds, 'f', 1)
        << " s virtual, flat out)\n";
    out << "snapshots_per_s " << QString::number(perSecond, 'f', 1) << '\n';
    out << "longest_stall_ms " << ms(longestGap) << " (" << gapsOverBudget << " gaps of 16 ms or more; probe gap median "
        << ms(probeGaps.median) << ", p99 " << ms(probeGaps.p99) << ")\n";
    out << "frame_ms median " << ms(frames.median) << " p99 " << ms(frames.p99) << " max " << ms(frames.max) << " (" << frames.count
        << " snapshots)\n";
    out << "paint_ms median " << ms(paints.median) << " p99 " << ms(paints.p99) << " max " << ms(paints.max) << " (" << paints.count
        << " repaints)\n";
    out << "frame_cpu_ms median " << ms(frameCpu.median) << " p99 " << ms(frameCpu.p99) << " max " << ms(frameCpu.max) << '\n';
    out << "paint_cpu_ms median " << ms(paintCpu.median) << " p99 " << ms(paintCpu.p99) << " max " << ms(paintCpu.max) << '\n';
    out << "gui_thread_waited_for_cpu_ms " << ms(waitedMs) << " (runnable, not running)\n";
    out << "slowest events (wall ms, GUI-thread CPU ms, waiting for a core ms, event type to receiver):\n";
    for (const auto &e : app.slowest)
        out << "  " << ms(e.ms) << "  " << ms(e.cpuMs) << "  " << ms(e.waitMs) << "  " << e.what << '\n';
    return 0;
}
