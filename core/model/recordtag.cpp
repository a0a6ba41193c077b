#include "recordtag.h"

#include <cstring>

namespace bb {

bool RecordTag::read(QByteArrayView value, RecordTag &out)
{
    if (value.size() < kSize)
        return false;
    std::uint32_t magic;
    std::memcpy(&magic, value.data(), 4);
    if (magic != kMagic)
        return false;
    std::memcpy(&out.generator, value.data() + 4, 4);
    std::memcpy(&out.sequence, value.data() + 8, 8);
    return true;
}

void RecordTag::write(char *out) const
{
    std::memcpy(out, &kMagic, 4);
    std::memcpy(out + 4, &generator, 4);
    std::memcpy(out + 8, &sequence, 8);
}

} // namespace bb
