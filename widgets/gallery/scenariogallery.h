#pragma once
// ScenarioGallery: the bundled scenarios as cards, each with what it
// teaches; a double-click, Enter or the Open button opens the chosen one
// (scenarioChosen). Window-modal, non-blocking (open()), so the running
// simulation stays live behind it. Owned by the main window; GUI thread.

#include "topology/scenario.h"

#include <QDialog>

class QListView;
class QPushButton;

namespace bb {

class ScenarioListModel;

class ScenarioGallery : public QDialog {
    Q_OBJECT
public:
    explicit ScenarioGallery(QWidget *parent = nullptr);

    // Selects the scenario named `name` (the one loaded now), if bundled.
    void setCurrent(const QString &name);
    const Scenario *selectedScenario() const;
    QListView *list() const { return m_list; }
    ScenarioListModel *model() const { return m_model; }
    QPushButton *openButton() const { return m_open; }

Q_SIGNALS:
    void scenarioChosen(const bb::Scenario &scenario);

private:
    void choose();

    ScenarioListModel *m_model;
    QListView *m_list;
    QPushButton *m_open;
};

} // namespace bb
