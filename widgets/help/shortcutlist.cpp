#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include "help/shortcutlist.h"

#include <algorithm>
#include <vector>

namespace bb {
namespace {

// "&Restart (Same Seed)..." -> "Restart (Same Seed)": the name as a menu shows it.
QString plainName(const QAction *action)
{
    QString text = action->text().isEmpty() ? action->toolTip() : action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    return text;
}

} // namespace

ShortcutList::ShortcutList(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutList"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    std::vector<std::pair<QString, QString>> rows;
    for (const QAction *a : actions) {
        if (a->shortcuts().isEmpty() || plainName(a).isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        const std::pair<QString, QString> row{plainName(a), keys.join(tr(" or "))};
        if (std::find(rows.begin(), rows.end(), row) == rows.end())
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });

    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->setRowCount(int(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        m_table->setItem(int(i), 0, new QTableWidgetItem(rows[i].first));
        m_table->setItem(int(i), 1, new QTableWidgetItem(rows[i].second));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(460, 520);
}

} // namespace bb
