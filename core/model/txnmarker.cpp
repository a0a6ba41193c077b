#include "txnmarker.h"

namespace bb {
namespace {
constexpr char kCommit[] = "COMMIT";
constexpr char kAbort[] = "ABORT";
} // namespace

RecordBatch buildTxnMarker(ProducerId producer, std::int16_t epoch, bool commit, Micros timestamp)
{
    RecordBatchBuilder b(RecordBatch::kHeaderSize + RecordBatch::kRecordOverhead + 8);
    b.setProducer(producer, epoch, -1);
    b.setAttributes(Control | Transactional);
    b.append(QByteArrayView(commit ? kCommit : kAbort), QByteArrayView(), timestamp);
    return b.build();
}

std::optional<bool> txnMarkerCommits(const RecordBatch &batch)
{
    if (!batch.isControl() || batch.recordCount() != 1)
        return std::nullopt;
    const QByteArrayView key = (*batch.begin()).key;
    if (key == QByteArrayView(kCommit))
        return true;
    if (key == QByteArrayView(kAbort))
        return false;
    return std::nullopt;
}

} // namespace bb
