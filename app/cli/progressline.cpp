#include "progressline.h"

#include <QTextStream>

#include <unistd.h>

namespace bbcli {
namespace {

constexpr auto kRedraw = std::chrono::milliseconds(250);

} // namespace

void ProgressLine::start()
{
    m_terminal = ::isatty(STDERR_FILENO) == 1;
    m_sharedTerminal = m_terminal && ::isatty(STDOUT_FILENO) == 1;
    m_start = m_lastShown = std::chrono::steady_clock::now();
    m_drawn = m_showing = false;
}

double ProgressLine::seconds() const
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
}

bool ProgressLine::due(bool force)
{
    if (!m_terminal)
        return false;
    const auto now = std::chrono::steady_clock::now();
    if (m_drawn && !force && now - m_lastShown < kRedraw)
        return false;
    m_lastShown = now;
    m_drawn = true;
    return true;
}

void ProgressLine::draw(const QString &text)
{
    QTextStream(stderr) << "\r\033[K" << text << Qt::flush;
    m_showing = true;
}

void ProgressLine::clear()
{
    if (!m_showing)
        return;
    QTextStream(stderr) << "\r\033[K" << Qt::flush;
    m_showing = false;
}

QString humanDuration(double seconds)
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

} // namespace bbcli
