#include "deckwriter.h"

#include "deckcharts.h"
#include "decktheme.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <functional>

namespace csm {

QList<DeckSection> DeckOptions::sectionsFor(const Account &account) const
{
    return sections.isEmpty() ? defaultDeckSections(account.segment) : sections;
}

Status writeSlidesPdf(const QString &path, const QString &title, int pageCount,
                      const std::function<void(QPainter *, int)> &paintPage, const std::atomic_bool *cancel)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (cancel && cancel->load())
        return Error { DeckDocument::tr("cancelled") };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { DeckDocument::tr("Cannot write %1: %2").arg(shown, file.errorString()) };

    QPdfWriter pdf(&file);
    pdf.setPageLayout(QPageLayout(QPageSize(QSizeF(254.0, 142.875), QPageSize::Millimeter, QStringLiteral("Slide 16:9")),
                                  QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    // 128 dots per inch make a 10-inch page exactly 1280 deck units wide: no scaling anywhere.
    pdf.setResolution(int(deck::Width / 10.0));
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("CSM Workbench"));

    QPainter painter;
    if (!painter.begin(&pdf)) {
        file.cancelWriting();
        return Error { DeckDocument::tr("Cannot write %1: the PDF could not be started").arg(shown) };
    }
    for (int i = 0; i < pageCount; ++i) {
        if (cancel && cancel->load()) {
            painter.end();
            file.cancelWriting();
            return Error { DeckDocument::tr("cancelled") };
        }
        if (i > 0)
            pdf.newPage();
        paintPage(&painter, i);
    }
    painter.end();
    if (file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error { DeckDocument::tr("Cannot write %1: %2").arg(shown, reason) };
    }
    if (!file.commit())
        return Error { DeckDocument::tr("Cannot write %1: %2").arg(shown, file.errorString()) };
    return {};
}

Status writeDeckPdf(const DeckDocument &document, const QString &path, const std::atomic_bool *cancel)
{
    return writeSlidesPdf(path, document.title(), document.pageCount(),
                          [&document](QPainter *painter, int index) { document.paint(painter, index); }, cancel);
}

QImage renderDeckPage(const DeckDocument &document, int index, int width, qreal devicePixelRatio)
{
    const QSize size(width, qRound(width * deck::Height / deck::Width));
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(size.width() / deck::Width, size.height() / deck::Height);
    document.paint(&painter, index);
    painter.end();
    return image;
}

QString deckFileName(const Account &account, const QDate &asOf)
{
    QString name = account.name.trimmed().isEmpty() ? account.crmId : account.name.trimmed();
    static const QString refused = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name)
        if (refused.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.size() > 140)
        name.truncate(140);
    return QStringLiteral("%1 – QBR %2.pdf").arg(name, asOf.toString(Qt::ISODate));
}

QString uniqueDeckFileName(const QString &name, const QString &crmId, const QDate &asOf, QSet<QString> &taken)
{
    Account a;
    a.name = name;
    a.crmId = crmId;
    QString file = deckFileName(a, asOf);
    // Another account took the name: tell them apart by CRM id, after the cut to length, and by a
    // number should even that be taken.
    for (int n = 1; taken.contains(file.toLower()); ++n) {
        a.name = QStringLiteral("%1 (%2)").arg(name.trimmed().left(100), n == 1 ? crmId : QStringLiteral("%1-%2").arg(crmId).arg(n));
        file = deckFileName(a, asOf);
    }
    taken.insert(file.toLower());
    return file;
}

Result<int> exportDeck(const QSqlDatabase &db, qint64 accountId, const DeckOptions &options, const QString &path,
                       DeckChartRecorder &recorder)
{
    auto data = loadDeckData(db, accountId, options.asOf);
    if (!data)
        return data.error();
    const QList<DeckSection> sections = options.sectionsFor(data->account);
    DeckPictures pictures = recorder.record(*data, sections);
    const DeckDocument document(std::move(*data), sections, std::move(pictures), options.preparedBy);
    if (Status written = writeDeckPdf(document, path); !written)
        return written.error();
    return document.pageCount();
}

} // namespace csm
