#include "virtualrun.h"

#include <QTextStream>

namespace bbcli {

QString virtualSeconds(bb::Micros t) { return QString::number(double(t) / bb::kSecond); }

bb::RunControl VirtualRun::start()
{
    m_line.start();
    m_signals.emplace();
    bb::RunControl control;
    control.stop = &StopOnSignals::flag();
    // Off a terminal the progress is never drawn: leave the run without the callback.
    if (m_line.terminal())
        control.progress = [this](const bb::RunProgress &p) { showProgress(p); };
    return control;
}

void VirtualRun::showProgress(const bb::RunProgress &p)
{
    if (!m_line.due())
        return;
    const double seconds = m_line.seconds();
    const double rate = seconds > 0 ? double(p.done) / bb::kSecond / seconds : 0;
    const double percent = p.total > 0 ? 100.0 * double(p.done) / double(p.total) : 100;
    QString text = QStringLiteral("virtual %1 of %2 s (%3%), %4 virtual s/s, %5 events")
                       .arg(QString::number(double(p.done) / bb::kSecond, 'f', 1), virtualSeconds(p.total))
                       .arg(percent, 0, 'f', 0)
                       .arg(rate, 0, 'f', rate < 10 ? 2 : 0)
                       .arg(p.events);
    const double left = rate > 0 ? double(p.total - p.done) / bb::kSecond / rate : 0;
    if (p.done < p.total && left >= 1)
        text += QStringLiteral(", about %1 left").arg(humanDuration(left));
    m_line.draw(text);
}

void VirtualRun::end(bb::Micros reached, bb::Micros total)
{
    m_signals.reset();
    m_line.clear();
    m_reached = reached;
    m_total = total;
}

void VirtualRun::reportInterruption(QJsonObject &json, const QString &requestedKey) const
{
    if (!interrupted())
        return;
    json.insert(QStringLiteral("interrupted"), true);
    json.insert(requestedKey, double(m_total) / bb::kSecond);
}

int VirtualRun::finish() const
{
    if (!interrupted())
        return 0;
    QTextStream(stderr) << "brokerbench-cli " << m_command << ": interrupted at " << virtualSeconds(m_reached) << " of "
                        << virtualSeconds(m_total) << " virtual s: partial report\n";
    return kInterruptedStatus;
}

} // namespace bbcli
