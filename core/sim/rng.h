#pragma once
// Rng: the only source of randomness in a simulation (xoshiro256**, seeded
// through splitmix64). Same seed, same sequence, on every platform.
// Owned by whoever needs an independent stream (fork() derives one).

#include <cstdint>

namespace bb {

class Rng {
public:
    explicit Rng(std::uint64_t seed = 0) { reseed(seed); }
    void reseed(std::uint64_t seed);

    std::uint64_t next();
    // Uniform in [0, bound); bound > 0.
    std::uint64_t below(std::uint64_t bound);
    // Uniform in [lo, hi] (inclusive).
    std::int64_t between(std::int64_t lo, std::int64_t hi);
    // Uniform in [0, 1).
    double real();
    bool chance(double p) { return p > 0 && real() < p; }
    // An independent stream derived from this one.
    Rng fork() { return Rng(next()); }

private:
    std::uint64_t m_s[4];
};

} // namespace bb
