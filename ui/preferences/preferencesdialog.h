#pragma once

// Edit › Preferences: the interface language (takes effect at the next start), the theme (at once)
// and the device new runs default to. Nothing is saved until OK.

#include <QDialog>

class QComboBox;
class QLabel;

namespace Hone {

class ThemeManager;

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // The language in effect now, to tell the user when a change needs a restart.
    PreferencesDialog(ThemeManager *themes, const QString &activeLanguage, QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    QComboBox *themeCombo() const { return m_theme; }
    QComboBox *deviceCombo() const { return m_device; }

    void accept() override;

private:
    void updateRestartNote();

    ThemeManager *m_themes;
    QString m_activeLanguage;
    QComboBox *m_language;
    QComboBox *m_theme;
    QComboBox *m_device;
    QLabel *m_restartNote;
};

} // namespace Hone
