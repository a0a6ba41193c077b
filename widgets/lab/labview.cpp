#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "lab/labview.h"

#include "common/columnfitter.h"
#include "common/format.h"
#include "common/richtextpane.h"
#include "common/statuscolors.h"
#include "lab/faulttimeline.h"
#include "lab/labchart.h"
#include "lab/labexamplemodel.h"
#include "lab/labmodemodel.h"
#include "lab/semanticslab.h"
#include "topology/scenariojson.h"

#include <limits>

namespace bb {
namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

} // namespace

LabView::LabView(QWidget *parent)
    : QWidget(parent)
    , m_runner(new LabRunner(this))
    , m_modeModel(new LabModeModel(this))
    , m_exampleModel(new LabExampleModel(this))
{
    setObjectName(QStringLiteral("labView"));
    for (const QString &name : bundledScenarios())
        if (auto s = loadScenario(name); s && s->lab)
            m_bundled.push_back(*s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(createControls());
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("labStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->installEventFilter(this); // elides on resize
    // What is shown: the run's state, or which saved run.
    m_savedCombo = new QComboBox(this);
    m_savedCombo->setObjectName(QStringLiteral("labSavedCombo"));
    m_savedCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_savedCombo->setMaximumWidth(m_savedCombo->fontMetrics().averageCharWidth() * 48);
    m_savedCombo->setToolTip(tr("Runs kept in this workbench (saved with it)"));
    connect(m_savedCombo, &QComboBox::activated, this, &LabView::showSaved);
    auto *shown = new QHBoxLayout;
    shown->setSpacing(6);
    shown->addWidget(m_status, 1);
    auto *savedLabel = new QLabel(tr("Sa&ved runs"), this);
    savedLabel->setBuddy(m_savedCombo);
    shown->addWidget(savedLabel);
    shown->addWidget(m_savedCombo);
    layout->addLayout(shown);
    m_timeline = new FaultTimeline(this);
    m_timeline->setObjectName(QStringLiteral("labTimeline"));
    layout->addWidget(m_timeline);
    layout->addWidget(createBody(), 1);

    connect(m_runner, &LabRunner::started, this, &LabView::onStarted);
    connect(m_runner, &LabRunner::progressed, this, &LabView::onProgress);
    connect(m_runner, &LabRunner::finished, this, &LabView::onFinished);
    connect(m_runner, &LabRunner::cancelled, this, &LabView::onCancelled);
    connect(m_runner, &LabRunner::failed, this, &LabView::onFailed);

    fillScenarioCombo({});
    setSavedResults({});
    showExplanationHint(tr("Run the lab: its lost and duplicated payments are listed here when it ends; "
                           "click one to see why it happened."));
    setStatus(tr("Pick a scenario and a seed, then press Run."));
    updateControls();
}

LabView::~LabView() = default;

QWidget *LabView::createControls()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);

    m_scenarioCombo = new QComboBox(bar);
    m_scenarioCombo->setObjectName(QStringLiteral("labScenarioCombo"));
    // Long titles would push the status off the row; the popup shows them whole.
    m_scenarioCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenarioCombo->setMinimumContentsLength(18);
    m_scenarioCombo->setToolTip(tr("Scenarios with a lab section: the loaded one and the bundled ones"));
    connect(m_scenarioCombo, &QComboBox::currentIndexChanged, this, &LabView::scenarioChosen);

    m_seed = new QSpinBox(bar);
    m_seed->setObjectName(QStringLiteral("labSeedSpin"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setToolTip(tr("The same scenario and seed give the same numbers, run after run"));
    m_seed->setMaximumWidth(m_seed->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 32);

    m_speedCombo = new QComboBox(bar);
    m_speedCombo->setObjectName(QStringLiteral("labSpeedCombo"));
    for (double speed : {1.0, 2.0, 5.0, 10.0})
        m_speedCombo->addItem(tr("%1x").arg(speed), speed);
    m_speedCombo->addItem(tr("Flat out"), 0.0);
    m_speedCombo->setCurrentIndex(2);
    m_speedCombo->setToolTip(tr("Virtual seconds per wall-clock second; the speed never changes the outcome"));
    connect(m_speedCombo, &QComboBox::currentIndexChanged, this, [this] { m_runner->setSpeed(chosenSpeed()); });

    m_runButton = new QPushButton(tr("Run"), bar);
    m_runButton->setObjectName(QStringLiteral("labRunButton"));
    m_runButton->setDefault(true);
    connect(m_runButton, &QPushButton::clicked, this, &LabView::run);
    m_cancelButton = new QPushButton(tr("Cancel"), bar);
    m_cancelButton->setObjectName(QStringLiteral("labCancelButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, &LabView::cancel);

    auto label = [bar](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, bar);
        l->setBuddy(buddy);
        return l;
    };
    row->addWidget(label(tr("&Scenario"), m_scenarioCombo));
    row->addWidget(m_scenarioCombo);
    row->addSpacing(6);
    row->addWidget(label(tr("S&eed"), m_seed));
    row->addWidget(m_seed);
    row->addSpacing(6);
    row->addWidget(label(tr("Spee&d"), m_speedCombo));
    row->addWidget(m_speedCombo);
    row->addSpacing(6);
    row->addWidget(m_runButton);
    row->addWidget(m_cancelButton);
    row->addStretch(1);
    return bar;
}

QWidget *LabView::createBody()
{
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);

    m_modeTable = makeTable(m_modeModel, QStringLiteral("labModeTable"), split);
    m_modeTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_modeTable->setFocusPolicy(Qt::NoFocus);
    // Compact rows: the ten measures fit the dock's usual height without
    // scrolling, as the chart beside them does.
    m_modeTable->verticalHeader()->setMinimumSectionSize(0);
    m_modeTable->verticalHeader()->setDefaultSectionSize(m_modeTable->fontMetrics().height() + 4);
    // Its four columns whole, in any language; the tabs beside it give way.
    (new ColumnFitter(m_modeTable))->setKeepsColumnsWhole(true);

    // The chart and the explanations share the room beside the counters:
    // side by side, neither would be readable at a dock's width.
    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(QStringLiteral("labTabs"));
    m_tabs->setDocumentMode(true);
    m_chart = new LabChart(m_tabs);
    m_chart->setObjectName(QStringLiteral("labChart"));
    m_tabs->addTab(m_chart, tr("Outcome"));

    // The note across the top, then the list beside the explanation.
    auto *page = new QWidget(m_tabs);
    m_examplesNote = new QLabel(page);
    m_examplesNote->setObjectName(QStringLiteral("labExamplesNote"));
    m_examplesNote->setWordWrap(true);
    m_examplesNote->setForegroundRole(QPalette::PlaceholderText);
    m_whySplit = new QSplitter(Qt::Horizontal, page);
    QSplitter *why = m_whySplit;
    why->setChildrenCollapsible(false);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 4, 0, 0);
    pageLayout->setSpacing(4);
    pageLayout->addWidget(m_examplesNote);
    pageLayout->addWidget(why, 1);
    m_exampleTable = makeTable(m_exampleModel, QStringLiteral("labExampleTable"), why);
    m_exampleTable->verticalHeader()->hide();
    m_exampleFitter = new ColumnFitter(m_exampleTable);
    connect(m_exampleTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showExplanation(current.row()); });
    auto *pane = new QWidget(why);
    pane->setObjectName(QStringLiteral("labExplanation"));
    m_explanation = makeRichTextPane(pane);
    // The list keeps the width of its three columns (updateExamplesTab);
    // the text, a paragraph per payment, takes the rest.
    why->setStretchFactor(0, 0);
    why->setStretchFactor(1, 1);
    m_tabs->addTab(page, QString());
    updateExamplesTab();

    // The counters keep the width their four columns need; the tabs take
    // what the dock has beyond it.
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({430, 620});
    return split;
}

