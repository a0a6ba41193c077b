#pragma once
// PreferencesDialog: language and theme. Edits a copy of the preferences;
// the caller saves and applies what preferences() returns once the dialog
// is accepted. A language other than the one running applies at the next
// start, and the dialog says so. GUI thread.

#include "preferences.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace bb {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    // `running`: the translation code the app runs in ("" for English).
    PreferencesDialog(const Preferences &current, const QString &running, QWidget *parent = nullptr);

    Preferences preferences() const;

private:
    void updateRestartNote();

    QString m_running;
    QComboBox *m_language;
    QComboBox *m_theme;
    QLabel *m_restartNote;
};

} // namespace bb
