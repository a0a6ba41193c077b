#pragma once
// HeaderTableModel: the record headers the publish panel will send, as an
// editable two-column table (name, value). Rows are added and removed by
// the panel's buttons; a row without a name is not sent. Owned by the
// publish panel; GUI thread.

#include <QAbstractTableModel>

#include <utility>
#include <vector>

namespace bb {

class HeaderTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Value, Count };

    explicit HeaderTableModel(QObject *parent = nullptr);

    int addRow(const QString &name = {}, const QString &value = {});
    void removeRow(int row);
    // Rows with a name, as UTF-8 bytes.
    std::vector<std::pair<QByteArray, QByteArray>> headers() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<std::pair<QString, QString>> m_rows;
};

} // namespace bb
