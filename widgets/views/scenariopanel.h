#pragma once
// ScenarioPanel: what the loaded scenario is about: its title, description,
// seed, and the fault plan with the time of each fault, so a user knows what
// is about to happen before it does. GUI thread.

#include "topology/scenario.h"

#include <QWidget>

class QLabel;

namespace bb {

class ScenarioPanel : public QWidget {
    Q_OBJECT
public:
    explicit ScenarioPanel(QWidget *parent = nullptr);

    void setScenario(const Scenario &scenario);
    QString text() const;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QLabel *m_label;
    Scenario m_scenario;
};

} // namespace bb
