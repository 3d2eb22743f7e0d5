#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>

/// The deck's one theme: a 1280 × 720 slide (16:9) in logical units, its colours and type. Fonts
/// are sized in pixels of that canvas so a slide lays out the same on a PDF page and a thumbnail.
namespace csm::deck {

inline constexpr qreal Width = 1280;
inline constexpr qreal Height = 720;
inline constexpr qreal Margin = 56;
inline constexpr qreal TitleBarHeight = 92;
inline constexpr qreal FooterTop = 680;
inline constexpr QRectF Content { Margin, TitleBarHeight + 34, Width - 2 * Margin, FooterTop - 14 - (TitleBarHeight + 34) };

inline const QColor Navy { 0x1b, 0x2a, 0x4a };
inline const QColor Accent { 0x12, 0x9c, 0x9a };
inline const QColor Ink { 0x22, 0x26, 0x2e };
inline const QColor Grey { 0x6b, 0x72, 0x80 };
inline const QColor Rule { 0xd8, 0xdc, 0xe3 };
inline const QColor Tile { 0xf3, 0xf5, 0xf8 };
inline const QColor Track { 0xe4, 0xe7, 0xec };
inline const QColor Paper { Qt::white };

inline QFont font(int pixelSize, bool bold = false, bool italic = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setItalic(italic);
    // Unhinted outlines lay out the same at every scale: thumbnails match the PDF.
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: "Confidential" must stay searchable as typed, not as "Conﬁdential".
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

} // namespace csm::deck
