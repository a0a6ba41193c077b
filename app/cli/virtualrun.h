#pragma once
// How run and lab go through virtual time on the command line: a progress
// line on standard error when it is a terminal (virtual seconds done of the
// total, how fast, events so far), and Ctrl-C or SIGTERM stopping the run
// at the next slice of virtual time with a partial report and status 130.

#include "interrupt.h"
#include "progressline.h"

#include "lab/runslices.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace bbcli {

class VirtualRun {
public:
    // `command` names it in messages: "run" or "lab".
    explicit VirtualRun(QString command) : m_command(std::move(command)) {}

    // Installs the signal handlers and starts the progress line; the
    // control is for bb::runScenario or SemanticsLab::runToEnd.
    bb::RunControl start();
    // After the run, before its report: puts the signal handlers back and
    // erases the progress line. `reached` of `total` virtual time ran.
    void end(bb::Micros reached, bb::Micros total);

    bool interrupted() const { return m_reached < m_total; }
    // "interrupted": true and the virtual time asked for (under `requestedKey`),
    // when interrupted; the report's own fields say how far it got.
    void reportInterruption(QJsonObject &json, const QString &requestedKey) const;
    // After the report: says on standard error where it stopped, when
    // interrupted. Returns the exit status, kInterruptedStatus or 0.
    int finish() const;

private:
    void showProgress(const bb::RunProgress &p);

    QString m_command;
    std::optional<StopOnSignals> m_signals;
    ProgressLine m_line;
    bb::Micros m_reached = 0, m_total = 0;
};

// Virtual seconds as the reports print them: "3600", "12.3457".
QString virtualSeconds(bb::Micros t);

} // namespace bbcli
