#include "deckbench.h"

#include "bookfactory.h"
#include "measure.h"

#include "deck/deckbatchexport.h"
#include "deck/deckcharts.h"
#include "deck/deckwriter.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

namespace csm::bench {

bool runDeckBench(Report &report, const Scale &scale, const QString &path, const BenchOptions &options, bool batch)
{
    auto database = Database::open(path);
    if (!database) {
        std::fprintf(stderr, "csm-bench: %s\n", qPrintable(database.errorMessage()));
        return false;
    }
    const QSqlDatabase db = (*database)->connection();
    QTemporaryDir out;
    const QDate asOf = benchToday();
    const QList<DeckSection> all(AllDeckSections.begin(), AllDeckSections.end());

    // The largest high-touch account with a review on record: a deck with every part filled.
    qint64 accountId = 0;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT a.id FROM accounts a WHERE a.segment = 'high' "
                              "ORDER BY EXISTS (SELECT 1 FROM meetings m WHERE m.account_id = a.id AND m.kind = 'qbr') DESC, "
                              "a.arr_cents DESC LIMIT 1"));
        if (q.next())
            accountId = q.value(0).toLongLong();
    }
    if (accountId == 0) {
        std::fprintf(stderr, "csm-bench: no high-touch account for the deck\n");
        return false;
    }

    QString error;
    int pages = 0;
    StepResult whole(QStringLiteral("QBR deck, 9 sections, one account (all steps)"), scale.name);
    whole.target = 300.0;
    DeckChartRecorder recorder;
    const QString pdf = QDir(out.path()).filePath(QStringLiteral("deck.pdf"));
    DeckOptions deckOptions;
    deckOptions.sections = all;
    deckOptions.asOf = asOf;
    if (!timeRuns(whole.samples, options.warmups, options.runs, {}, [&] {
            auto written = exportDeck(db, accountId, deckOptions, pdf, recorder);
            if (!written)
                error = written.errorMessage();
            pages = written ? *written : 0;
            return written.ok();
        })) {
        std::fprintf(stderr, "csm-bench: deck: %s\n", qPrintable(error));
        return false;
    }
    whole.note = QStringLiteral("%1 pages, %2 KB").arg(pages).arg(QFileInfo(pdf).size() / 1024);
    report.add(whole);

    // The same deck step by step: what the UI thread does (charts) against what the workers do.
    std::optional<DeckData> data;
    StepResult read(QStringLiteral("  deck: read the account as of a day (worker)"), scale.name);
    timeRuns(read.samples, options.warmups, options.runs, {}, [&] {
        auto loaded = loadDeckData(db, accountId, asOf);
        if (loaded)
            data = std::move(*loaded);
        return loaded.ok();
    });
    report.add(read);
    DeckPictures pictures;
    StepResult charts(QStringLiteral("  deck: record 6 charts (UI thread)"), scale.name);
    charts.target = 50.0;
    timeRuns(charts.samples, options.warmups, options.runs, {}, [&] {
        pictures = recorder.record(*data, all);
        return pictures.size() == 6;
    });
    report.add(charts);
    StepResult write(QStringLiteral("  deck: lay out and write the PDF (worker)"), scale.name);
    timeRuns(write.samples, options.warmups, options.runs, {}, [&] {
        const DeckDocument document(*data, all, pictures);
        return writeDeckPdf(document, pdf).ok();
    });
    report.add(write);

    if (!batch)
        return true;

    // 300 decks as the app writes them for a filtered list: read, record and write pipelined.
    QList<DeckBatchExport::Item> items;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT id, crm_id, name FROM accounts ORDER BY arr_cents DESC LIMIT 300"));
        QSet<QString> taken;
        while (q.next())
            items << DeckBatchExport::Item { q.value(0).toLongLong(), q.value(1).toString(),
                                             uniqueDeckFileName(q.value(2).toString(), q.value(1).toString(), asOf, taken) };
    }
    StepResult many(QStringLiteral("QBR decks, 300 accounts, background pipeline"), scale.name);
    many.target = 60'000.0;
    int written = 0;
    qint64 bytes = 0;
    QStringList errors;
    const bool ok = timeRuns(many.samples, 0, 1, {}, [&] {
        QTemporaryDir folder;
        DeckOptions batchOptions;
        batchOptions.asOf = asOf;
        DeckBatchExport exporter(path, items, folder.path(), batchOptions);
        QEventLoop loop;
        QObject::connect(&exporter, &DeckBatchExport::finished, &loop,
                         [&](int done, int, const QStringList &failures, bool) {
                             written = done;
                             errors = failures;
                             loop.quit();
                         });
        exporter.start();
        if (exporter.isRunning())
            loop.exec();
        for (const QFileInfo &f : QDir(folder.path()).entryInfoList(QDir::Files))
            bytes += f.size();
        return errors.isEmpty();
    });
    if (!ok) {
        std::fprintf(stderr, "csm-bench: deck batch: %s\n", qPrintable(errors.join(QStringLiteral("; "))));
        return false;
    }
    many.note = QStringLiteral("%1 decks, %2 MB").arg(written).arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
    report.add(many);
    return true;
}

} // namespace csm::bench
