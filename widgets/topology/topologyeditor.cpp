#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "topology/topologyeditor.h"

#include "common/statuscolors.h"
#include "engine/engine.h"
#include "engine/livechange.h"
#include "topology/scenarioeditcommand.h"
#include "topology/topologyedgeitem.h"
#include "topology/topologyitem.h"
#include "topology/topologyproperties.h"
#include "topology/topologyscene.h"
#include "topology/topologytext.h"
#include "topology/topologyview.h"

namespace bb {

TopologyEditor::TopologyEditor(QWidget *parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
    , m_scene(new TopologyScene(this))
    , m_view(new TopologyView(m_scene, this))
    , m_properties(new TopologyProperties(this))
    , m_banner(new QLabel(this))
    , m_addMenu(new QMenu(tr("&Add"), this))
{
    setObjectName(QStringLiteral("topologyEditor"));
    m_view->setObjectName(QStringLiteral("topologyView"));
    m_properties->setObjectName(QStringLiteral("topologyProperties"));
    m_banner->setObjectName(QStringLiteral("topologyRefusal"));
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(8, 4, 8, 4);
    m_banner->setAutoFillBackground(true);
    m_banner->hide();

    createActions();
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_properties);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    // The panel is as wide as its form needs (TopologyProperties' hint);
    // the diagram takes the rest.
    splitter->setSizes({800, m_properties->sizeHint().width()});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    m_properties->setEditFunction([this](const QString &text, const QString &field, std::function<void(Scenario &)> change) {
        return edit(text, change, field);
    });
    m_properties->setRenameFunction([this](const ElementRef &ref, const QString &name) { return renameElement(ref, name); });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &TopologyEditor::showSelection);
    connect(m_scene, &TopologyScene::connectRequested, this, [this](const ElementRef &from, const ElementRef &to) {
        connectElements(from, to);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &TopologyEditor::showContextMenu);
    m_properties->showNothing(m_scenario);
}

TopologyEditor::~TopologyEditor()
{
    // The commands call back into the editor, and the scene reports its
    // items' deletion as a selection change: both go quiet first.
    m_scene->disconnect(this);
    m_undo->clear();
}

void TopologyEditor::createActions()
{
    auto *bar = m_toolBar = new QToolBar(tr("Topology"), this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setIconSize(QSize(16, 16));
    fillAddMenu(m_addMenu);
    auto *add = new QToolButton(bar);
    add->setText(tr("Add"));
    add->setToolTip(tr("Add a node, topic, queue, exchange, producer, service, publisher, requester or responder"));
    add->setMenu(m_addMenu);
    add->setPopupMode(QToolButton::InstantPopup);
    add->setObjectName(QStringLiteral("topologyAddButton"));
    bar->addWidget(add);

    m_connectAction = bar->addAction(tr("Connect"));
    m_connectAction->setCheckable(true);
    m_connectAction->setToolTip(tr("Drag from one box to another to connect them: a producer to a topic, a topic to a "
                                   "service, a service to the topic it emits to, an exchange to a topic or queue, ..."));
    connect(m_connectAction, &QAction::toggled, this, [this](bool on) {
        m_scene->setConnectMode(on);
        m_view->setDragMode(on ? QGraphicsView::NoDrag : QGraphicsView::RubberBandDrag);
        m_view->viewport()->setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    });

    m_deleteAction = bar->addAction(tr("Delete"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Only while the diagram has focus: Delete in a text field is the field's.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_deleteAction);
    m_deleteAction->setToolTip(tr("Delete the selected boxes or arrows (Del)"));
    connect(m_deleteAction, &QAction::triggered, this, &TopologyEditor::deleteSelection);
    bar->addSeparator();
    // Short labels (the Edit menu's actions carry the command's text).
    QAction *undo = bar->addAction(tr("Undo"), m_undo, &QUndoStack::undo);
    QAction *redo = bar->addAction(tr("Redo"), m_undo, &QUndoStack::redo);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) { undo->setToolTip(tr("Undo %1").arg(text)); });
    connect(m_undo, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) { redo->setToolTip(tr("Redo %1").arg(text)); });
    bar->addSeparator();
    QAction *arrange = bar->addAction(tr("Arrange"));
    arrange->setToolTip(tr("Put every box back in its column"));
    connect(arrange, &QAction::triggered, this, [this] {
        m_scene->arrange();
        m_view->fitAll();
    });
    QAction *fit = bar->addAction(tr("Fit"));
    fit->setToolTip(tr("Show the whole diagram (Ctrl+wheel zooms)"));
    connect(fit, &QAction::triggered, m_view, &TopologyView::fitAll);
}

void TopologyEditor::fillAddMenu(QMenu *menu)
{
    for (ElementKind kind : {ElementKind::Node, ElementKind::Topic, ElementKind::Queue, ElementKind::Exchange, ElementKind::Producer,
                             ElementKind::Service, ElementKind::Publisher, ElementKind::Requester, ElementKind::Responder}) {
        QString noun = elementKindNoun(kind);
        noun[0] = noun[0].toUpper();
        QAction *a = menu->addAction(noun);
        connect(a, &QAction::triggered, this, [this, kind] { addElement(kind); });
    }
}

void TopologyEditor::setScenario(const Scenario &scenario)
{
    m_undo->clear();
    m_scenario = scenario;
    m_banner->hide();
    m_scene->clearSelection();
    m_scene->setMovedPositions({});
    m_scene->setScenario(scenario);
    m_view->fitAll();
    showSelection();
}

Error TopologyEditor::push(Result<Scenario> edited, const QString &text, const QString &field, const ElementRef &selectAfter)
{
    if (!edited) {
        refuse(edited.error().message);
        return edited.error();
    }
    if (Error err = validateScenario(*edited)) {
        refuse(err.message);
        return err;
    }
    m_banner->hide();
    m_undo->push(new ScenarioEditCommand(this, m_scenario, std::move(*edited), text, field));
    if (selectAfter.isValid())
        select(selectAfter);
    return {};
}

void TopologyEditor::refuse(const QString &message)
{
    QPalette p = m_banner->palette();
    p.setColor(QPalette::Window, toneTint(Tone::Bad, palette()));
    p.setColor(QPalette::WindowText, palette().color(QPalette::Text));
    m_banner->setPalette(p);
    m_banner->setText(message);
    m_banner->show();
    Q_EMIT editRefused(message);
}

QString TopologyEditor::refusal() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

Error TopologyEditor::addElement(ElementKind kind)
{
    ElementRef added;
    auto edited = bb::addElement(m_scenario, kind, &added);
    const QString text = tr("Add %1").arg(edited ? elementLabel(added) : elementKindNoun(kind));
    return push(std::move(edited), text, {}, added);
}

Error TopologyEditor::deleteElement(const ElementRef &ref)
{
    return push(removeElement(m_scenario, ref), tr("Delete %1").arg(elementLabel(ref)));
}

Error TopologyEditor::renameElement(const ElementRef &ref, const QString &name)
{
    const ElementRef renamed{ref.kind, name.trimmed()};
    return push(bb::renameElement(m_scenario, ref, name), tr("Rename %1 to %2").arg(elementLabel(ref), renamed.name), {}, renamed);
}

Error TopologyEditor::connectElements(const ElementRef &from, const ElementRef &to)
{
    return push(bb::connectElements(m_scenario, from, to), tr("Connect %1 to %2").arg(elementLabel(from), elementLabel(to)));
}

Error TopologyEditor::deleteEdge(const TopologyEdge &edge)
{
    return push(removeEdge(m_scenario, edge), tr("Delete the connection from %1 to %2").arg(elementLabel(edge.from), elementLabel(edge.to)));
}

Error TopologyEditor::edit(const QString &text, const std::function<void(Scenario &)> &change, const QString &field)
{
    Scenario edited = m_scenario;
    change(edited);
    return push(std::move(edited), text, field);
}

Error TopologyEditor::deleteSelection()
{
    // Arrows first (their indexes refer to the scenario as it is), then boxes.
    Result<Scenario> edited = m_scenario;
    int count = 0;
    QString only;
    const auto selected = m_scene->selectedItems();
    for (QGraphicsItem *i : selected)
        if (i->type() == TopologyEdgeItem::Type && edited) {
            const TopologyEdge &e = static_cast<TopologyEdgeItem *>(i)->edge();
            edited = removeEdge(*edited, e);
            only = tr("the connection from %1 to %2").arg(elementLabel(e.from), elementLabel(e.to));
            ++count;
        }
    for (QGraphicsItem *i : selected)
        if (i->type() == TopologyItem::Type && edited) {
            const ElementRef &ref = static_cast<TopologyItem *>(i)->ref();
            edited = removeElement(*edited, ref);
            only = elementLabel(ref);
            ++count;
        }
    if (count == 0)
        return {};
    return push(std::move(edited), count == 1 ? tr("Delete %1").arg(only) : tr("Delete %1 items").arg(count));
}

void TopologyEditor::select(const ElementRef &ref)
{
    m_scene->clearSelection();
    if (TopologyItem *item = m_scene->item(ref)) {
        item->setSelected(true);
        m_view->ensureVisible(item);
    }
}

ElementRef TopologyEditor::selectedElement() const
{
    for (QGraphicsItem *i : m_scene->selectedItems())
        if (i->type() == TopologyItem::Type)
            return static_cast<TopologyItem *>(i)->ref();
    return {};
}

void TopologyEditor::showSelection()
{
    const auto selected = m_scene->selectedItems();
    m_deleteAction->setEnabled(!selected.isEmpty());
    if (selected.size() != 1) {
        m_properties->showNothing(m_scenario);
        return;
    }
    if (selected.front()->type() == TopologyItem::Type)
        m_properties->showElement(m_scenario, static_cast<TopologyItem *>(selected.front())->ref());
    else if (selected.front()->type() == TopologyEdgeItem::Type)
        m_properties->showEdge(m_scenario, static_cast<TopologyEdgeItem *>(selected.front())->edge());
}

void TopologyEditor::applyScenario(const Scenario &to, const Scenario &from, const QString &what)
{
    m_scenario = to;
    m_scene->setScenario(to); // may change the selection: the panel follows
    m_properties->refresh(to);
    m_view->sceneChanged();
    QString how;
    if (m_engine) {
        if (ClusterChange change = liveChange(from, to)) {
            m_engine->amend(to, std::move(change));
            how = tr("added to the running cluster");
        } else {
            const bool running = !m_engine->isPaused();
            if (const Error err = m_engine->load(to))
                how = tr("the cluster could not be rebuilt: %1").arg(err.message);
            else if (running)
                m_engine->start();
            if (how.isEmpty())
                how = tr("the cluster restarted from the edited scenario (same seed)");
        }
    }
    Q_EMIT scenarioEdited(to, how.isEmpty() ? what : tr("%1: %2").arg(what, how));
}

QByteArray TopologyEditor::layoutState() const
{
    if (m_scene->movedPositions().empty())
        return {};
    QJsonObject o;
    for (const auto &[key, pos] : m_scene->movedPositions())
        o[key] = QJsonArray{std::round(pos.x()), std::round(pos.y())};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void TopologyEditor::restoreLayoutState(const QByteArray &state)
{
    std::map<QString, QPointF> positions;
    const QJsonObject o = QJsonDocument::fromJson(state).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (const QJsonArray xy = it.value().toArray(); xy.size() == 2)
            positions[it.key()] = QPointF(xy[0].toDouble(), xy[1].toDouble());
    m_scene->setMovedPositions(std::move(positions));
    m_view->fitAll();
}

void TopologyEditor::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    QGraphicsItem *hit = nullptr;
    for (QGraphicsItem *i : m_view->items(pos))
        if (i->type() == TopologyItem::Type || i->type() == TopologyEdgeItem::Type) {
            hit = i;
            break;
        }
    if (hit && !hit->isSelected()) {
        m_scene->clearSelection();
        hit->setSelected(true);
    }
    if (hit && hit->type() == TopologyItem::Type) {
        const ElementRef ref = static_cast<TopologyItem *>(hit)->ref();
        QMenu *to = menu.addMenu(tr("&Connect to"));
        for (const ElementRef &target : topologyElements(m_scenario))
            if (canConnect(ref, target))
                connect(to->addAction(elementLabel(target)), &QAction::triggered, this, [this, ref, target] { connectElements(ref, target); });
        to->setEnabled(!to->isEmpty());
        connect(menu.addAction(tr("&Delete %1").arg(elementLabel(ref))), &QAction::triggered, this, [this, ref] { deleteElement(ref); });
        menu.addSeparator();
    } else if (hit) {
        const TopologyEdge edge = static_cast<TopologyEdgeItem *>(hit)->edge();
        connect(menu.addAction(tr("&Delete Connection")), &QAction::triggered, this, [this, edge] { deleteEdge(edge); });
        menu.addSeparator();
    }
    QMenu *add = menu.addMenu(tr("&Add"));
    fillAddMenu(add);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace bb
