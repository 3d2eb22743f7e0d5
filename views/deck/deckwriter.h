#pragma once

#include "deckdocument.h"

#include "domain/result.h"

#include <QImage>
#include <QSet>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

class QPainter;

namespace csm {

class DeckChartRecorder;

/// Writes `document` as a PDF of 16:9 pages (10 × 5.625 in) to `path`, text as text and charts as
/// vectors, fonts embedded. The file appears complete or not at all: it is written beside the
/// target and renamed into place, so a full disk or a cancel leaves no partial file. `cancel` is
/// checked between pages.
Status writeDeckPdf(const DeckDocument &document, const QString &path, const std::atomic_bool *cancel = nullptr);

/// Writes `pageCount` 16:9 slides painted by `paintPage(painter, index)` in deck units to `path`
/// (the QBR deck and the portfolio review share it): written beside the target and renamed over it
/// when complete; a cancel or a failure ("Cannot write PATH: reason") leaves no file.
Status writeSlidesPdf(const QString &path, const QString &title, int pageCount,
                      const std::function<void(QPainter *, int)> &paintPage, const std::atomic_bool *cancel = nullptr);

/// Page `index` drawn into an image `width` pixels wide (the preview).
QImage renderDeckPage(const DeckDocument &document, int index, int width, qreal devicePixelRatio = 1.0);

/// "Acme Corp – QBR 2026-12-01.pdf", with characters file systems refuse replaced.
QString deckFileName(const Account &account, const QDate &asOf);

/// deckFileName() for an account in a batch, told apart by its CRM id when another account of
/// the batch already took the name; `taken` collects the names given (compared case-blind).
QString uniqueDeckFileName(const QString &name, const QString &crmId, const QDate &asOf, QSet<QString> &taken);

/// What to export: the sections (empty = the defaults of each account's segment), the day the
/// data is frozen on (null = today) and who presents it (empty = the account's owner).
struct DeckOptions
{
    QList<DeckSection> sections;
    QDate asOf;
    QString preparedBy;

    QList<DeckSection> sectionsFor(const Account &account) const;
};

/// Reads, lays out and writes one account's deck in the calling thread, which must be the GUI
/// thread (charts are widgets). For the CLI, the benchmark and tests; the app pipelines the same
/// steps across threads. Returns the number of pages written.
Result<int> exportDeck(const QSqlDatabase &db, qint64 accountId, const DeckOptions &options, const QString &path,
                       DeckChartRecorder &recorder);

} // namespace csm
