#pragma once
// Transaction markers: the control batches a transaction coordinator has
// partition leaders append to end a transaction (Kafka's COMMIT/ABORT control
// records). One record whose key names the outcome; attributes
// Control|Transactional; the producer id and epoch of the transaction.
// read_committed readers never return them to applications.
// Plain functions, any thread.

#include "model/recordbatch.h"

#include <optional>

namespace bb {

RecordBatch buildTxnMarker(ProducerId producer, std::int16_t epoch, bool commit, Micros timestamp);
// true: COMMIT, false: ABORT, nullopt: not a transaction marker.
std::optional<bool> txnMarkerCommits(const RecordBatch &batch);

} // namespace bb
