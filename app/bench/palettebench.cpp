#include "palettebench.h"

#include "bookfactory.h"
#include "demo/companynamer.h"
#include "itemmodels/bookmodel.h"
#include "itemmodels/quickopenmodel.h"

#include <QAction>
#include <QRandomGenerator>

#include <cstdio>
#include <memory>
#include <vector>

namespace csm::bench {

namespace {

constexpr int Accounts = 10'000;
constexpr double FrameMs = 16.0;
constexpr double OpenMs = 100.0; // opening feels immediate

std::vector<BookRow> paletteRows()
{
    const QStringList owners { QStringLiteral("Dana Whitfield"), QStringLiteral("Sam Ortega"),
        QStringLiteral("Priya Raman"), QStringLiteral("Jonas Becker"), QStringLiteral("Amélie Laurent"),
        QStringLiteral("Kenji Watanabe") };
    QRandomGenerator rng(1);
    demo::CompanyNamer namer;
    std::vector<BookRow> rows(Accounts);
    for (int i = 0; i < Accounts; ++i) {
        BookRow &row = rows[std::size_t(i)];
        row.id = i + 1;
        namer.next(rng, row.name, row.domain);
        row.owner = owners[rng.bounded(int(owners.size()))];
        row.currency = QStringLiteral("USD");
        row.arrCents = qint64(rng.bounded(5'000, 2'000'000)) * 100;
        row.renewalDate = benchToday().addDays(rng.bounded(-30, 400));
        row.health = rng.bounded(100);
        row.healthBand = *row.health < 50 ? HealthBand::Red
            : *row.health < 75            ? HealthBand::Amber
                                          : HealthBand::Green;
        row.rebuildSearchText();
    }
    return rows;
}

/// As many commands as the menus hold.
QList<QuickOpenCommand> paletteCommands(std::vector<std::unique_ptr<QAction>> &actions)
{
    const QStringList texts { QStringLiteral("File ▸ New Book…"), QStringLiteral("File ▸ Open Book…"),
        QStringLiteral("File ▸ Import Accounts…"), QStringLiteral("File ▸ Export Accounts…"),
        QStringLiteral("Edit ▸ Find Accounts"), QStringLiteral("Edit ▸ Search Notes…"),
        QStringLiteral("Book ▸ Recompute Segments"), QStringLiteral("Book ▸ Recompute Health"),
        QStringLiteral("Book ▸ Run Playbook Rules"), QStringLiteral("Account ▸ Edit Account…"),
        QStringLiteral("Account ▸ Export QBR Deck…"), QStringLiteral("View ▸ Go to Today") };
    QList<QuickOpenCommand> commands;
    for (int copy = 0; copy < 4; ++copy) {
        for (const QString &text : texts) {
            actions.push_back(std::make_unique<QAction>(text));
            commands.append(
                QuickOpenCommand { actions.back().get(), text, text.indexOf(u'▸') + 2, QString() });
        }
    }
    return commands;
}

} // namespace

bool runPaletteBench(Report &report, const BenchOptions &options)
{
    const QString scale = QStringLiteral("10k");
    BookModel book;
    book.setToday(benchToday());
    book.setRows(paletteRows());
    std::vector<std::unique_ptr<QAction>> actions;
    QuickOpenModel model;
    model.setCommands(paletteCommands(actions));

    // Typing a name letter by letter, a word that most names contain, a miss, and a backspace
    // (which scans the whole book again instead of narrowing).
    const QStringList keystrokes { QStringLiteral("k"), QStringLiteral("ke"), QStringLiteral("kes"),
        QStringLiteral("kest"), QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("zqx"),
        QStringLiteral("ke") };
    StepResult index(QStringLiteral("quick-open: index the accounts (Ctrl+K opens)"), scale);
    index.target = OpenMs;
    std::vector<StepResult> steps;
    for (qsizetype i = 0; i < keystrokes.size(); ++i) {
        steps.emplace_back(i == 0 ? QStringLiteral("quick-open keystroke \"%1\"").arg(keystrokes[i])
                                  : QStringLiteral("quick-open keystroke \"%1\" after \"%2\"")
                                        .arg(keystrokes[i], keystrokes[i - 1]),
            scale);
        steps.back().target = FrameMs;
    }
    for (int run = 0; run < options.warmups + options.runs; ++run) {
        model.setBookModel(nullptr);
        model.setQuery(QString());
        model.setBookModel(&book);
        QElapsedTimer timer;
        timer.start();
        model.prepareSearch();
        if (run >= options.warmups)
            index.samples.values.push_back(elapsedMs(timer));
        for (qsizetype i = 0; i < keystrokes.size(); ++i) {
            timer.restart();
            model.setQuery(keystrokes[i]);
            if (run >= options.warmups)
                steps[std::size_t(i)].samples.values.push_back(elapsedMs(timer));
        }
        if (run == 0)
            std::printf(
                "  quick-open: \"ke\" lists %d of %d accounts and commands\n", model.rowCount(), Accounts);
    }
    report.add(std::move(index));
    for (StepResult &step : steps)
        report.add(std::move(step));
    return true;
}

} // namespace csm::bench
