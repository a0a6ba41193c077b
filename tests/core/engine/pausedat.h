#pragma once
// Engine tests wait for the engine's own snapshots, never for wall time:
// a loaded machine makes them slower, not wrong.

#include "engine/engine.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace bb {

// Waits (up to 10 s) until the engine has published a paused snapshot at `time`.
inline bool waitForPausedAt(Engine &engine, Micros time)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        const SnapshotPtr s = engine.latest();
        if (s && s->paused && s->time == time)
            return true;
    }
    return false;
}

} // namespace bb
