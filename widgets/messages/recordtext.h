#pragma once
// How record bytes read on screen: text when they are printable UTF-8,
// otherwise hex; a load generator's binary tag at the start of a value is
// shown as its sequence number ("#1234 ") before the rest. Free functions;
// any thread.

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace bb {

// `maxChars` <= 0: no limit; otherwise cut with an ellipsis.
QString recordBytesText(const QByteArray &bytes, int maxChars = 0);
// A value as the browser shows it (generatorSequence >= 0: it carries the tag).
QString recordValueText(const QByteArray &value, std::int64_t generatorSequence, int maxChars = 0);
// The bytes as indented JSON, or a null string when they are not JSON.
QString recordJsonText(const QByteArray &bytes);
// A hex dump, 16 bytes a line: offset, hex, and the printable ASCII
// characters; at most `maxBytes` (then a last line says how many more).
QString recordHexDump(const QByteArray &bytes, int maxBytes);
// The bytes after a load generator's tag (generatorSequence >= 0), else all.
QByteArray recordPayload(const QByteArray &value, std::int64_t generatorSequence);
// True when the bytes are valid UTF-8 without control characters (tab,
// newline allowed).
bool isPrintableText(const QByteArray &bytes);

} // namespace bb
