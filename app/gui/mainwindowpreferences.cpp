#include <QAction>
#include <QMenu>

#include "mainwindow.h"

#include "localization.h"
#include "preferencesdialog.h"

namespace bb {

QMenu *MainWindow::createSettingsMenu()
{
    auto *menu = new QMenu(tr("Se&ttings"), this);
    m_preferencesAction = menu->addAction(tr("&Preferences..."), this, &MainWindow::showPreferences);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    // Not every platform names a key for it (X11 mostly does not).
    const QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    m_preferencesAction->setShortcuts(keys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)} : keys);
    return menu;
}

// Modal, like any settings dialog: its choices are saved as a whole.
void MainWindow::showPreferences()
{
    PreferencesDialog dialog(Preferences::load(), installedTranslation(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences chosen = dialog.preferences();
    chosen.save();
    applyTheme(chosen.theme);
}

} // namespace bb
