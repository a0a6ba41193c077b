#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

#include "gallery/scenariogallery.h"

#include "models/scenariolistmodel.h"
#include "gallery/scenariocarddelegate.h"

namespace bb {

ScenarioGallery::ScenarioGallery(QWidget *parent)
    : QDialog(parent)
    , m_model(new ScenarioListModel(this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("scenarioGallery"));
    setWindowTitle(tr("Scenario Gallery"));
    setWindowModality(Qt::WindowModal);

    auto *intro = new QLabel(tr("Each scenario sets up a cluster, a load and a fault plan that shows one idea. "
                                "Open one to load it into the workbench; it starts running at once."), this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ScenarioCardDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->viewport()->setAutoFillBackground(false);
    connect(m_list, &QListView::activated, this, [this] { choose(); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScenarioGallery::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_open->setEnabled(selectedScenario() != nullptr); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(720, 600);
    setCurrent({});
}

void ScenarioGallery::setCurrent(const QString &name)
{
    const int row = std::max(m_model->rowOf(name), 0);
    if (row < m_model->rowCount())
        m_list->setCurrentIndex(m_model->index(row));
    m_open->setEnabled(selectedScenario() != nullptr);
}

const Scenario *ScenarioGallery::selectedScenario() const
{
    return m_model->scenarioAt(m_list->currentIndex().row());
}

void ScenarioGallery::choose()
{
    const Scenario *s = selectedScenario();
    if (!s)
        return;
    const Scenario chosen = *s;
    accept();
    Q_EMIT scenarioChosen(chosen);
}

} // namespace bb
