#pragma once
// CRC-32C (Castagnoli), the checksum Kafka's record batches carry and the
// one this project's batches carry in memory and on disk. On x86-64 with
// SSE 4.2 it uses the crc32 instruction (about 8 bytes per cycle); elsewhere
// a slicing-by-8 table. Debian 12 packages no CRC-32C library (Google's
// crc32c is not in it), hence this small one.

#include <cstddef>
#include <cstdint>

namespace bb {

// Extends `crc` (0 to start) over `size` bytes: crc32c(ab) ==
// crc32c(b, crc32c(a)).
std::uint32_t crc32c(const void *data, std::size_t size, std::uint32_t crc = 0);
// The table version whatever the CPU (tests compare the two).
std::uint32_t crc32cPortable(const void *data, std::size_t size, std::uint32_t crc = 0);

} // namespace bb
