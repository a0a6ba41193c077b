#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>

#include "charts/timechart.h"
#include "common/folders.h"

#include <map>
#include <optional>

namespace bb {
namespace {

// RFC 4180: quote a field that holds a comma, a quote or a line break.
QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString fileStem(QString title)
{
    title = title.toLower();
    for (QChar &c : title)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    while (title.contains(QStringLiteral("--")))
        title.replace(QStringLiteral("--"), QStringLiteral("-"));
    return title;
}

} // namespace

QString TimeChart::toCsv() const
{
    // Numbers in the C locale (a dot, no grouping): what spreadsheets and
    // scripts read everywhere.
    QStringList header{QStringLiteral("virtual_time_s")};
    std::map<qint64, std::vector<std::optional<double>>> rows; // by time in µs
    for (std::size_t i = 0; i < m_order.size(); ++i) {
        header << csvField(QStringLiteral("%1 (%2)").arg(m_order[i], m_unit));
        for (const Sample &s : history(m_order[i])) {
            auto &row = rows[s.time];
            row.resize(m_order.size());
            row[i] = s.value;
        }
    }
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const auto &[time, values] : rows) {
        out += QString::number(double(time) / 1e6, 'f', 3);
        for (std::size_t i = 0; i < m_order.size(); ++i) {
            out += QLatin1Char(',');
            if (i < values.size() && values[i])
                out += QString::number(*values[i], 'g', 10);
        }
        out += QLatin1Char('\n');
    }
    return out;
}

QImage TimeChart::toImage()
{
    // At the screen's pixel density.
    const bool shown = valuesShown();
    const double hover = m_hoverSeconds;
    if (shown)
        hideValues();
    const QImage image = grab().toImage();
    if (shown)
        showValuesAt(hover);
    return image;
}

void TimeChart::record(const std::vector<Line> &lines, Micros now)
{
    if (now < m_recordedUntil)
        m_history.clear();
    m_recordedUntil = now;
    for (const Line &l : lines) {
        if (!l.samples)
            continue;
        std::vector<Sample> &kept = m_history[l.name];
        auto from = l.samples->begin();
        if (!kept.empty())
            from = std::upper_bound(l.samples->begin(), l.samples->end(), kept.back().time,
                                    [](Micros t, const Sample &s) { return t < s.time; });
        kept.insert(kept.end(), from, l.samples->end());
        if (kept.size() > kHistoryCap) {
            std::size_t out = 0;
            for (std::size_t in = 0; in < kept.size(); in += 2)
                kept[out++] = kept[in];
            kept.resize(out);
        }
    }
}

const std::vector<Sample> &TimeChart::history(const QString &name) const
{
    static const std::vector<Sample> none;
    const auto it = m_history.find(name);
    return it == m_history.end() ? none : it->second;
}

Error TimeChart::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    const QByteArray bytes = toCsv().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(Errc::StorageError, tr("Could not write \"%1\": %2. Choose another folder or file name.")
                                             .arg(QFileInfo(path).fileName(), file.errorString()));
    return {};
}

Error TimeChart::exportPng(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !toImage().save(&file, "PNG") || !file.commit())
        return Error(Errc::StorageError, tr("Could not write \"%1\": %2. Choose another folder or file name.")
                                             .arg(QFileInfo(path).fileName(), file.errorString()));
    return {};
}

QMenu *TimeChart::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    QAction *png = menu->addAction(tr("Export as &PNG..."), this, [this] { exportInteractively(true); });
    png->setObjectName(QStringLiteral("exportPng"));
    QAction *csv = menu->addAction(tr("Export Data as &CSV..."), this, [this] { exportInteractively(false); });
    csv->setObjectName(QStringLiteral("exportCsv"));
    csv->setEnabled(!m_order.empty());
    return menu;
}

void TimeChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void TimeChart::exportInteractively(bool png)
{
    // Pictures for a picture, Documents for data, until the user picks a folder.
    const QString kind = png ? QStringLiteral("chartImages") : QStringLiteral("chartData");
    const QString dir = startFolder(kind, png ? QStandardPaths::PicturesLocation : QStandardPaths::DocumentsLocation);
    const QString suggested = QStringLiteral("%1/%2.%3").arg(dir, fileStem(m_title), png ? QStringLiteral("png") : QStringLiteral("csv"));
    const QString path = png ? QFileDialog::getSaveFileName(this, tr("Export Chart as PNG"), suggested, tr("PNG images (*.png)"))
                             : QFileDialog::getSaveFileName(this, tr("Export Chart Data as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Error err = png ? exportPng(path) : exportCsv(path))
        QMessageBox::warning(this, tr("Cannot Export"), err.message);
    else
        rememberFolder(kind, path);
}

} // namespace bb
