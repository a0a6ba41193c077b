#include <QCoreApplication>

#include "lab/labtext.h"

namespace bb {
namespace {

// A class lupdate can see, so it files these strings under bb::LabText.
struct LabText {
    Q_DECLARE_TR_FUNCTIONS(bb::LabText)
};

// As translated: a one-word title may carry a soft hyphen where it breaks.
QString translatedTitle(Guarantee g)
{
    switch (g) {
    case Guarantee::AtMostOnce: return LabText::tr("At most once");
    case Guarantee::AtLeastOnce: return LabText::tr("At least once");
    case Guarantee::ExactlyOnce: return LabText::tr("Exactly once");
    case Guarantee::IdempotencyKey: return LabText::tr("Idempotency key");
    }
    return {};
}

} // namespace

QString guaranteeTitle(Guarantee g)
{
    return translatedTitle(g).remove(QChar(0x00AD));
}

QString guaranteeTitle(Guarantee g, const QString &lineBreak)
{
    QString title = translatedTitle(g);
    // A one-word title (German compounds) breaks at its soft hyphen, if the
    // translation marks one; elsewhere the soft hyphen shows as nothing.
    const QChar softHyphen(0x00AD);
    if (const qsizetype space = title.lastIndexOf(QLatin1Char(' ')); space > 0)
        title.replace(space, 1, lineBreak);
    else if (const qsizetype hyphen = title.indexOf(softHyphen); hyphen > 0)
        title.replace(hyphen, 1, QLatin1Char('-') + lineBreak);
    return title.remove(softHyphen);
}

QString guaranteeMechanics(Guarantee g)
{
    switch (g) {
    case Guarantee::AtMostOnce:
        return LabText::tr("The producer sends with acks=0 and never retries; the consumer commits a batch's offsets before processing it.");
    case Guarantee::AtLeastOnce:
        return LabText::tr("The producer waits for acks=all and retries; the consumer processes a batch, then commits its offsets.");
    case Guarantee::ExactlyOnce:
        return LabText::tr("An idempotent producer; the consumer writes its effects and commits its offsets in one transaction, read back with read_committed.");
    case Guarantee::IdempotencyKey:
        return LabText::tr("At-least-once delivery; the ledger remembers the ids it applied and returns the first result for a repeat.");
    }
    return {};
}

QString outcomeName(PaymentOutcome outcome)
{
    switch (outcome) {
    case PaymentOutcome::Lost: return LabText::tr("lost");
    case PaymentOutcome::Duplicated: return LabText::tr("duplicated");
    }
    return {};
}

QString explanationHtml(Guarantee g, PaymentOutcome outcome, const Explanation &e, const QString &muted)
{
    QString why = e.text;
    if (!why.isEmpty())
        why[0] = why[0].toUpper();
    return QStringLiteral("<p style=\"margin-bottom:4px\"><b>%1</b><br><span style=\"color:%2\">%3</span></p><p>%4</p>"
                          "<p style=\"color:%2\"><b>%5</b><br>%6</p>")
        .arg(LabText::tr("Payment %1 was %2").arg(e.id).arg(outcomeName(outcome)).toHtmlEscaped(), muted,
             guaranteeTitle(g).toHtmlEscaped(), why.toHtmlEscaped(), LabText::tr("How this guarantee works").toHtmlEscaped(),
             guaranteeMechanics(g).toHtmlEscaped());
}

} // namespace bb
