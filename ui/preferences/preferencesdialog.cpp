#include "preferencesdialog.h"

#include "languagemanager.h"
#include "preferences/preferences.h"
#include "preferences/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Hone {

PreferencesDialog::PreferencesDialog(ThemeManager *themes, const QString &activeLanguage, QWidget *parent)
    : QDialog(parent)
    , m_themes(themes)
    , m_activeLanguage(activeLanguage)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_device(new QComboBox(this))
    , m_restartNote(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));

    const QString system = LanguageManager::bestMatch(QLocale::system().uiLanguages(),
                                                      LanguageManager::availableLanguages());
    m_language->addItem(tr("System default (%1)").arg(system == QLatin1String("en")
                                                          ? QStringLiteral("English")
                                                          : LanguageManager::nativeName(system)),
                        QString());
    // Each language in its own name, so that a user who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &code : LanguageManager::availableLanguages())
        m_language->addItem(LanguageManager::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(LanguageManager::savedLanguage())));

    m_theme->addItem(tr("Follow the system"), Preferences::themeName(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), Preferences::themeName(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), Preferences::themeName(Preferences::Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Preferences::themeName(Preferences::theme()))));

    m_device->addItem(tr("Automatic (a GPU when there is one)"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA GPU"), QStringLiteral("cuda"));
    m_device->setCurrentIndex(std::max(0, m_device->findData(Preferences::defaultDevice())));

    m_restartNote->setWordWrap(true);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Default &device for training:"), m_device);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);
    updateRestartNote();
}

void PreferencesDialog::updateRestartNote()
{
    const QString chosen = m_language->currentData().toString();
    const QString effective = chosen.isEmpty()
        ? LanguageManager::bestMatch(QLocale::system().uiLanguages(), LanguageManager::availableLanguages())
        : chosen;
    m_restartNote->setText(effective == m_activeLanguage ? QString()
                                                         : tr("The new language applies when Hone starts next."));
    m_restartNote->setVisible(effective != m_activeLanguage);
}

void PreferencesDialog::accept()
{
    LanguageManager::setSavedLanguage(m_language->currentData().toString());
    const auto theme = Preferences::themeFromName(m_theme->currentData().toString());
    Preferences::setTheme(theme);
    if (m_themes)
        m_themes->apply(theme);
    Preferences::setDefaultDevice(m_device->currentData().toString());
    QDialog::accept();
}

} // namespace Hone
