// The scenario loader (scenario files, the JSON inside workbench files):
// any bytes give a scenario or an error, never a crash or a hang; and a
// scenario it accepts is saved as JSON that loads again to the same JSON
// (what File > Save writes, File > Open must read).
#include "fuzzcheck.h"

#include "topology/scenariojson.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto scenario = bb::scenarioFromJson(bytes, QStringLiteral("fuzz.json"));
    if (!scenario) {
        BB_FUZZ_CHECK(!scenario.error().message.isEmpty(), "a refused scenario says why");
        return 0;
    }
    const QByteArray saved = bb::scenarioToJson(*scenario);
    const auto again = bb::scenarioFromJson(saved, QStringLiteral("saved.json"));
    if (!again)
        std::fprintf(stderr, "%s\n", qPrintable(again.error().message));
    BB_FUZZ_CHECK(again.ok(), "a saved scenario loads again");
    BB_FUZZ_CHECK(bb::scenarioToJson(*again) == saved, "a saved scenario loads to the same JSON");
    return 0;
}
