#pragma once
// How a consumer starts, commits, receives and reads: plain settings that a
// consumer's configuration and the applications choosing them (the GUI's
// consume panel) share, so the latter need not see the Consumer itself.

namespace bb {

enum class OffsetReset { Earliest, Latest };
enum class CommitMode { Auto, Manual };
enum class DeliveryMode { Pull, Push };
enum class Isolation { ReadUncommitted, ReadCommitted };

} // namespace bb
