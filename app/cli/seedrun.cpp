#include "seedrun.h"

#include "commands.h"

#include <QJsonValue>
#include <QThread>

namespace bbcli {
namespace {

// The largest --threads: far beyond any machine's cores, small enough that a
// typo cannot start a million threads.
constexpr quint64 kMaxThreads = 256;

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

void SeedRun::begin()
{
    m_line.start();
    m_signals.emplace();
}

void SeedRun::end()
{
    m_signals.reset();
    if (m_line.terminal()) {
        m_line.clear();
        const double seconds = m_line.seconds();
        QTextStream(stderr) << "seeds " << m_ran << '/' << m_seeds << ", " << m_violations << " violations, "
                            << QString::number(double(m_ran) / std::max(seconds, 1e-3), 'f', 1) << " seeds/s on "
                            << m_threads << (m_threads == 1 ? " thread, " : " threads, ") << humanDuration(seconds) << '\n';
    }
}

void SeedRun::showProgress(quint64 done)
{
    if (StopOnSignals::requested() && !m_stopping) {
        m_stopping = true;
        m_line.clear();
        QTextStream(stderr) << "brokerbench-cli check: stopping after the seeds in progress (Ctrl-C again quits at once).\n";
    }
    if (!m_line.due(done == 0))
        return;
    const double seconds = m_line.seconds();
    const double rate = seconds > 0 ? double(done) / seconds : 0;
    QString text = QStringLiteral("seeds %1/%2, %3 violations, %4 seeds/s").arg(done).arg(m_seeds).arg(m_violations).arg(rate, 0, 'f', 1);
    if (done > 0 && done < m_seeds && !m_stopping && double(m_seeds - done) / rate >= 1)
        text += QStringLiteral(", about %1 left").arg(humanDuration(double(m_seeds - done) / rate));
    m_line.draw(text);
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
