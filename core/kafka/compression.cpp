#include "kafka/compression.h"

#include <QtEndian>

#include <lz4frame.h>
#include <snappy-c.h>
#include <zlib.h>
#include <zstd.h>

#include <memory>

namespace bb::kafka {

namespace {

QByteArray fail(QString *why, const QString &text)
{
    *why = text;
    return {};
}

// Grows `out` in steps while `step` produces; refuses past `limit`.
QByteArray gunzip(QByteArrayView in, qsizetype limit, QString *why)
{
    z_stream z{};
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) // 16: a gzip header
        return fail(why, QStringLiteral("gzip: cannot start"));
    QByteArray out;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    z.avail_in = uInt(in.size());
    int rc = Z_OK;
    while (rc == Z_OK) {
        if (out.size() >= limit) {
            inflateEnd(&z);
            return fail(why, QStringLiteral("gzip: the batch expands past %1 bytes").arg(limit));
        }
        const qsizetype have = out.size();
        out.resize(std::min(limit, std::max<qsizetype>(have * 2, 64 * 1024)));
        z.next_out = reinterpret_cast<Bytef *>(out.data() + have);
        z.avail_out = uInt(out.size() - have);
        rc = inflate(&z, Z_NO_FLUSH);
        out.resize(out.size() - z.avail_out);
        if (rc == Z_BUF_ERROR && z.avail_in > 0)
            rc = Z_OK; // the output was full: grow it
    }
    inflateEnd(&z);
    if (rc != Z_STREAM_END)
        return fail(why, QStringLiteral("gzip: the data is damaged or truncated"));
    return out;
}

QByteArray unsnappyBlock(QByteArrayView in, qsizetype limit, QString *why)
{
    size_t length = 0;
    if (snappy_uncompressed_length(in.data(), size_t(in.size()), &length) != SNAPPY_OK || qsizetype(length) > limit)
        return fail(why, QStringLiteral("snappy: the data is damaged or expands past %1 bytes").arg(limit));
    QByteArray out(qsizetype(length), Qt::Uninitialized);
    if (snappy_uncompress(in.data(), size_t(in.size()), out.data(), &length) != SNAPPY_OK)
        return fail(why, QStringLiteral("snappy: the data is damaged"));
    return out;
}

QByteArray unsnappy(QByteArrayView in, qsizetype limit, QString *why)
{
    // Java clients write xerial's framing: a 16-byte header, then blocks
    // each preceded by its big-endian length.
    static constexpr char kXerial[] = "\x82SNAPPY\x00";
    if (in.size() < 16 || std::memcmp(in.data(), kXerial, 8) != 0)
        return unsnappyBlock(in, limit, why);
    QByteArray out;
    qsizetype at = 16;
    while (at < in.size()) {
        if (in.size() - at < 4)
            return fail(why, QStringLiteral("snappy: a block length is truncated"));
        const qsizetype n = qFromBigEndian<std::int32_t>(in.data() + at);
        at += 4;
        if (n < 0 || n > in.size() - at)
            return fail(why, QStringLiteral("snappy: a block runs past the batch"));
        const QByteArray block = unsnappyBlock(in.sliced(at, n), limit - out.size(), why);
        if (block.isNull())
            return {};
        out += block;
        at += n;
    }
    return out;
}

QByteArray unlz4(QByteArrayView in, qsizetype limit, QString *why)
{
    LZ4F_dctx *raw = nullptr;
    if (LZ4F_isError(LZ4F_createDecompressionContext(&raw, LZ4F_VERSION)))
        return fail(why, QStringLiteral("lz4: cannot start"));
    std::unique_ptr<LZ4F_dctx, decltype(&LZ4F_freeDecompressionContext)> ctx(raw, LZ4F_freeDecompressionContext);
    QByteArray out;
    const char *src = in.data();
    size_t left = size_t(in.size());
    size_t hint = 1;
    while (left > 0 && hint != 0) {
        if (out.size() >= limit)
            return fail(why, QStringLiteral("lz4: the batch expands past %1 bytes").arg(limit));
        const qsizetype have = out.size();
        out.resize(std::min(limit, std::max<qsizetype>(have * 2, 64 * 1024)));
        size_t produced = size_t(out.size() - have);
        size_t consumed = left;
        hint = LZ4F_decompress(ctx.get(), out.data() + have, &produced, src, &consumed, nullptr);
        if (LZ4F_isError(hint))
            return fail(why, QStringLiteral("lz4: %1").arg(QString::fromLatin1(LZ4F_getErrorName(hint))));
        out.resize(have + qsizetype(produced));
        src += consumed;
        left -= consumed;
        if (consumed == 0 && produced == 0)
            break;
    }
    if (hint != 0)
        return fail(why, QStringLiteral("lz4: the frame is truncated"));
    return out;
}

QByteArray unzstd(QByteArrayView in, qsizetype limit, QString *why)
{
    std::unique_ptr<ZSTD_DStream, decltype(&ZSTD_freeDStream)> stream(ZSTD_createDStream(), ZSTD_freeDStream);
    if (!stream || ZSTD_isError(ZSTD_initDStream(stream.get())))
        return fail(why, QStringLiteral("zstd: cannot start"));
    QByteArray out;
    ZSTD_inBuffer src{in.data(), size_t(in.size()), 0};
    size_t rc = 1;
    while (rc != 0) {
        if (out.size() >= limit)
            return fail(why, QStringLiteral("zstd: the batch expands past %1 bytes").arg(limit));
        const qsizetype have = out.size();
        out.resize(std::min(limit, std::max<qsizetype>(have * 2, 64 * 1024)));
        ZSTD_outBuffer dst{out.data() + have, size_t(out.size() - have), 0};
        rc = ZSTD_decompressStream(stream.get(), &dst, &src);
        if (ZSTD_isError(rc))
            return fail(why, QStringLiteral("zstd: %1").arg(QString::fromLatin1(ZSTD_getErrorName(rc))));
        out.resize(have + qsizetype(dst.pos));
        if (rc != 0 && src.pos == src.size && dst.pos < dst.size)
            return fail(why, QStringLiteral("zstd: the frame is truncated"));
    }
    return out;
}

} // namespace

QByteArray decompress(int codec, QByteArrayView data, qsizetype limit, QString *why)
{
    switch (codec) {
    case 1: return gunzip(data, limit, why);
    case 2: return unsnappy(data, limit, why);
    case 3: return unlz4(data, limit, why);
    case 4: return unzstd(data, limit, why);
    default: return fail(why, QStringLiteral("compression codec %1 is not one of Kafka's (1 to 4)").arg(codec));
    }
}

} // namespace bb::kafka
