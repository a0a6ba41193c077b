#pragma once
// TopologyEditor: the Topology dock. A diagram of the current scenario
// (TopologyScene in a TopologyView), a toolbar and context menus to add,
// connect and delete elements, and a property panel for the selection.
//
// Every edit makes a new Scenario value (topologyedit.h), validates it
// (validateScenario: the cluster builder's own checks) and, if valid,
// pushes a ScenarioEditCommand on the undo stack; a refused edit changes
// nothing, and its sentence (what to change) shows above the diagram and
// goes out through editRefused. Applying a scenario, for an edit or its
// undo, hands it to the engine: additive edits (liveChange) join the
// running cluster, any other edit rebuilds the cluster from the edited
// scenario with the same seed, running again if it was running; the
// scenarioEdited message says which. Owned by the MainWindow (a dock);
// GUI thread.

#include <QWidget>

#include "topology/topologyedit.h"

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QToolBar;
class QUndoStack;

namespace bb {

class Engine;
class TopologyProperties;
class TopologyScene;
class TopologyView;

class TopologyEditor final : public QWidget {
    Q_OBJECT
public:
    explicit TopologyEditor(QWidget *parent = nullptr);
    ~TopologyEditor() override;

    void setEngine(Engine *engine) { m_engine = engine; }
    // A scenario from elsewhere (opened, chosen in the gallery): the undo
    // history and the moved boxes start over.
    void setScenario(const Scenario &scenario);
    const Scenario &scenario() const { return m_scenario; }

    QUndoStack *undoStack() const { return m_undo; }
    TopologyScene *scene() const { return m_scene; }
    TopologyView *view() const { return m_view; }
    TopologyProperties *properties() const { return m_properties; }

    // The edits. Each returns why it was refused, or no error.
    Error addElement(ElementKind kind);
    Error deleteElement(const ElementRef &ref);
    Error renameElement(const ElementRef &ref, const QString &name);
    Error connectElements(const ElementRef &from, const ElementRef &to);
    Error deleteEdge(const TopologyEdge &edge);
    // `change` edits a copy of the scenario; consecutive edits with the
    // same non-empty `field` merge into one undo step.
    Error edit(const QString &text, const std::function<void(Scenario &)> &change, const QString &field = {});
    // Deletes the selected boxes or arrows (one undo step).
    Error deleteSelection();

    void select(const ElementRef &ref);
    ElementRef selectedElement() const;
    // The sentence of the last refused edit (empty after an accepted one).
    QString refusal() const;

    // Where the user moved boxes, for the workbench file.
    QByteArray layoutState() const;
    void restoreLayoutState(const QByteArray &state);

    // For the undo commands: makes `to` the scenario (diagram, panel,
    // engine); `from` is what the engine runs now.
    void applyScenario(const Scenario &to, const Scenario &from, const QString &what);

Q_SIGNALS:
    // After the engine took an edit, an undo or a redo; `message` says what
    // changed and whether it ran live or restarted the cluster.
    void scenarioEdited(const bb::Scenario &scenario, const QString &message);
    void editRefused(const QString &message);

private:
    Error push(Result<Scenario> edited, const QString &text, const QString &field = {}, const ElementRef &selectAfter = {});
    void refuse(const QString &message);
    void createActions();
    void showSelection();
    void showContextMenu(const QPoint &pos);
    void fillAddMenu(QMenu *menu);

    Engine *m_engine = nullptr;
    Scenario m_scenario;
    QUndoStack *m_undo;
    TopologyScene *m_scene;
    TopologyView *m_view;
    TopologyProperties *m_properties;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_banner;
    QMenu *m_addMenu;
    QAction *m_connectAction = nullptr;
    QAction *m_deleteAction = nullptr;
};

} // namespace bb
