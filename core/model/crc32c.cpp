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
// The crc32 instruction takes 3 cycles but can start one each cycle: three
// independent streams over three neighbouring blocks keep it busy, and the
// three results are joined by shifting a CRC over a block of zeros (a GF(2)
// linear map, tabulated once; the method of Mark Adler's crc32c.c).
constexpr std::size_t kBlock = 256; // a power of two (see zerosOperator)

using Matrix = std::array<std::uint32_t, 32>;

std::uint32_t times(const Matrix &m, std::uint32_t v)
{
    std::uint32_t sum = 0;
    for (int i = 0; v; v >>= 1, ++i)
        if (v & 1u)
            sum ^= m[std::size_t(i)];
    return sum;
}

Matrix square(const Matrix &m)
{
    Matrix out{};
    for (std::size_t i = 0; i < 32; ++i)
        out[i] = times(m, m[i]);
    return out;
}

// The operator that appends `bytes` zero bytes (a power of two) to a CRC.
Matrix zerosOperator(std::size_t bytes)
{
    Matrix op{}; // one zero bit
    op[0] = kPoly;
    for (std::size_t i = 1; i < 32; ++i)
        op[i] = 1u << (i - 1);
    for (std::size_t bits = 1; bits < bytes * 8; bits <<= 1)
        op = square(op);
    return op;
}

using ShiftTable = std::array<std::array<std::uint32_t, 256>, 4>;

const ShiftTable kBlockShift = [] {
    const Matrix op = zerosOperator(kBlock);
    ShiftTable t{};
    for (std::uint32_t i = 0; i < 256; ++i)
        for (std::size_t b = 0; b < 4; ++b)
            t[b][i] = times(op, i << (8 * b));
    return t;
}();

std::uint32_t shiftBlock(std::uint32_t c)
{
    return kBlockShift[0][c & 0xFF] ^ kBlockShift[1][(c >> 8) & 0xFF] ^ kBlockShift[2][(c >> 16) & 0xFF]
        ^ kBlockShift[3][c >> 24];
}

__attribute__((target("sse4.2"))) std::uint32_t hardware(const unsigned char *p, std::size_t n, std::uint32_t c)
{
    std::uint64_t c64 = c;
    while (n >= 3 * kBlock) {
        std::uint64_t c1 = 0, c2 = 0;
        for (std::size_t i = 0; i < kBlock; i += 8) {
            std::uint64_t w0, w1, w2;
            std::memcpy(&w0, p + i, 8);
            std::memcpy(&w1, p + kBlock + i, 8);
            std::memcpy(&w2, p + 2 * kBlock + i, 8);
            c64 = __builtin_ia32_crc32di(c64, w0);
            c1 = __builtin_ia32_crc32di(c1, w1);
            c2 = __builtin_ia32_crc32di(c2, w2);
        }
        c64 = shiftBlock(std::uint32_t(c64)) ^ std::uint32_t(c1);
        c64 = shiftBlock(std::uint32_t(c64)) ^ std::uint32_t(c2);
        p += 3 * kBlock;
        n -= 3 * kBlock;
    }
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
