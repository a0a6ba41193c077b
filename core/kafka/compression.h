#pragma once
// The compression codecs of Kafka's record batches (attributes bits 0-2):
// 1 gzip, 2 snappy (raw, or in the xerial framing Java clients write),
// 3 lz4 (the LZ4 frame format), 4 zstd. Batches arrive compressed and are
// stored uncompressed; consumers get them so (every client reads both).
// Output is bounded, so a small batch cannot expand into gigabytes.
// Plain functions, any thread.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace bb::kafka {

// The uncompressed bytes, or a null array with `why` set.
QByteArray decompress(int codec, QByteArrayView data, qsizetype limit, QString *why);

} // namespace bb::kafka
