// qcustomplot.h is written with Qt's `signals` and `foreach` keywords (see ui/trainingplots.cpp).
#undef QT_NO_KEYWORDS

// Preferences (language, theme, default device), the recent-projects menu and the desktop's
// recently-used list, opening a project by its project file as a file manager does, and
// thumbnails drawn at the screen's resolution.

#include "imagegriddelegate.h"
#include "mainwindow.h"
#include "trainworkspace.h"

#include "common/desktoprecentlist.h"
#include "common/recentprojects.h"
#include "languagemanager.h"
#include "preferences/preferences.h"
#include "preferences/preferencesdialog.h"
#include "preferences/theme.h"
#include "project/project.h"
#include "project/projectfile.h"
#include "imaging/thumbnails.h"

#include <QApplication>
#include <QComboBox>
#include <QDomDocument>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QStandardItemModel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <qcustomplot.h>

using namespace Hone;

namespace {

QString newProject(const QTemporaryDir &root, const QString &name)
{
    const QString dir = root.filePath(name);
    Project project;
    QString error;
    if (!project.create(dir, &error))
        qWarning("%s", qPrintable(error));
    return dir;
}

QDomDocument readRecentList()
{
    QDomDocument doc;
    QFile file(DesktopRecentList::path());
    if (file.open(QIODevice::ReadOnly))
        doc.setContent(&file);
    return doc;
}

QStringList recentHrefs()
{
    QStringList hrefs;
    const QDomNodeList bookmarks = readRecentList().elementsByTagName(QStringLiteral("bookmark"));
    for (int i = 0; i < bookmarks.size(); ++i)
        hrefs.append(bookmarks.at(i).toElement().attribute(QStringLiteral("href")));
    return hrefs;
}

void selectData(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void themeSwitchesThePaletteAndThePlots();
    void languageChoiceIsSavedAndNeedsARestart();
    void defaultDeviceReachesTheTrainView();
    void recentProjectsNewestFirst();
    void projectFileOpensItsFolder();
    void desktopListKeepsOtherEntries();
    void unreadableDesktopListIsLeftAlone();
    void thumbnailsPaintAtScreenResolution();
};

void TestPreferences::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QFile::remove(DesktopRecentList::path());
}

void TestPreferences::themeSwitchesThePaletteAndThePlots()
{
    ThemeManager themes;
    const bool startedDark = ThemeManager::isDark(QApplication::palette());
    PreferencesDialog dialog(&themes, QStringLiteral("en"));
    selectData(dialog.themeCombo(), QStringLiteral("dark"));
    dialog.accept();
    QCOMPARE(Preferences::theme(), Preferences::Theme::Dark);
    QVERIFY(ThemeManager::isDark(QApplication::palette()));

    // A plot made now and one made before both follow: background from the palette's base.
    QCustomPlot plot;
    ThemeManager::followPalette(&plot);
    QCOMPARE(plot.toPixmap(80, 60).toImage().pixelColor(2, 2).name(),
             QApplication::palette().color(QPalette::Base).name());
    QCOMPARE(plot.xAxis->tickLabelColor(), QApplication::palette().color(QPalette::Text));

    PreferencesDialog again(&themes, QStringLiteral("en"));
    QCOMPARE(again.themeCombo()->currentData().toString(), QStringLiteral("dark"));
    selectData(again.themeCombo(), QStringLiteral("light"));
    again.accept();
    QVERIFY(!ThemeManager::isDark(QApplication::palette()));
    QCoreApplication::sendPostedEvents();
    QVERIFY(plot.toPixmap(80, 60).toImage().pixelColor(2, 2).lightness() > 128);
    QVERIFY(plot.xAxis->tickLabelColor().lightness() < 128);

    // Following the system with nothing saying "dark" (offscreen, no portal) is light, unless the
    // platform itself started dark.
    themes.apply(Preferences::Theme::System);
    QCOMPARE(ThemeManager::isDark(QApplication::palette()), startedDark || themes.systemPrefersDark());
}

