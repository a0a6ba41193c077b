#pragma once
// How `check` runs its seeds: on --threads threads (bb::runSeeds hands the
// outcomes back in seed order, so the report does not depend on them), with
// a progress line on standard error when it is a terminal (logs stay clean),
// and Ctrl-C stopping it after the seeds in progress, with a partial report.

#include "interrupt.h"
#include "progressline.h"

#include "lab/seedpool.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace bbcli {

class SeedRun {
public:
    // Parses check's --from, --seeds and --threads; prints why and returns
    // false when one is out of range. `command` is how to run the same check
    // again ("brokerbench-cli check --lab"): the partial report says how to
    // go on with it.
    bool prepare(const QCommandLineParser &parser, const QString &command);

    quint64 from() const { return m_from; }
    quint64 seeds() const { return m_seeds; }

    // Runs every seed: job(seed) on the pool's threads, take(outcome) in
    // seed order on this one; take returns how many violations the outcome
    // has (for the progress line). Call once.
    template <class Outcome, class Job, class Take>
    void run(Job job, Take take)
    {
        begin();
        m_ran = bb::runSeeds<Outcome>(
            m_from, m_seeds, m_threads, StopOnSignals::flag(), job,
            [&](Outcome &&o) {
                if (m_line.sharedTerminal())
                    m_line.clear(); // the report's text would run into the line
                m_violations += quint64(take(std::move(o)));
            },
            [&](quint64 done) { showProgress(done); });
        end();
    }

    // How many seeds ran: all of them, unless Ctrl-C stopped the run.
    quint64 ran() const { return m_ran; }
    bool interrupted() const { return m_ran < m_seeds; }

    // The partial report's first line (text) or fields (JSON); nothing when
    // every seed ran.
    void reportInterruption(QTextStream &out) const;
    void reportInterruption(QJsonObject &json) const;
    // The exit status: kInterruptedStatus when stopped, else 1 on a
    // violation and 0 without.
    int status(bool violations) const;

private:
    void begin();
    void end();
    void showProgress(quint64 done);
    QString resumeCommand() const;

    QString m_command;
    quint64 m_from = 0, m_seeds = 0, m_ran = 0, m_violations = 0;
    int m_threads = 1;
    std::optional<StopOnSignals> m_signals; // while the seeds run
    ProgressLine m_line;
    bool m_stopping = false; // said that Ctrl-C was seen
};

} // namespace bbcli
