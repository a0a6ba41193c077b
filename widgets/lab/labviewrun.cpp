// LabView: running the lab, showing its progress and outcome, and the
// workbench's saved results.
#include <QComboBox>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTableView>

#include "lab/labview.h"

#include "common/format.h"
#include "lab/faulttimeline.h"
#include "lab/labchart.h"
#include "lab/labexamplemodel.h"
#include "lab/labmodemodel.h"
#include "lab/semanticslab.h"

namespace bb {

bool LabView::isRunning() const { return m_runner->isRunning(); }

void LabView::run()
{
    const Scenario *s = selectedScenario();
    if (!s || isRunning())
        return;
    const std::uint64_t seed = std::uint64_t(m_seed->value());
    m_runTitle = tr("%1, seed %2").arg(s->name).arg(seed);
    m_end = SemanticsLab::duration(*s->lab);
    m_timeline->setMarks(labTimeline(*s), m_end);
    showNothingYet();
    m_timeline->setTime(0);
    showExplanationHint(tr("Lost and duplicated payments are listed here when the run ends."));
    setStatus(tr("Starting %1…").arg(m_runTitle));
    m_runner->start(*s, seed, chosenSpeed());
    updateControls();
}

void LabView::cancel() { m_runner->cancel(); }

void LabView::onStarted(Micros end)
{
    m_end = end;
}

void LabView::onProgress(const LabProgress &p)
{
    showCounters(p.modes, false);
    m_timeline->setTime(p.time);
    setStatus(tr("Running: %1 of %2").arg(formatVirtualTime(p.time), formatVirtualTime(p.end)));
}

void LabView::onFinished(const LabReport &report)
{
    showReport(report);
    setStatus(tr("Finished at %1 · trace %2").arg(formatVirtualTime(report.time)).arg(report.traceHash, 16, 16, QLatin1Char('0')));
    updateControls();
    const LabResult result = toLabResult(report, m_runTitle);
    m_shownJson = result.json;
    Q_EMIT resultReady(result);
}

void LabView::onCancelled(Micros time)
{
    m_timeline->setTime(time);
    showExplanationHint(tr("The run was cancelled: nothing was kept. Run it again to see its lost and duplicated payments."));
    setStatus(tr("Cancelled at %1; the counters are where the run stopped.").arg(formatVirtualTime(time)));
    updateControls();
}

void LabView::onFailed(const QString &message)
{
    setStatus(message, true);
    updateControls();
}

void LabView::showCounters(const std::vector<ModeResult> &modes, bool final)
{
    m_modeModel->setResults(modes, final);
    m_chart->setResults(modes, final);
}

void LabView::showReport(const LabReport &report)
{
    showCounters(report.modes, true);
    m_timeline->setTime(report.time);
    m_exampleModel->setResults(report.modes);
    updateExamplesTab();
    if (m_exampleModel->rowCount() == 0)
        showExplanationHint(tr("No payment was lost or duplicated in this run."));
    else
        showExplanationHint(tr("Click a payment to see why it was lost or duplicated."));
}

LabResult LabView::toLabResult(const LabReport &report, const QString &title)
{
    return {title, report.scenario, report.seed, QDateTime::currentDateTimeUtc(),
            QJsonDocument(toJson(report)).toJson(QJsonDocument::Compact)};
}

void LabView::setSavedResults(const std::vector<LabResult> &results)
{
    m_saved = results;
    m_savedCombo->clear();
    const QDate today = QDate::currentDate();
    for (const LabResult &r : m_saved) {
        const QDateTime at = r.savedAt.toLocalTime();
        const QString when = at.date() == today ? QLocale().toString(at.time(), QLocale::ShortFormat)
                                                : QLocale().toString(at, QLocale::ShortFormat);
        m_savedCombo->addItem(tr("%1 · %2").arg(when, r.title));
    }
    if (m_saved.empty())
        m_savedCombo->addItem(tr("None yet"));
    m_savedCombo->setCurrentIndex(m_saved.empty() ? 0 : int(m_saved.size()) - 1);
    updateControls();
    // A run going on, or the one just finished, stays in view.
    if (isRunning() || (!m_saved.empty() && m_saved.back().json == m_shownJson))
        return;
    if (m_saved.empty())
        showNothingYet();
    else
        showSaved(int(m_saved.size()) - 1);
}

// The selected scenario's modes without counters: the table and the chart
// show what a run will compare before there is one.
void LabView::showNothingYet()
{
    std::vector<ModeResult> modes;
    if (const Scenario *s = selectedScenario())
        for (Guarantee g : s->lab->modes) {
            ModeResult r;
            r.mode = g;
            modes.push_back(r);
        }
    m_modeModel->setResults(modes, false);
    m_chart->clear();
    m_chart->setResults(modes, false);
    m_exampleModel->clear();
    updateExamplesTab();
    m_timeline->setTime(-1);
    m_shownJson.clear();
}

void LabView::showSaved(int index)
{
    if (index < 0 || index >= int(m_saved.size()) || isRunning())
        return;
    const LabResult &saved = m_saved[std::size_t(index)];
    auto report = labReportFromJson(saved.json, tr("The saved run \"%1\"").arg(saved.title));
    if (!report) {
        setStatus(report.error().message, true);
        return;
    }
    // Its fault plan, if the scenario it ran is still offered.
    m_timeline->setMarks({}, report->time);
    for (const Scenario &s : m_choices)
        if (s.name == saved.scenario) {
            m_timeline->setMarks(labTimeline(s), std::max(report->time, SemanticsLab::duration(*s.lab)));
            break;
        }
    showReport(*report);
    m_shownJson = saved.json;
    setStatus(tr("Saved run: %1 · trace %2").arg(saved.title).arg(report->traceHash, 16, 16, QLatin1Char('0')));
}

void LabView::showExplanation(int row)
{
    if (row < 0 || row >= m_exampleModel->rowCount())
        return;
    const LabExampleModel::Row &r = m_exampleModel->row(row);
    m_explanation->setText(explanationHtml(r.mode, r.outcome, r.explanation, palette().color(QPalette::PlaceholderText).name()));
}

void LabView::showExplanationHint(const QString &hint)
{
    m_explanation->setText(QStringLiteral("<p style=\"color:%1\">%2</p>").arg(palette().color(QPalette::PlaceholderText).name(), hint.toHtmlEscaped()));
}

} // namespace bb
