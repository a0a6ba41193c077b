#include "seedrun.h"

#include "commands.h"

#include <QJsonValue>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace bbcli {
namespace {

std::atomic<bool> g_stop{false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");
struct sigaction g_previous;
bool g_installed = false;

extern "C" void onInterrupt(int)
{
    // Only this is safe in a handler; the run notices within a tick. The
    // handler is one-shot (SA_RESETHAND): a second Ctrl-C quits at once.
    g_stop.store(true);
}

// The largest --threads: far beyond any machine's cores, small enough that a
// typo cannot start a million threads.
constexpr quint64 kMaxThreads = 256;
constexpr auto kRedraw = std::chrono::milliseconds(250);

QString duration(double seconds)
{
    if (seconds < 10)
        return QStringLiteral("%1 s").arg(seconds, 0, 'f', 1);
    if (seconds < 90)
        return QStringLiteral("%1 s").arg(qRound(seconds));
    if (seconds < 90 * 60)
        return QStringLiteral("%1 min").arg(qRound(seconds / 60));
    const int minutes = qRound(seconds / 60);
    return QStringLiteral("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace

bool SeedRun::prepare(const QCommandLineParser &parser, const QString &command)
{
    m_command = command;
    if (!seedRangeOption(parser, m_from, m_seeds))
        return false;
    // Default: every core. The report is the same whatever the count, so the
    // only thing more threads change is how soon it comes.
    const quint64 cores = quint64(std::max(1, QThread::idealThreadCount()));
    quint64 threads = 0;
    if (!unsignedOption(parser, QStringLiteral("threads"), cores, kMaxThreads, threads))
        return false;
    if (threads == 0) {
        QTextStream(stderr) << "brokerbench-cli check: --threads 0 runs nothing; give 1 to " << kMaxThreads
                            << " (this machine has " << cores << " cores).\n";
        return false;
    }
    m_threads = int(threads);
    return true;
}

const std::atomic<bool> &SeedRun::stopFlag() { return g_stop; }

void SeedRun::begin()
{
    m_terminal = ::isatty(STDERR_FILENO) == 1;
    m_sharedTerminal = m_terminal && ::isatty(STDOUT_FILENO) == 1;
    m_start = m_lastShown = std::chrono::steady_clock::now();
    g_stop.store(false);
    // A command started in the background by a script ignores SIGINT (the
    // shell's doing, so that Ctrl-C reaches only the foreground): keep it so.
    struct sigaction previous {};
    sigaction(SIGINT, nullptr, &previous);
    if (previous.sa_handler == SIG_IGN)
        return;
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    g_installed = sigaction(SIGINT, &action, &g_previous) == 0;
}

void SeedRun::end()
{
    if (g_installed)
        sigaction(SIGINT, &g_previous, nullptr);
    g_installed = false;
    if (m_terminal) {
        clearProgress();
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
        QTextStream(stderr) << "seeds " << m_ran << '/' << m_seeds << ", " << m_violations << " violations, "
                            << QString::number(double(m_ran) / std::max(seconds, 1e-3), 'f', 1) << " seeds/s on "
                            << m_threads << (m_threads == 1 ? " thread, " : " threads, ") << duration(seconds) << '\n';
    }
}

void SeedRun::showProgress(quint64 done)
{
    if (g_stop.load() && !m_stopping) {
        m_stopping = true;
        clearProgress();
        QTextStream(stderr) << "brokerbench-cli check: stopping after the seeds in progress (Ctrl-C again quits at once).\n";
    }
    if (!m_terminal)
        return;
    const auto now = std::chrono::steady_clock::now();
    if (done > 0 && now - m_lastShown < kRedraw)
        return;
    m_lastShown = now;
    const double seconds = std::chrono::duration<double>(now - m_start).count();
    const double rate = seconds > 0 ? double(done) / seconds : 0;
    QTextStream err(stderr);
    err << "\r\033[Kseeds " << done << '/' << m_seeds << ", " << m_violations << " violations, "
        << QString::number(rate, 'f', 1) << " seeds/s";
    if (done > 0 && done < m_seeds && !m_stopping && double(m_seeds - done) / rate >= 1)
        err << ", about " << duration(double(m_seeds - done) / rate) << " left";
    err << Qt::flush;
    m_showing = true;
}

void SeedRun::clearProgress()
{
    if (!m_showing)
        return;
    QTextStream(stderr) << "\r\033[K" << Qt::flush;
    m_showing = false;
}

QString SeedRun::resumeCommand() const
{
    return QStringLiteral("%1 --from %2 --seeds %3").arg(m_command).arg(m_from + m_ran).arg(m_seeds - m_ran);
}

void SeedRun::reportInterruption(QTextStream &out) const
{
    if (!interrupted())
        return;
    out << "Interrupted: " << m_ran << " of " << m_seeds << " seeds ran";
    if (m_ran > 0)
        out << " (" << m_from << " to " << m_from + m_ran - 1 << ")";
    out << "; the rest: " << resumeCommand() << '\n';
}

void SeedRun::reportInterruption(QJsonObject &json) const
{
    if (!interrupted())
        return;
    json.insert(QStringLiteral("interrupted"), true);
    json.insert(QStringLiteral("seeds_requested"), double(m_seeds));
    json.insert(QStringLiteral("resume"), resumeCommand());
}

int SeedRun::status(bool violations) const
{
    if (interrupted())
        return kInterruptedStatus;
    return violations ? 1 : 0;
}

} // namespace bbcli
