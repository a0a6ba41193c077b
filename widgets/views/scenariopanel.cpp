#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include "common/richtextpane.h"
#include "views/scenariopanel.h"

#include "common/format.h"

#include <map>

/*
    TRANSLATOR bb::ScenarioPanel

    A scenario's title and description come from its file, and the fault
    plan's lines from the engine (core): they stay in English. Only the
    panel's own words are translated.
*/

namespace bb {

ScenarioPanel::ScenarioPanel(QWidget *parent)
    : QWidget(parent)
    , m_label(makeRichTextPane(this))
{
}

int ScenarioPanel::heightForWidth(int width) const
{
    // Leave room for a vertical scroll bar: the text may wrap narrower.
    return m_label->heightForWidth(width - style()->pixelMetric(QStyle::PM_ScrollBarExtent)) + fontMetrics().lineSpacing();
}

QString ScenarioPanel::text() const
{
    return m_label->text();
}

void ScenarioPanel::setScenario(const Scenario &scenario)
{
    m_scenario = scenario;
    render();
}

// The colours are written into the HTML: a new theme needs it written again.
void ScenarioPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void ScenarioPanel::render()
{
    const Scenario &s = m_scenario;
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    QString html = QStringLiteral("<p style=\"margin-bottom:4px\"><b>%1</b><br><span style=\"color:%2\">%3</span></p>")
                       .arg(s.title.toHtmlEscaped(), muted,
                            tr("%1 · seed %2 · %3 nodes").arg(s.name.toHtmlEscaped()).arg(s.seed).arg(s.cluster.nodes.size()));
    if (!s.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(s.description.toHtmlEscaped());
    if (s.faults.faults.empty()) {
        html += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(muted, tr("No scheduled faults: use the buttons on the node cards."));
    } else {
        // Faults at the same moment read as one line.
        std::map<Micros, QStringList> byTime;
        for (const Fault &f : s.faults.faults)
            byTime[f.at] << describeFault(f).toHtmlEscaped();
        html += QStringLiteral("<p style=\"margin-bottom:2px\"><b>%1</b></p><table cellspacing=\"2\">").arg(tr("Fault plan"));
        for (const auto &[at, faults] : byTime)
            html += QStringLiteral("<tr><td align=\"right\" style=\"color:%1; padding-right:8px\">%2</td><td>%3</td></tr>")
                        .arg(muted, formatVirtualTime(at).toHtmlEscaped(), faults.join(QStringLiteral("<br>")));
        html += QStringLiteral("</table>");
    }
    m_label->setText(html);
}

} // namespace bb
