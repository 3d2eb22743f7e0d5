#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace csm {

namespace {

constexpr auto kThemeKey = "ui/theme";

struct Startup
{
    QString style;
    QPalette palette;
};

/// The style and palette the app had before any theme was applied.
const Startup &startup()
{
    static const Startup s { QApplication::style()->name(), QApplication::palette() };
    return s;
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor alternate(0x26, 0x28, 0x2b);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    const QColor highlight(0x3d, 0x7e, 0xd6);
    const QColor link(0x7a, 0xb4, 0xff);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4b));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link.darker(120));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

} // namespace

Theme themeSetting()
{
    const QString value = QSettings().value(QLatin1String(kThemeKey)).toString();
    if (value == u"light")
        return Theme::Light;
    if (value == u"dark")
        return Theme::Dark;
    return Theme::System;
}

void setThemeSetting(Theme theme)
{
    QSettings settings;
    switch (theme) {
    case Theme::System: settings.remove(QLatin1String(kThemeKey)); break;
    case Theme::Light: settings.setValue(QLatin1String(kThemeKey), QStringLiteral("light")); break;
    case Theme::Dark: settings.setValue(QLatin1String(kThemeKey), QStringLiteral("dark")); break;
    }
}

void applyTheme(Theme theme)
{
    const Startup &original = startup();
    switch (theme) {
    case Theme::System:
        if (QApplication::style()->name() != original.style)
            QApplication::setStyle(QStyleFactory::create(original.style));
        QApplication::setPalette(original.palette);
        break;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace csm
