// The workbench file (.bbench, an SQLite database) loader: any file gives
// a workbench or a sentence saying what is wrong, never a crash or a hang;
// a workbench it accepts saves and opens again with the same scenario,
// layouts and lab results.
#include "fuzzcheck.h"

#include "topology/scenariojson.h"
#include "topology/workbenchfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

namespace {

const QTemporaryDir &folder()
{
    static const QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bb-fuzz-workbench-XXXXXX"));
    return dir;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    BB_FUZZ_CHECK(folder().isValid(), "a temporary folder for the files");
    const QString path = folder().filePath(QStringLiteral("input.bbench"));
    {
        QFile file(path);
        BB_FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the input file can be written");
        BB_FUZZ_CHECK(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size), "the input is written whole");
    }
    const auto workbench = bb::WorkbenchFile::read(path);
    if (!workbench) {
        BB_FUZZ_CHECK(!workbench.error().message.isEmpty(), "a refused file says why");
        return 0;
    }
    const QString copy = folder().filePath(QStringLiteral("saved.bbench"));
    const bb::Error saved = bb::WorkbenchFile::write(copy, *workbench);
    BB_FUZZ_CHECK(!saved, "an opened workbench can be saved");
    const auto again = bb::WorkbenchFile::read(copy);
    if (!again)
        std::fprintf(stderr, "%s\n", qPrintable(again.error().message));
    BB_FUZZ_CHECK(again.ok(), "a saved workbench opens again");
    BB_FUZZ_CHECK(bb::scenarioToJson(again->scenario) == bb::scenarioToJson(workbench->scenario), "the same scenario");
    BB_FUZZ_CHECK(again->windowState == workbench->windowState, "the same window layout");
    BB_FUZZ_CHECK(again->topologyLayout == workbench->topologyLayout, "the same diagram layout");
    BB_FUZZ_CHECK(again->labResults == workbench->labResults, "the same lab results");
    return 0;
}
