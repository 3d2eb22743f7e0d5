#include "workbench.h"

#include "bookfactory.h"
#include "measure.h"

#include "demo/demobook.h"
#include "notes/meetingrepository.h"
#include "playbooks/playbookservice.h"
#include "store/bookreader.h"
#include "store/database.h"
#include "store/transaction.h"
#include "timeline/timeline.h"

#include <QSqlQuery>

#include <optional>

#include <cstdio>

namespace csm::bench {

namespace {

double scaled(const Scale &scale, double small, double medium, double large)
{
    return scale.accounts <= 300 ? small : scale.accounts <= 5'000 ? medium : large;
}

} // namespace

bool runWorkBench(Report &report, const Scale &scale, const QString &path, const BenchOptions &options)
{
    auto database = Database::open(path);
    if (!database) {
        std::fprintf(stderr, "csm-bench: %s\n", qPrintable(database.errorMessage()));
        return false;
    }
    const QSqlDatabase db = (*database)->connection();
    QString error;
    auto fail = [&](const char *what) {
        std::fprintf(stderr, "csm-bench: %s: %s\n", what, qPrintable(error));
        return false;
    };

    // Meeting notes once per kept book, as the demo writes them.
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM meetings")) || !q.next()) {
            error = QStringLiteral("cannot count the meetings");
            return fail("notes");
        }
        if (q.value(0).toInt() == 0) {
            q.finish();
            auto written = addDemoMeetings(db, 1, benchToday());
            if (!written) {
                error = written.errorMessage();
                return fail("notes");
            }
            std::printf("  wrote %d demo meetings\n", *written);
        }
    }

    // Every run evaluates the rules over a book without any run yet, as on the first day, so each
    // starts every run due: the runs are removed before and rolled back after, untimed.
    StepResult rules(QStringLiteral("playbook rules, whole book, first evaluation (one transaction)"), scale.name);
    rules.target = scaled(scale, 50.0, 500.0, 5'000.0);
    int started = 0;
    std::optional<Transaction> scratch;
    const bool timed = timeRuns(
        rules.samples, options.warmups, options.runs,
        [&] {
            scratch.reset();
            scratch.emplace(db);
            QSqlQuery(db).exec(QStringLiteral("DELETE FROM playbook_runs"));
        },
        [&] {
            auto runs = PlaybookService(db, benchToday()).evaluate(QStringLiteral("bench"));
            if (!runs)
                error = runs.errorMessage();
            started = runs ? int(runs->size()) : 0;
            return runs.ok();
        });
    scratch.reset();
    if (!timed)
        return fail("playbook rules");
    rules.note = QStringLiteral("%1 runs started").arg(started);
    report.add(std::move(rules));

    // And on a day after: the same rules over a book whose runs are all in place start nothing.
    StepResult again(QStringLiteral("playbook rules, whole book, nothing new to start"), scale.name);
    again.target = scaled(scale, 50.0, 500.0, 5'000.0);
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT count(*) FROM playbook_runs"));
        if (q.next() && q.value(0).toInt() == 0) {
            q.finish();
            if (auto runs = PlaybookService(db, benchToday()).evaluate(QStringLiteral("bench")); !runs) {
                error = runs.errorMessage();
                return fail("playbook rules");
            }
        }
    }
    if (!timeRuns(again.samples, options.warmups, options.runs, {}, [&] {
            auto runs = PlaybookService(db, benchToday()).evaluate(QStringLiteral("bench"));
            if (!runs)
                error = runs.errorMessage();
            return runs.ok() && runs->isEmpty();
        }))
        return fail("playbook rules again");
    report.add(std::move(again));

    StepResult today(QStringLiteral("Today list, due within 7 days"), scale.name);
    today.target = scaled(scale, 20.0, 50.0, 1'000.0); // read on a worker thread; at L it lists ~70,000 items
    int items = 0;
    if (!timeRuns(today.samples, options.warmups, options.runs, {}, [&] {
            auto list = TodayReader(db).read(benchToday().addDays(7));
            if (!list)
                error = list.errorMessage();
            items = list ? int(list->size()) : 0;
            return list.ok();
        }))
        return fail("today");
    today.note = QStringLiteral("%1 items").arg(items);
    report.add(std::move(today));

    StepResult search(QStringLiteral("note search \"renewal budget\" (FTS5)"), scale.name);
    search.target = scaled(scale, 20.0, 50.0, 100.0);
    int hits = 0;
    if (!timeRuns(search.samples, options.warmups, options.runs, {}, [&] {
            auto found = MeetingRepository(db).search(QStringLiteral("renewal budget"), 200);
            if (!found)
                error = found.errorMessage();
            hits = found ? int(found->size()) : 0;
            return found.ok();
        }))
        return fail("note search");
    search.note = QStringLiteral("%1 hits").arg(hits);
    report.add(std::move(search));

    auto first = BookReader(db).readFirst(BookReader::Order::ArrDescending, 1);
    if (!first || first->empty()) {
        error = QStringLiteral("no account");
        return fail("timeline");
    }
    const qint64 id = first->front().id;
    StepResult timeline(QStringLiteral("timeline of the largest account"), scale.name);
    timeline.target = 20.0;
    if (!timeRuns(timeline.samples, options.warmups, options.runs, {}, [&] {
            auto entries = TimelineReader(db).read(id);
            if (!entries)
                error = entries.errorMessage();
            return entries.ok() && !entries->isEmpty();
        }))
        return fail("timeline");
    report.add(std::move(timeline));
    return true;
}

} // namespace csm::bench
