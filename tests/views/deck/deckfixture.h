#pragma once

// A small book for deck tests: the hand-made health book plus QBR notes, a playbook run, a CJK
// account name and an account with no data at all.
#include "../../models/health/healthfixture.h"

#include "health/healthservice.h"
#include "notes/notesservice.h"
#include "playbooks/playbookrepository.h"
#include "playbooks/playbookservice.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QTextDocument>

namespace csm::decktest {

using namespace csm::healthtest;

inline const QString CjkName = QStringLiteral(u"東京データ株式会社");
inline const QString Hostile = QStringLiteral(u"Watch <script>alert(\"x\")</script> & <b>not bold</b>");

struct DeckBook
{
    qint64 healthy = 0;
    qint64 atRisk = 0;
    qint64 cjk = 0;
    qint64 empty = 0;
};

/// Setting up the book must work; a failure stops the test with the reason.
template<typename R>
void must(const R &result, const char *what)
{
    if (!result.ok())
        qFatal("%s: %s", what, qPrintable(result.errorMessage()));
}

inline QString htmlOf(const QString &plain)
{
    QTextDocument doc;
    doc.setPlainText(plain);
    return doc.toHtml();
}

inline DeckBook seedDeckBook(const QSqlDatabase &db)
{
    const HandMadeBook hand = seedHandMadeBook(db);
    DeckBook book { hand.healthy, hand.atRisk, hand.onboarding, 0 };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE accounts SET name = ?, segment = 'high' WHERE id = ?"));
    for (const auto &[id, name] : { std::pair { book.healthy, QStringLiteral("Healthy Harbour Ltd") },
                                    std::pair { book.atRisk, QStringLiteral("Stormy Seas Inc") },
                                    std::pair { book.cjk, CjkName } }) {
        q.addBindValue(name);
        q.addBindValue(id);
        if (!q.exec())
            qFatal("renaming accounts failed");
    }
    Builder b { db };
    book.empty = b.account(QStringLiteral("EMPTY"), LifecycleStage::Onboarding, PaymentStatus::Current, 0);

    const auto at = [](int daysAgo) { return QDateTime(Today.addDays(-daysAgo), QTime(10, 0), Qt::UTC); };
    for (qint64 account : { book.healthy, book.atRisk, book.cjk }) {
        Meeting earlier;
        earlier.accountId = account;
        earlier.kind = MeetingKind::Qbr;
        earlier.heldOn = Today.addDays(-95);
        earlier.title = QStringLiteral("Q3 business review");
        earlier.actionItems = { ActionItem { 0, QStringLiteral("Share the adoption report"), QStringLiteral("Dana"),
                                             Today.addDays(-60), {}, {}, 0 } };
        must(NotesService(db, at(95)).save(earlier, QStringLiteral("Dana")), "earlier review");

        Meeting latest;
        latest.accountId = account;
        latest.kind = MeetingKind::Qbr;
        latest.heldOn = Today.addDays(-5);
        latest.title = QStringLiteral("Q4 business review");
        latest.bodyHtml = htmlOf(Hostile + QStringLiteral("\nSecond line of the notes."));
        latest.attendees = { Attendee { 0, QStringLiteral("Pat Example") }, Attendee { 0, CjkName } };
        latest.objectives = { Objective { QStringLiteral("Roll out to the support team"), ObjectiveStatus::OnTrack },
                              Objective { QStringLiteral("Retire the old reports"), ObjectiveStatus::Achieved },
                              Objective { QStringLiteral("Integrate the warehouse"), ObjectiveStatus::AtRisk } };
        latest.wins = { QStringLiteral("Weekly active users up a third") };
        latest.risks = { QStringLiteral("Budget review in January") };
        latest.asks = { QStringLiteral("A reference call") };
        latest.actionItems = { ActionItem { 0, QStringLiteral("Plan the support rollout"), QStringLiteral("Pat"),
                                            Today.addDays(20), {}, {}, 0 } };
        must(NotesService(db, at(5)).save(latest, QStringLiteral("Dana")), "latest review");
    }
    must(HealthService(db, Today).backfill(Today.addDays(-180), Today.addDays(-7), 7), "backfill");
    must(HealthService(db, Today).recompute(Today), "recompute");
    const qint64 red = PlaybookRepository(db).playbookByKey(QStringLiteral("red_health_outreach"))->id;
    must(PlaybookService(db, Today.addDays(-3), at(3)).start(red, book.atRisk, QStringLiteral("Dana")), "playbook");
    return book;
}

/// A book file at `path` seeded as above, closed again: for code that opens its own connections.
inline DeckBook createDeckBookFile(const QString &path)
{
    auto db = Database::open(path);
    must(db, "open the book");
    return seedDeckBook((*db)->connection());
}

} // namespace csm::decktest
