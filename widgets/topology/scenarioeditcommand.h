#pragma once
// ScenarioEditCommand: one step of the topology editor's undo history. It
// holds the scenario before and after the edit (whole values: a scenario is
// small) and hands one or the other to the editor. Consecutive edits of the
// same field (a spin box's arrow clicks) merge into one step; a merge that
// ends where it began drops the step. Owned by the QUndoStack; GUI thread.

#include <QUndoCommand>

#include "topology/scenario.h"

namespace bb {

class TopologyEditor;

class ScenarioEditCommand final : public QUndoCommand {
public:
    static constexpr int kMergeId = 0x746f706f; // "topo"

    ScenarioEditCommand(TopologyEditor *editor, Scenario before, Scenario after, const QString &text, QString field);

    void undo() override;
    void redo() override;
    int id() const override { return m_field.isEmpty() ? -1 : kMergeId; }
    bool mergeWith(const QUndoCommand *other) override;

    const Scenario &before() const { return m_before; }
    const Scenario &after() const { return m_after; }

private:
    TopologyEditor *m_editor;
    Scenario m_before;
    Scenario m_after;
    QString m_field;
};

} // namespace bb