void LabView::setCurrentScenario(const Scenario &scenario)
{
    const QString keep = m_choices.empty() || m_scenarioCombo->currentIndex() < 0
        ? QString() : m_choices[std::size_t(m_scenarioCombo->currentIndex())].name;
    if (scenario.lab)
        m_current = scenario;
    else
        m_current.reset();
    // A newly loaded lab scenario is what the user most likely wants to run.
    fillScenarioCombo(scenario.lab ? scenario.name : keep);
}

void LabView::fillScenarioCombo(const QString &keep)
{
    m_choices.clear();
    if (m_current)
        m_choices.push_back(*m_current);
    for (const Scenario &s : m_bundled)
        if (!m_current || s.name != m_current->name)
            m_choices.push_back(s);
    QSignalBlocker block(m_scenarioCombo);
    m_scenarioCombo->clear();
    int select = 0;
    for (std::size_t i = 0; i < m_choices.size(); ++i) {
        const Scenario &s = m_choices[i];
        const QString title = s.title.isEmpty() ? s.name : s.title;
        m_scenarioCombo->addItem(m_current && i == 0 ? tr("%1 (loaded)").arg(title) : title);
        m_scenarioCombo->setItemData(int(i), s.description, Qt::ToolTipRole);
        if (s.name == keep)
            select = int(i);
    }
    if (m_choices.empty())
        m_scenarioCombo->addItem(tr("No scenario with a lab section"));
    m_scenarioCombo->setCurrentIndex(select);
    block.unblock();
    scenarioChosen();
}

