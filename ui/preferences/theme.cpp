// qcustomplot.h is written with Qt's `signals` and `foreach` keywords (see trainingplots.cpp).
#undef QT_NO_KEYWORDS

#include "theme.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDBusVariant>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>

#include <qcustomplot.h>

namespace Hone {

namespace {

const QString portalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString portalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString portalInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString appearance = QStringLiteral("org.freedesktop.appearance");
const QString colorScheme = QStringLiteral("color-scheme");

// The portal wraps the value in one or two variants depending on its version.
int unwrapScheme(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    bool ok = false;
    const int scheme = int(value.toUInt(&ok));
    return ok ? scheme : -1;
}

int readPortalScheme()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return -1;
    QDBusMessage call = QDBusMessage::createMethodCall(portalService, portalPath, portalInterface,
                                                       QStringLiteral("Read"));
    call << appearance << colorScheme;
    const QDBusMessage reply = bus.call(call, QDBus::Block, 500);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return -1;
    return unwrapScheme(reply.arguments().first());
}

// Relays the portal's SettingChanged signal for the colour scheme.
class PortalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit PortalWatcher(QObject *parent)
        : QObject(parent)
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (bus.isConnected())
            bus.connect(portalService, portalPath, portalInterface, QStringLiteral("SettingChanged"), this,
                        SLOT(onSettingChanged(QString, QString, QDBusVariant)));
    }

Q_SIGNALS:
    void schemeChanged(int scheme);

private Q_SLOTS:
    void onSettingChanged(const QString &group, const QString &key, const QDBusVariant &value)
    {
        if (group == appearance && key == colorScheme)
            Q_EMIT schemeChanged(unwrapScheme(value.variant()));
    }
};

} // namespace

ThemeManager::ThemeManager(QObject *parent)
    : QObject(parent)
    , m_platformPalette(QApplication::palette())
    , m_platformStyle(QApplication::style()->name())
{
    m_portalScheme = readPortalScheme();
    connect(new PortalWatcher(this), &PortalWatcher::schemeChanged, this, &ThemeManager::onPortalSchemeChanged);
}

bool ThemeManager::systemPrefersDark() const
{
    if (isDark(m_platformPalette))
        return true;
    if (m_portalScheme == 1)
        return true;
    if (m_portalScheme == 2)
        return false;
    return qEnvironmentVariable("GTK_THEME").endsWith(QLatin1String(":dark"), Qt::CaseInsensitive);
}

void ThemeManager::apply(Preferences::Theme theme)
{
    m_theme = theme;
    switch (theme) {
    case Preferences::Theme::Dark:
        applyPalette(true);
        break;
    case Preferences::Theme::Light:
        applyPalette(false);
        break;
    case Preferences::Theme::System:
        applyPalette(systemPrefersDark());
        break;
    }
}

void ThemeManager::applyPalette(bool dark)
{
    if (dark) {
        // Fusion draws every control from the palette; the platform's style may not.
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        return;
    }
    if (QApplication::style()->name() != m_platformStyle)
        QApplication::setStyle(QStyleFactory::create(m_platformStyle));
    // The platform's own palette when it is light; Fusion's light one when the platform is dark.
    QApplication::setPalette(isDark(m_platformPalette) ? QApplication::style()->standardPalette()
                                                       : m_platformPalette);
}

void ThemeManager::onPortalSchemeChanged(int scheme)
{
    m_portalScheme = scheme;
    if (m_theme == Preferences::Theme::System)
        apply(m_theme);
}

QPalette ThemeManager::darkPalette()
{
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(230, 230, 230);
    const QColor disabled(130, 130, 130);
    const QColor highlight(53, 132, 228);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(160));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Link, highlight.lighter(130));
    p.setColor(QPalette::LinkVisited, highlight.lighter(110));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(130));
    return p;
}

bool ThemeManager::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

namespace {

class PlotPalette : public QObject
{
public:
    explicit PlotPalette(QCustomPlot *plot)
        : QObject(plot)
        , m_plot(plot)
    {
        plot->installEventFilter(this);
        restyle();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_plot && event->type() == QEvent::PaletteChange) {
            restyle();
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        }
        return false;
    }

private:
    void restyle()
    {
        const QPalette palette = m_plot->palette();
        const QColor text = palette.color(QPalette::Text);
        const QColor grid = ThemeManager::isDark(palette) ? QColor(255, 255, 255, 45) : QColor(0, 0, 0, 40);
        QColor legend = palette.color(QPalette::Base);
        legend.setAlpha(190);   // the curves show through
        m_plot->setBackground(palette.color(QPalette::Base));
        for (QCPAxis *axis : m_plot->axisRect()->axes()) {
            if (axis->basePen().color() == m_text) {
                axis->setBasePen(QPen(text));
                axis->setTickPen(QPen(text));
                axis->setSubTickPen(QPen(text));
            }
            if (axis->tickLabelColor() == m_text)
                axis->setTickLabelColor(text);
            if (axis->labelColor() == m_text)
                axis->setLabelColor(text);
            axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
            axis->grid()->setZeroLinePen(QPen(grid, 1, Qt::SolidLine));
        }
        if (m_plot->legend) {
            m_plot->legend->setBrush(legend);
            m_plot->legend->setTextColor(text);
            m_plot->legend->setBorderPen(QPen(palette.color(QPalette::Mid)));
        }
        m_text = text;
    }

    QCustomPlot *m_plot;
    QColor m_text = Qt::black;   // QCustomPlot's own default for axes and labels
};

} // namespace

void ThemeManager::followPalette(QCustomPlot *plot)
{
    new PlotPalette(plot);
}

} // namespace Hone

#include "theme.moc"
