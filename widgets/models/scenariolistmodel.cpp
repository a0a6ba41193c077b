#include <QCoreApplication>

#include "models/scenariolistmodel.h"

#include "common/format.h"
#include "topology/scenariojson.h"

namespace bb {

ScenarioListModel::ScenarioListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    reload();
}

void ScenarioListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    for (const QString &name : bundledScenarios()) {
        Row row{name, std::nullopt, {}};
        auto s = loadScenario(name);
        if (s)
            row.scenario = std::move(*s);
        else
            row.error = s.error().message;
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

const Scenario *ScenarioListModel::scenarioAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()) || !m_rows[std::size_t(row)].scenario)
        return nullptr;
    return &*m_rows[std::size_t(row)].scenario;
}

int ScenarioListModel::rowOf(const QString &name) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].name == name)
            return int(i);
    return -1;
}

int ScenarioListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ScenarioListModel::facts(const Scenario &s)
{
    // Whole sentences per count, so translations need no plural forms here.
    auto count = [](std::size_t n, const QString &one, const QString &many) { return n == 1 ? one : many.arg(n); };
    std::size_t partitions = 0;
    for (const TopicSpec &t : s.topics)
        partitions += std::size_t(t.config.partitions);
    QStringList parts;
    parts << count(s.cluster.nodes.size(), tr("1 node"), tr("%1 nodes"))
          << count(s.topics.size(), tr("1 topic"), tr("%1 topics")) + QStringLiteral(", ")
                 + count(partitions, tr("1 partition"), tr("%1 partitions"))
          << count(s.producers.size(), tr("1 producer"), tr("%1 producers"))
          << (s.faults.faults.empty() ? tr("no scheduled faults")
                                      : count(s.faults.faults.size(), tr("1 scheduled fault"), tr("%1 scheduled faults")));
    if (s.lab)
        parts << tr("semantics lab");
    parts << tr("seed %1").arg(s.seed);
    return parts.join(QStringLiteral(" · "));
}

QVariant ScenarioListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const Scenario *s = row.scenario ? &*row.scenario : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return s && !s->title.isEmpty() ? s->title : row.name;
    case Qt::ToolTipRole:
        return tr("Bundled scenario \"%1\": double-click or press Enter to open it").arg(row.name);
    case Qt::AccessibleDescriptionRole:
    case DescriptionRole:
        if (!s)
            return tr("This bundled scenario cannot be read: %1").arg(row.error);
        return s->description.isEmpty() ? tr("No description.") : s->description;
    case FactsRole:
        return s ? facts(*s) : QString();
    case NameRole:
        return row.name;
    case ValidRole:
        return s != nullptr;
    default:
        return {};
    }
}

Qt::ItemFlags ScenarioListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid() && !m_rows[std::size_t(index.row())].scenario)
        f &= ~Qt::ItemIsEnabled;
    return f;
}

QHash<int, QByteArray> ScenarioListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(DescriptionRole, "description");
    names.insert(FactsRole, "facts");
    names.insert(ValidRole, "valid");
    return names;
}

} // namespace bb