void TestPreferences::languageChoiceIsSavedAndNeedsARestart()
{
    PreferencesDialog dialog(nullptr, QStringLiteral("en"));
    QComboBox *language = dialog.languageCombo();
    // Every shipped language is offered in its own name.
    for (const QString &code : LanguageManager::availableLanguages())
        QVERIFY2(language->findData(code) >= 0, qPrintable(code));
    QCOMPARE(language->itemText(language->findData(QStringLiteral("de"))), QStringLiteral("Deutsch"));
    QCOMPARE(language->itemText(language->findData(QStringLiteral("zh_CN"))), QStringLiteral("简体中文"));
    QCOMPARE(language->itemText(language->findData(QStringLiteral("ja"))), QStringLiteral("日本語"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("restartNote"));
    QVERIFY(note);
    selectData(language, QStringLiteral("fr"));
    QVERIFY(!note->isHidden());
    dialog.accept();
    QCOMPARE(LanguageManager::savedLanguage(), QStringLiteral("fr"));
    QCOMPARE(LanguageManager::preferredLanguage(), QStringLiteral("fr"));
    // An override (hone --lang) wins for one run without changing the saved choice.
    QCOMPARE(LanguageManager::preferredLanguage(QStringLiteral("ja")), QStringLiteral("ja"));
    QCOMPARE(LanguageManager::savedLanguage(), QStringLiteral("fr"));

    PreferencesDialog same(nullptr, QStringLiteral("fr"));
    QVERIFY(same.findChild<QLabel *>(QStringLiteral("restartNote"))->isHidden());
    selectData(same.languageCombo(), QString());   // back to the system's language
    same.accept();
    QVERIFY(LanguageManager::savedLanguage().isEmpty());
}

void TestPreferences::defaultDeviceReachesTheTrainView()
{
    QTemporaryDir root;
    const QString dir = newProject(root, QStringLiteral("devices"));
    Preferences::setDefaultDevice(QStringLiteral("cpu"));
    MainWindow window;
    QVERIFY(window.openProject(dir));
    auto *device = window.trainWorkspace()->findChild<QComboBox *>(QStringLiteral("deviceCombo"));
    QVERIFY(device);
    QCOMPARE(device->currentData().toString(), QStringLiteral("cpu"));
    QCOMPARE(window.trainWorkspace()->config().device, QStringLiteral("cpu"));

    PreferencesDialog dialog(nullptr, QStringLiteral("en"));
    QCOMPARE(dialog.deviceCombo()->currentData().toString(), QStringLiteral("cpu"));
    selectData(dialog.deviceCombo(), QStringLiteral("cuda"));
    dialog.accept();
    window.trainWorkspace()->applyPreferences();
    QCOMPARE(device->currentData().toString(), QStringLiteral("cuda"));
}

void TestPreferences::recentProjectsNewestFirst()
{
    QTemporaryDir root;
    const QString first = newProject(root, QStringLiteral("first"));
    const QString second = newProject(root, QStringLiteral("second & more"));
    MainWindow window;
    QVERIFY(window.openProject(first));
    QVERIFY(window.openProject(second));
    QCOMPARE(RecentProjects::list(), (QStringList{second, first}));

    QMenu *menu = window.recentMenu();
    QMetaObject::invokeMethod(menu, "aboutToShow");
    const QList<QAction *> actions = menu->actions();
    QVERIFY(actions.size() >= 2);
    // Numbered mnemonics; a name's own "&" is shown, not taken as a mnemonic.
    QCOMPARE(actions.at(0)->text(), QStringLiteral("&1 second && more"));
    QCOMPARE(actions.at(1)->text(), QStringLiteral("&2 first"));
    actions.at(1)->trigger();
    QCOMPARE(window.project()->directory(), first);
    QCOMPARE(RecentProjects::list().first(), first);

    // Both projects are in the desktop's list as project files, with Hone's MIME type.
    const QStringList hrefs = recentHrefs();
    QVERIFY(hrefs.contains(QUrl::fromLocalFile(QDir(first).filePath(ProjectFile::fileName())).toString(QUrl::FullyEncoded)));
    QVERIFY(hrefs.contains(QUrl::fromLocalFile(QDir(second).filePath(ProjectFile::fileName())).toString(QUrl::FullyEncoded)));
    QCOMPARE(hrefs.size(), 2);   // opening again refreshes, it does not duplicate
    const QDomDocument doc = readRecentList();
    QCOMPARE(doc.elementsByTagName(QStringLiteral("mime:mime-type")).at(0).toElement().attribute(QStringLiteral("type")),
             QStringLiteral("application/x-hone-project"));
    const QDomElement app = doc.elementsByTagName(QStringLiteral("bookmark:application")).at(0).toElement();
    QCOMPARE(app.attribute(QStringLiteral("name")), QStringLiteral("Hone"));
    QVERIFY(app.attribute(QStringLiteral("count")).toInt() >= 1);

    // A project that has gone is no longer offered.
    QVERIFY(QDir(second).removeRecursively());
    QCOMPARE(RecentProjects::list(), QStringList{first});
    RecentProjects::clear();
    QVERIFY(RecentProjects::list().isEmpty());
}

void TestPreferences::projectFileOpensItsFolder()
{
    QTemporaryDir root;
    const QString dir = newProject(root, QStringLiteral("byfile"));
    MainWindow window;
    QVERIFY(window.openProject(QDir(dir).filePath(ProjectFile::fileName())));
    QCOMPARE(window.project()->directory(), dir);
}

void TestPreferences::desktopListKeepsOtherEntries()
{
    QDir().mkpath(QFileInfo(DesktopRecentList::path()).absolutePath());
    const QByteArray other =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<xbel version=\"1.0\" xmlns:bookmark=\"http://www.freedesktop.org/standards/desktop-bookmarks\" "
        "xmlns:mime=\"http://www.freedesktop.org/standards/shared-mime-info\">\n"
        "  <bookmark href=\"file:///home/someone/notes.txt\" added=\"2026-01-01T00:00:00Z\" "
        "modified=\"2026-01-01T00:00:00Z\" visited=\"2026-01-01T00:00:00Z\">\n"
        "    <info><metadata owner=\"http://freedesktop.org\"><mime:mime-type type=\"text/plain\"/>"
        "<bookmark:applications><bookmark:application name=\"gedit\" exec=\"'gedit %u'\" "
        "modified=\"2026-01-01T00:00:00Z\" count=\"3\"/></bookmark:applications></metadata></info>\n"
        "  </bookmark>\n</xbel>\n";
    QFile file(DesktopRecentList::path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(other);
    file.close();
    QTemporaryDir root;
    const QString project = QDir(root.path()).filePath(ProjectFile::fileName());
    QString error;
    QVERIFY2(DesktopRecentList::add(project, QStringLiteral("application/x-hone-project"), &error), qPrintable(error));
    QVERIFY(DesktopRecentList::add(project, QStringLiteral("application/x-hone-project"), &error));
    const QStringList hrefs = recentHrefs();
    QCOMPARE(hrefs.size(), 2);
    QCOMPARE(hrefs.first(), QStringLiteral("file:///home/someone/notes.txt"));
    const QDomNodeList apps = readRecentList().elementsByTagName(QStringLiteral("bookmark:application"));
    QCOMPARE(apps.at(0).toElement().attribute(QStringLiteral("count")), QStringLiteral("3"));
    QCOMPARE(apps.at(1).toElement().attribute(QStringLiteral("count")), QStringLiteral("2"));
}

void TestPreferences::unreadableDesktopListIsLeftAlone()
{
    QDir().mkpath(QFileInfo(DesktopRecentList::path()).absolutePath());
    QFile file(DesktopRecentList::path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<xbel version=\"1.0\"><bookmark href=\"file:///a\"");   // cut short
    file.close();
    QString error;
    QVERIFY(!DesktopRecentList::add(QStringLiteral("/tmp/x/project.hone.json"),
                                    QStringLiteral("application/x-hone-project"), &error));
    QVERIFY(error.contains(QStringLiteral("left as it is")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("<xbel version=\"1.0\"><bookmark href=\"file:///a\""));
}

// Share of the cell's central pixels that are clearly black or white, painted at a pixel ratio.
double stripeContrast(qreal ratio)
{
    // Vertical stripes 4 px wide: at 100 % the grid shows them about 2 px wide, at 200 % about 4.
    QImage stripes(ThumbnailSize, ThumbnailSize, QImage::Format_RGB32);
    for (int x = 0; x < stripes.width(); ++x)
        for (int y = 0; y < stripes.height(); ++y)
            stripes.setPixel(x, y, (x / 4) % 2 ? qRgb(255, 255, 255) : qRgb(0, 0, 0));
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), QPixmap::fromImage(stripes), Qt::DecorationRole);
    ImageGridDelegate delegate;
    QStyleOptionViewItem option;
    const QSize cell = delegate.sizeHint(option, model.index(0, 0));
    option.rect = QRect(QPoint(0, 0), cell);
    QImage canvas(cell * ratio, QImage::Format_RGB32);
    canvas.setDevicePixelRatio(ratio);
    canvas.fill(Qt::gray);
    QPainter painter(&canvas);
    delegate.paint(&painter, option, model.index(0, 0));
    painter.end();
    int clear = 0, all = 0;
    const QRect centre(canvas.width() / 4, canvas.height() / 4, canvas.width() / 2, canvas.height() / 3);
    for (int y = centre.top(); y <= centre.bottom(); ++y)
        for (int x = centre.left(); x <= centre.right(); ++x) {
            const int g = qGray(canvas.pixel(x, y));
            clear += g < 40 || g > 215;
            ++all;
        }
    return double(clear) / all;
}

void TestPreferences::thumbnailsPaintAtScreenResolution()
{
    // At 200 % the stripes keep their edges; drawn at logical size and magnified they would blur
    // as much as at 100 %.
    const double normal = stripeContrast(1.0);
    const double doubled = stripeContrast(2.0);
    qInfo("clear black or white pixels: %.2f at 100 %%, %.2f at 200 %%", normal, doubled);
    QVERIFY2(doubled > 0.75, qPrintable(QString::number(doubled)));
    QVERIFY2(doubled > normal + 0.15, qPrintable(QStringLiteral("%1 vs %2").arg(doubled).arg(normal)));
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
