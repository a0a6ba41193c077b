#pragma once
// LabView: the delivery-semantics lab, run and watched. The user picks a
// scenario with a lab section (the loaded one, or a bundled one) and a
// seed and presses Run; the lab runs on its own thread (LabRunner) and
// every step of virtual time moves the counters of all modes side by side,
// the bars of the outcome chart and the current time on the fault
// timeline. When the run ends, its lost and duplicated payments are listed,
// and a click on one shows the lab's account of why in the text pane; the
// result goes out (resultReady) for the workbench to keep. Saved results of
// the workbench can be picked and shown again. GUI thread.

#include "lab/labrunner.h"
#include "topology/workbenchfile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSplitter;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace bb {

class ColumnFitter;
class FaultTimeline;
class LabChart;
class LabExampleModel;
class LabModeModel;

class LabView : public QWidget {
    Q_OBJECT
public:
    explicit LabView(QWidget *parent = nullptr);
    ~LabView() override;

    // The workbench's scenario: offered first when it has a lab section.
    void setCurrentScenario(const Scenario &scenario);
    // The workbench's saved lab results; the newest is shown unless a run
    // is going on.
    void setSavedResults(const std::vector<LabResult> &results);

    // Selects the offered scenario named `name`; false if none is.
    bool selectScenario(const QString &name);
    const Scenario *selectedScenario() const;
    void run();
    void cancel();
    bool isRunning() const;
    // The result of the last finished run, as the workbench keeps it.
    static LabResult toLabResult(const LabReport &report, const QString &title);

    QComboBox *scenarioCombo() const { return m_scenarioCombo; }
    QSpinBox *seedSpin() const { return m_seed; }
    QComboBox *speedCombo() const { return m_speedCombo; }
    QComboBox *savedCombo() const { return m_savedCombo; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    LabModeModel *modeModel() const { return m_modeModel; }
    LabExampleModel *exampleModel() const { return m_exampleModel; }
    QTableView *modeTable() const { return m_modeTable; }
    QTableView *exampleTable() const { return m_exampleTable; }
    // Above the list: how many of the lost and duplicated payments it shows.
    QLabel *examplesNote() const { return m_examplesNote; }
    LabChart *chart() const { return m_chart; }
    QTabWidget *tabs() const { return m_tabs; }
    FaultTimeline *timeline() const { return m_timeline; }
    LabRunner *runner() const { return m_runner; }
    QString statusText() const;
    QString explanationText() const;

Q_SIGNALS:
    void resultReady(const bb::LabResult &result);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createControls();
    QWidget *createBody();
    void fillScenarioCombo(const QString &keep);
    void scenarioChosen();
    void updateControls();
    void setStatus(const QString &text, bool error = false);
    void elideStatus();
    void updateExamplesTab();
    void showCounters(const std::vector<ModeResult> &modes, bool final);
    void showReport(const LabReport &report);
    void showSaved(int index);
    void showNothingYet();
    void showExplanation(int row);
    void showExplanationHint(const QString &hint);
    double chosenSpeed() const;

    void onStarted(Micros end);
    void onProgress(const LabProgress &progress);
    void onFinished(const LabReport &report);
    void onCancelled(Micros time);
    void onFailed(const QString &message);

    LabRunner *m_runner;
    LabModeModel *m_modeModel;
    LabExampleModel *m_exampleModel;
    std::vector<Scenario> m_bundled; // with a lab section, read once
    std::optional<Scenario> m_current;
    std::vector<Scenario> m_choices; // what the scenario combo offers, in its order
    std::vector<LabResult> m_saved;
    Micros m_end = 0;
    QString m_runTitle;
    QString m_statusText; // whole; the label shows it elided
    QByteArray m_shownJson; // the result in view, as saved (empty: a live or cancelled run, or nothing)

    QLabel *m_examplesNote = nullptr;
    QSplitter *m_whySplit = nullptr;
    ColumnFitter *m_exampleFitter = nullptr;
    QComboBox *m_scenarioCombo = nullptr;
    QSpinBox *m_seed = nullptr;
    QComboBox *m_speedCombo = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_savedCombo = nullptr;
    FaultTimeline *m_timeline = nullptr;
    QTableView *m_modeTable = nullptr;
    QTabWidget *m_tabs = nullptr;
    LabChart *m_chart = nullptr;
    QTableView *m_exampleTable = nullptr;
    QLabel *m_explanation = nullptr;
};

} // namespace bb
