// The shipped translations: every .ts file complete, placeholders and accelerators kept, and in
// every language the main window's menus give each item its own mnemonic.

#include "mainwindow.h"

#include "languagemanager.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QFile>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>


namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations;   // one, or the plural forms
    bool unfinished = false;
};

QVector<Message> readTs(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QVector<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, false};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                || type == QLatin1String("obsolete");
            // Either text, or <numerusform> children.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations.append(xml.readElementText());
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (current.translations.isEmpty())
                current.translations.append(text);
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(1));
    found.sort();
    return found;
}

// Mnemonic markers: "&X", not "&&" and not an HTML entity such as "&amp;".
int mnemonicCount(QString text)
{
    text.replace(QStringLiteral("&&"), QString());
    static const QRegularExpression entity(QStringLiteral("&[a-zA-Z]+;|&#\\d+;"));
    text.remove(entity);
    static const QRegularExpression marker(QStringLiteral("&[^\\s]"));
    return int(text.count(marker));
}

QString describe(const QString &file, const Message &m, const QString &problem)
{
    return QStringLiteral("%1 [%2] \"%3\": %4").arg(file, m.context, m.source.left(60), problem);
}

// The mnemonic letters of a list of texts; a message per letter used twice.
QStringList collisions(const QString &where, const QList<QPair<QString, QString>> &items)
{
    QHash<QString, QString> seen;
    QStringList problems;
    for (const auto &[text, label] : items) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        if (mnemonic.isEmpty())
            continue;
        const QString key = mnemonic.toString();
        if (seen.contains(key))
            problems.append(QStringLiteral("%1: %2 is both \"%3\" and \"%4\"").arg(where, key, seen.value(key), label));
        else
            seen.insert(key, label);
    }
    return problems;
}

void collectMenu(QMenu *menu, const QString &path, QStringList *problems)
{
    QList<QPair<QString, QString>> items;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        items.append({action->text(), action->text()});
        if (action->menu())
            collectMenu(action->menu(), path + QStringLiteral(" › ") + action->text(), problems);
    }
    *problems += collisions(path, items);
}

QStringList mnemonicProblems(Hone::MainWindow &window)
{
    QStringList problems;
    // Alt+letter opens a menu or a workspace tab: both share one keyboard.
    QList<QPair<QString, QString>> top;
    for (QAction *action : window.menuBar()->actions()) {
        top.append({action->text(), action->text()});
        if (action->menu())
            collectMenu(action->menu(), action->text(), &problems);
    }
    for (int i = 0; i < window.tabs()->count(); ++i)
        top.append({window.tabs()->tabText(i), window.tabs()->tabText(i)});
    problems += collisions(QStringLiteral("menu bar and tabs"), top);
    return problems;
}

// Every text a user can read in the window without a project: labels, buttons, group titles,
// choices, placeholders, tool tips, menu items and tabs.
QSet<QString> windowTexts(Hone::MainWindow &window)
{
    QSet<QString> texts;
    auto add = [&texts](const QString &text) {
        if (!text.trimmed().isEmpty())
            texts.insert(text);
    };
    for (QWidget *w : window.findChildren<QWidget *>()) {
        add(w->toolTip());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            add(group->title());
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            add(line->placeholderText());
        if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i));
        if (auto *tabs = qobject_cast<QTabWidget *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
    }
    for (QAction *action : window.findChildren<QAction *>()) {
        add(action->text());
        if (action->toolTip() != action->text())
            add(action->toolTip());
    }
    return texts;
}

// Hone's translation for one language while in scope ("en": none). It is removed on every way out,
// also when a check fails half-way, so one failing language cannot leak into the next test.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &language)
    {
        if (language != QLatin1String("en") && m_translator.load(QStringLiteral(":/i18n/hone_%1.qm").arg(language)))
            m_installed = QCoreApplication::installTranslator(&m_translator);
    }
    ~ScopedLanguage()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(&m_translator);
    }
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;
    bool isInstalled() const { return m_installed; }

