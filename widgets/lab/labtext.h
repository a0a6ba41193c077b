#pragma once
// Words for the semantics lab's views: each delivery guarantee's title and
// how it is built (what the producer and the consumer do), and the rich
// text that explains one lost or duplicated payment. Free functions; GUI
// thread (translations).

#include "lab/labreport.h"

#include <QString>

namespace bb {

enum class PaymentOutcome { Lost, Duplicated };

QString guaranteeTitle(Guarantee g);     // "At most once"
// The title on two lines, broken at its last space by `lineBreak`.
QString guaranteeTitle(Guarantee g, const QString &lineBreak);
QString guaranteeMechanics(Guarantee g); // "acks=0, no retries; commits before processing"
QString outcomeName(PaymentOutcome outcome);
// The explanation pane's HTML: the payment, its mode and outcome, the
// lab's account of why, and how the mode is built. `muted` colours the
// secondary lines.
QString explanationHtml(Guarantee g, PaymentOutcome outcome, const Explanation &e, const QString &muted);

} // namespace bb
