#pragma once
// The leader-epoch cache's values (KIP-101, KIP-279): where each epoch began
// in a log, and the answer a leader gives a follower asking where an epoch
// ended. Plain values: the fetch protocol (model/messages.h) carries them,
// the log (log/partitionlog.h) keeps them.

#include "model/ids.h"

namespace bb {

struct EpochEntry {
    Epoch epoch;
    Offset startOffset;
    bool operator==(const EpochEntry &) const = default;
};

struct EpochEndOffset {
    Epoch epoch = kNoEpoch; // the largest epoch <= the requested one, kNoEpoch if none
    Offset endOffset;       // first offset after that epoch (LEO for the latest epoch)
};

} // namespace bb