private:
    QTranslator m_translator;
    bool m_installed = false;
};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shippedFilesAreComplete_data();
    void shippedFilesAreComplete();
    void everyLanguageIsCompiledIn();
    void menusHaveDistinctMnemonics_data();
    void menusHaveDistinctMnemonics();
    void windowFitsALaptopScreen_data() { menusHaveDistinctMnemonics_data(); }
    void windowFitsALaptopScreen();
    void windowTextIsTranslated_data();
    void windowTextIsTranslated();
    void systemLocaleFindsItsLanguage();

private:
    QStringList m_tsFiles;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_tsFiles = QDir(QStringLiteral(HONE_TRANSLATIONS_DIR)).entryList({QStringLiteral("hone_*.ts")});
    QVERIFY2(m_tsFiles.size() >= 5, qPrintable(m_tsFiles.join(QLatin1Char(' '))));
}

void TestTranslations::shippedFilesAreComplete_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : m_tsFiles)
        QTest::newRow(qPrintable(file)) << file;
}

void TestTranslations::shippedFilesAreComplete()
{
    QFETCH(QString, file);
    QString language, error;
    const QVector<Message> messages = readTs(QDir(QStringLiteral(HONE_TRANSLATIONS_DIR)).filePath(file),
                                             &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!language.isEmpty());
    // English is the source: its file has the plural forms of every %n message, two each.
    const bool plurals = file == QLatin1String("hone_en.ts");
    QVERIFY2(messages.size() > (plurals ? 20 : 500), qPrintable(QString::number(messages.size())));
    if (plurals)
        for (const Message &m : messages)
            QVERIFY2(m.translations.size() == 2 && m.source.contains(QLatin1String("%n")), qPrintable(m.source));
    QStringList problems;
    for (const Message &m : messages) {
        if (m.unfinished) {
            problems.append(describe(file, m, QStringLiteral("unfinished")));
            continue;
        }
        const QStringList want = placeholders(m.source);
        const int sourceMnemonics = mnemonicCount(m.source);
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                problems.append(describe(file, m, QStringLiteral("empty translation")));
            else if (placeholders(t) != want)
                problems.append(describe(file, m, QStringLiteral("placeholders %1 became %2 in \"%3\"")
                                                      .arg(want.join(QLatin1Char(',')),
                                                           placeholders(t).join(QLatin1Char(',')), t)));
            else if (sourceMnemonics > 0 && mnemonicCount(t) != sourceMnemonics)
                problems.append(describe(file, m, QStringLiteral("accelerator lost or doubled in \"%1\"").arg(t)));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s), first ones:\n").arg(problems.size())
                                            + problems.mid(0, 15).join(QLatin1Char('\n'))));
}

void TestTranslations::everyLanguageIsCompiledIn()
{
    QStringList shipped;
    for (const QString &file : m_tsFiles)
        shipped.append(file.mid(5, file.size() - 8));
    shipped.removeAll(QStringLiteral("en"));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/hone_en.qm")));
    QStringList available = Hone::LanguageManager::availableLanguages();
    shipped.sort();
    available.sort();
    QCOMPARE(available, shipped);
}

