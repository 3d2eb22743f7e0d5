#include "appicon.h"

#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QTest>

using namespace csm;
using namespace Qt::StringLiterals;

/// The window icon: embedded PNG renders, one per size the desktop draws it at.
class TestAppIcon final : public QObject
{
    Q_OBJECT

private slots:
    void embedsEverySize_data()
    {
        QTest::addColumn<int>("size");
        for (const int size : { 16, 24, 32, 48, 64, 128, 256 })
            QTest::newRow(qPrintable(u"%1 px"_s.arg(size))) << size;
    }

    void embedsEverySize()
    {
        QFETCH(int, size);
        const QImage image(u":/icons/hicolor/%1x%1/apps/csm-workbench.png"_s.arg(size));
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(appIcon().availableSizes().contains(QSize(size, size)));
    }

    void drawsAtTheSmallestAndLargestSize_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("16 px") << 16;
        QTest::newRow("256 px") << 256;
    }

    void drawsAtTheSmallestAndLargestSize()
    {
        QFETCH(int, size);
        const QIcon icon = appIcon();
        QVERIFY(!icon.isNull());
        const QPixmap pixmap = icon.pixmap(QSize(size, size), 1.0);
        QVERIFY(!pixmap.isNull());
        QCOMPARE(pixmap.size(), QSize(size, size));
        // The tile is opaque in the middle and transparent in the rounded corner.
        const QImage image = pixmap.toImage();
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    }
};

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
