#pragma once
// Runs the seeds of a randomized check on several threads. Each seed is
// independent and replays exactly, so the outcomes are handed back on the
// calling thread in seed order: a report built from them is the same, byte
// for byte, whatever the number of threads.
//
// Seeds are handed out in order and a seed that started always finishes, so
// when `stop` is set (Ctrl-C) the seeds that ran are always a prefix of the
// range: from .. from + ran - 1, and the rest can be run later with --from.

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace bb {

// job(seed) -> Outcome runs on a pool thread; take(Outcome &&) and
// tick(done) run on the calling thread: take in seed order, tick at least
// every `tickEvery` and after outcomes were taken, with the number of seeds
// finished so far (taken or not). Returns how many seeds ran (all were taken).
template <class Outcome, class Job, class Take, class Tick>
std::uint64_t runSeeds(std::uint64_t from, std::uint64_t count, int threads, const std::atomic<bool> &stop,
                       Job job, Take take, Tick tick,
                       std::chrono::milliseconds tickEvery = std::chrono::milliseconds(100))
{
    std::mutex mutex;
    std::condition_variable changed;
    std::map<std::uint64_t, Outcome> ready; // finished seeds (by index) not yet taken
    std::uint64_t handed = 0, done = 0;
    const int workers = int(std::clamp<std::uint64_t>(std::uint64_t(std::max(threads, 1)), 1, std::max<std::uint64_t>(count, 1)));
    int running = workers;

    const auto work = [&] {
        for (;;) {
            std::uint64_t index = 0;
            {
                std::lock_guard lock(mutex);
                if (handed == count || stop.load())
                    break;
                index = handed++;
            }
            Outcome outcome = job(from + index);
            {
                std::lock_guard lock(mutex);
                ready.emplace(index, std::move(outcome));
                ++done;
            }
            changed.notify_one();
        }
        {
            std::lock_guard lock(mutex);
            --running;
        }
        changed.notify_one();
    };
    std::vector<std::thread> pool;
    pool.reserve(std::size_t(workers));
    for (int i = 0; i < workers; ++i)
        pool.emplace_back(work);

    std::uint64_t taken = 0;
    std::unique_lock lock(mutex);
    const auto nextReady = [&] { return !ready.empty() && ready.begin()->first == taken; };
    for (;;) {
        changed.wait_for(lock, tickEvery, [&] { return nextReady() || running == 0; });
        // Every seed handed out finishes before its worker stops, so once
        // none runs, the ready ones are exactly the next to take.
        const bool finished = running == 0;
        while (nextReady()) {
            auto node = ready.extract(ready.begin());
            lock.unlock();
            take(std::move(node.mapped()));
            lock.lock();
            ++taken;
        }
        const std::uint64_t soFar = done;
        lock.unlock();
        tick(soFar);
        lock.lock();
        if (finished)
            break;
    }
    lock.unlock();
    for (std::thread &t : pool)
        t.join();
    return taken;
}

} // namespace bb