void TestTranslations::menusHaveDistinctMnemonics_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    for (const QString &language : Hone::LanguageManager::availableLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::menusHaveDistinctMnemonics()
{
    QFETCH(QString, language);
    const ScopedLanguage scoped(language);
    const bool translated = language != QLatin1String("en");
    QVERIFY(scoped.isInstalled() == translated);
    Hone::MainWindow window;
    if (translated)
        QVERIFY2(window.menuBar()->actions().first()->text() != QLatin1String("&File"),
                 "the translation is not applied to the menus");
    const QStringList problems = mnemonicProblems(window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// Longer German or French strings must not push any workspace past a 1280 × 800 screen.
void TestTranslations::windowFitsALaptopScreen()
{
    QFETCH(QString, language);
    const ScopedLanguage scoped(language);
    const bool translated = language != QLatin1String("en");
    QVERIFY(scoped.isInstalled() == translated);
    Hone::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList tooWide;
    for (int i = 0; i < window.tabs()->count(); ++i) {
        const QSize minimum = window.tabs()->widget(i)->minimumSizeHint();
        if (minimum.width() > 1240 || minimum.height() > 680)
            tooWide.append(QStringLiteral("%1: %2 × %3").arg(window.tabs()->tabText(i)).arg(minimum.width()).arg(minimum.height()));
    }
    const QSize whole = window.minimumSizeHint();
    QVERIFY2(tooWide.isEmpty() && whole.width() <= 1280 && whole.height() <= 800,
             qPrintable(QStringLiteral("window %1 × %2; %3").arg(whole.width()).arg(whole.height())
                            .arg(tooWide.join(QStringLiteral(", ")))));
}

// The window's texts in a language differ from the English ones, except where the translation is
// the same words (a product name, "Training" in German). A string that is not in tr(), or is looked
// up under another context than lupdate filed it in, shows up here as English.
void TestTranslations::windowTextIsTranslated_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : m_tsFiles)
        if (file != QLatin1String("hone_en.ts"))   // English's own plural forms only
            QTest::newRow(qPrintable(file)) << file;
}

void TestTranslations::windowTextIsTranslated()
{
    QFETCH(QString, file);
    QString language, error;
    const QVector<Message> messages = readTs(QDir(QStringLiteral(HONE_TRANSLATIONS_DIR)).filePath(file),
                                             &language, &error);
    QSet<QString> sameInTranslation;
    for (const Message &m : messages)
        if (m.translations.contains(m.source))
            sameInTranslation.insert(m.source);
    QSet<QString> english;
    {
        Hone::MainWindow window;
        english = windowTexts(window);
    }
    QSet<QString> translated;
    {
        const ScopedLanguage scoped(file.mid(5, file.size() - 8));
        QVERIFY(scoped.isInstalled());
        Hone::MainWindow window;
        translated = windowTexts(window);
    }
    // Names, ids and numbers (backbones, weights ids, optimizers, "FP32") are not words to translate.
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z0-9_.+:/\\-]*[0-9_A-Z:/][A-Za-z0-9_.+:/\\-]*$"));
    QStringList english_left;
    for (const QString &text : translated) {
        if (!english.contains(text) || sameInTranslation.contains(text))
            continue;
        if (!word.match(text).hasMatch() || identifier.match(text).hasMatch())
            continue;
        english_left.append(text);
    }
    english_left.sort();
    QVERIFY2(english_left.isEmpty(), qPrintable(QStringLiteral("%1 text(s) stay English in %2:\n").arg(english_left.size()).arg(language)
                                                 + english_left.join(QLatin1Char('\n'))));
}

void TestTranslations::systemLocaleFindsItsLanguage()
{
    using Hone::LanguageManager::bestMatch;
    const QStringList shipped = {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                                 QStringLiteral("ja"), QStringLiteral("zh_CN")};
    QCOMPARE(bestMatch({QStringLiteral("zh-Hans-CN"), QStringLiteral("zh-CN")}, shipped), QStringLiteral("zh_CN"));
    QCOMPARE(bestMatch({QStringLiteral("zh-TW")}, shipped), QStringLiteral("zh_CN"));
    QCOMPARE(bestMatch({QStringLiteral("de-AT"), QStringLiteral("de")}, shipped), QStringLiteral("de"));
    QCOMPARE(bestMatch({QStringLiteral("fr_CA")}, shipped), QStringLiteral("fr"));
    QCOMPARE(bestMatch({QStringLiteral("ja-JP")}, shipped), QStringLiteral("ja"));
    // The first wanted language that Hone has wins; English (the source) ends the search.
    QCOMPARE(bestMatch({QStringLiteral("pt-BR"), QStringLiteral("es-MX")}, shipped), QStringLiteral("es"));
    QCOMPARE(bestMatch({QStringLiteral("en-GB"), QStringLiteral("de")}, shipped), QStringLiteral("en"));
    QCOMPARE(bestMatch({QStringLiteral("pt-BR")}, shipped), QStringLiteral("en"));
    QCOMPARE(bestMatch({}, shipped), QStringLiteral("en"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
