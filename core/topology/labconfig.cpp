#include "labconfig.h"

namespace bb {
namespace {

struct GuaranteeName {
    Guarantee g;
    const char *name;
};
constexpr GuaranteeName kNames[] = {{Guarantee::AtMostOnce, "at-most-once"},
                                    {Guarantee::AtLeastOnce, "at-least-once"},
                                    {Guarantee::ExactlyOnce, "exactly-once"},
                                    {Guarantee::IdempotencyKey, "idempotency-key"}};

} // namespace

const char *guaranteeName(Guarantee g)
{
    for (const auto &n : kNames)
        if (n.g == g)
            return n.name;
    return "?";
}

bool guaranteeFromName(const QString &name, Guarantee &out)
{
    for (const auto &n : kNames)
        if (name == QLatin1String(n.name)) {
            out = n.g;
            return true;
        }
    return false;
}

} // namespace bb
