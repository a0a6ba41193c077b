#include <QCoreApplication>

#include "topology/scenarioeditcommand.h"

#include "topology/scenariojson.h"
#include "topology/topologyeditor.h"

namespace bb {

ScenarioEditCommand::ScenarioEditCommand(TopologyEditor *editor, Scenario before, Scenario after, const QString &text, QString field)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(std::move(field))
{
}

void ScenarioEditCommand::undo()
{
    m_editor->applyScenario(m_before, m_after, QCoreApplication::translate("bb::TopologyEditor", "Undo %1").arg(text()));
}

void ScenarioEditCommand::redo()
{
    m_editor->applyScenario(m_after, m_before, text());
}

bool ScenarioEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ScenarioEditCommand *>(other);
    if (next->m_field != m_field)
        return false;
    m_after = next->m_after;
    setText(next->text());
    // Back where it started (up, then down again): nothing to undo.
    setObsolete(scenarioToJson(m_after) == scenarioToJson(m_before));
    return true;
}

} // namespace bb
