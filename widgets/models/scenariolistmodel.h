#pragma once
// ScenarioListModel: the bundled scenarios, one row each, in name order:
// the title (display), the one-paragraph description of what it teaches,
// and a line of facts (nodes, topics, producers, faults, seed). A bundled
// file that fails to parse stays in the list with its error as the
// description, so a broken scenario is seen, not hidden. Owned by the
// gallery; GUI thread.

#include "topology/scenario.h"

#include <QAbstractListModel>

#include <optional>
#include <vector>

namespace bb {

class ScenarioListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole + 1, DescriptionRole, FactsRole, ValidRole };

    explicit ScenarioListModel(QObject *parent = nullptr);

    // Reads bundledScenarios() again.
    void reload();
    // nullptr for a row whose file did not parse.
    const Scenario *scenarioAt(int row) const;
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row {
        QString name;
        std::optional<Scenario> scenario;
        QString error;
    };
    static QString facts(const Scenario &s);

    std::vector<Row> m_rows;
};

} // namespace bb