bool LabView::selectScenario(const QString &name)
{
    for (std::size_t i = 0; i < m_choices.size(); ++i)
        if (m_choices[i].name == name) {
            m_scenarioCombo->setCurrentIndex(int(i)); // scenarioChosen() follows
            scenarioChosen();
            return true;
        }
    return false;
}

const Scenario *LabView::selectedScenario() const
{
    const int i = m_scenarioCombo->currentIndex();
    return i >= 0 && i < int(m_choices.size()) ? &m_choices[std::size_t(i)] : nullptr;
}

void LabView::scenarioChosen()
{
    const Scenario *s = selectedScenario();
    if (!isRunning()) {
        m_seed->setValue(s ? int(std::min<std::uint64_t>(s->seed, std::uint64_t(m_seed->maximum()))) : 0);
        if (s) {
            m_end = SemanticsLab::duration(*s->lab);
            m_timeline->setMarks(labTimeline(*s), m_end);
        } else {
            m_timeline->setMarks({}, 10 * kSecond);
        }
        if (m_shownJson.isEmpty()) // a saved or finished run stays in view
            showNothingYet();
    }
    updateControls();
}

void LabView::updateControls()
{
    const bool running = isRunning();
    m_scenarioCombo->setEnabled(!running && !m_choices.empty());
    m_seed->setEnabled(!running && selectedScenario());
    m_runButton->setEnabled(!running && selectedScenario());
    m_cancelButton->setEnabled(running);
    m_savedCombo->setEnabled(!running && !m_saved.empty());
}

void LabView::setStatus(const QString &text, bool error)
{
    m_statusText = text;
    elideStatus();
    m_status->setToolTip(text);
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, toneColor(Tone::Bad, pal));
    m_status->setPalette(pal);
}

void LabView::elideStatus()
{
    m_status->setText(m_status->fontMetrics().elidedText(m_statusText, Qt::ElideRight, std::max(0, m_status->width())));
}

bool LabView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_status && event->type() == QEvent::Resize)
        elideStatus();
    return QWidget::eventFilter(watched, event);
}

void LabView::updateExamplesTab()
{
    // The lab explains only the first payments of each guarantee: say how
    // many the list holds of how many there were.
    const int shown = m_exampleModel->rowCount();
    const std::int64_t total = std::max<std::int64_t>(m_exampleModel->total(), shown);
    if (total == 0)
        m_tabs->setTabText(1, tr("Lost and duplicated"));
    else if (shown < total)
        m_tabs->setTabText(1, tr("Lost and duplicated (%1 of %2)").arg(formatCount(shown), formatCount(total)));
    else
        m_tabs->setTabText(1, tr("Lost and duplicated (%1)").arg(formatCount(total)));
    m_examplesNote->setVisible(total > 0);
    // As wide as the list's columns need, never a horizontal scroll bar.
    const int listWidth = m_exampleFitter->neededWidth() + m_exampleTable->verticalScrollBar()->sizeHint().width()
        + 2 * m_exampleTable->frameWidth();
    m_exampleTable->setMinimumWidth(listWidth);
    m_whySplit->setSizes({listWidth, std::max(m_whySplit->width() - listWidth, listWidth)});
    m_examplesNote->setText(shown < total ? tr("Showing %1 of %2: the lab explains the first lost and the first duplicated "
                                               "payments of each guarantee; the counters count them all.")
                                                .arg(formatCount(shown), formatCount(total))
                                          : tr("All %1 explained.").arg(formatCount(total)));
}

QString LabView::statusText() const { return m_statusText; }
QString LabView::explanationText() const { return m_explanation->text(); }

double LabView::chosenSpeed() const { return m_speedCombo->currentData().toDouble(); }

} // namespace bb
