#include "rng.h"

namespace bb {
namespace {

std::uint64_t splitmix(std::uint64_t &x)
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

} // namespace

void Rng::reseed(std::uint64_t seed)
{
    for (auto &s : m_s)
        s = splitmix(seed);
}

std::uint64_t Rng::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

std::uint64_t Rng::below(std::uint64_t bound)
{
    // Lemire's multiply-shift with rejection: unbiased and platform independent.
    std::uint64_t x = next();
    __uint128_t m = __uint128_t(x) * bound;
    std::uint64_t l = std::uint64_t(m);
    if (l < bound) {
        const std::uint64_t t = -bound % bound;
        while (l < t) {
            x = next();
            m = __uint128_t(x) * bound;
            l = std::uint64_t(m);
        }
    }
    return std::uint64_t(m >> 64);
}

std::int64_t Rng::between(std::int64_t lo, std::int64_t hi)
{
    return lo + std::int64_t(below(std::uint64_t(hi - lo) + 1));
}

double Rng::real() { return double(next() >> 11) * 0x1.0p-53; }

} // namespace bb
