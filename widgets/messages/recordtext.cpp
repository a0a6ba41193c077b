#include <QCoreApplication>
#include <QStringDecoder>

#include "messages/recordtext.h"

#include "model/recordtag.h"

namespace bb {
namespace {

QString cut(QString text, int maxChars)
{
    if (maxChars > 0 && text.size() > maxChars) {
        text.truncate(maxChars - 1);
        text += QChar(0x2026);
    }
    return text;
}

} // namespace

bool isPrintableText(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return false;
    for (QChar c : text)
        if ((c.category() == QChar::Other_Control && c != QLatin1Char('\t') && c != QLatin1Char('\n'))
            || c == QChar::ReplacementCharacter)
            return false;
    return true;
}

QString recordBytesText(const QByteArray &bytes, int maxChars)
{
    if (isPrintableText(bytes))
        return cut(QString::fromUtf8(bytes).replace(QLatin1Char('\n'), QChar(0x21b5)), maxChars);
    // Hex, two digits a byte; only as many bytes as fit.
    const int limit = maxChars > 0 ? std::max(1, (maxChars + 1) / 3) : int(bytes.size());
    QString hex = QString::fromLatin1(bytes.left(limit).toHex(' '));
    if (bytes.size() > limit)
        hex += QChar(0x2026);
    return hex;
}

QString recordValueText(const QByteArray &value, std::int64_t generatorSequence, int maxChars)
{
    if (generatorSequence < 0 || value.size() < RecordTag::kSize)
        return recordBytesText(value, maxChars);
    const QString prefix = QStringLiteral("#%1 ").arg(generatorSequence);
    return prefix + recordBytesText(value.mid(RecordTag::kSize), maxChars > 0 ? std::max(4, int(maxChars - prefix.size())) : 0);
}

} // namespace bb
