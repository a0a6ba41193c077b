#include "crc32c.h"

#include <array>
#include <cstring>

namespace bb {
namespace {

constexpr std::uint32_t kPoly = 0x82F63B78u; // Castagnoli, reflected

using Tables = std::array<std::array<std::uint32_t, 256>, 8>;

constexpr Tables makeTables()
{
    Tables t{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int k = 0; k < 8; ++k)
            c = (c >> 1) ^ ((c & 1u) ? kPoly : 0u);
        t[0][i] = c;
    }
    for (std::uint32_t i = 0; i < 256; ++i)
        for (std::size_t s = 1; s < 8; ++s)
            t[s][i] = (t[s - 1][i] >> 8) ^ t[0][t[s - 1][i] & 0xFFu];
    return t;
}

constexpr Tables kTables = makeTables();

std::uint32_t software(const unsigned char *p, std::size_t n, std::uint32_t c)
{
    while (n >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8); // little-endian host
        w ^= c;
        c = kTables[7][w & 0xFF] ^ kTables[6][(w >> 8) & 0xFF] ^ kTables[5][(w >> 16) & 0xFF]
            ^ kTables[4][(w >> 24) & 0xFF] ^ kTables[3][(w >> 32) & 0xFF] ^ kTables[2][(w >> 40) & 0xFF]
            ^ kTables[1][(w >> 48) & 0xFF] ^ kTables[0][w >> 56];
        p += 8;
        n -= 8;
    }
    while (n--)
        c = (c >> 8) ^ kTables[0][(c ^ *p++) & 0xFF];
    return c;
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
__attribute__((target("sse4.2"))) std::uint32_t hardware(const unsigned char *p, std::size_t n, std::uint32_t c)
{
    std::uint64_t c64 = c;
    while (n >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        c64 = __builtin_ia32_crc32di(c64, w);
        p += 8;
        n -= 8;
    }
    c = std::uint32_t(c64);
    while (n--)
        c = __builtin_ia32_crc32qi(c, *p++);
    return c;
}

// Asked in a static initializer, so the CPU model must be read first.
const bool kHardware = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("sse4.2") != 0;
}();
#endif

} // namespace

std::uint32_t crc32c(const void *data, std::size_t size, std::uint32_t crc)
{
    const auto *p = static_cast<const unsigned char *>(data);
    std::uint32_t c = ~crc;
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (kHardware)
        return ~hardware(p, size, c);
#endif
    return ~software(p, size, c);
}

std::uint32_t crc32cPortable(const void *data, std::size_t size, std::uint32_t crc)
{
    return ~software(static_cast<const unsigned char *>(data), size, ~crc);
}

} // namespace bb
