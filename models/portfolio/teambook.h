#pragma once

#include "bookfile.h"
#include "domain/segment.h"
#include "health/healthband.h"
#include "metrics/arrmovement.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <optional>
#include <vector>

namespace csm {

/// One account as the portfolio sees it: what the dashboards count, from one CSM's book.
struct PortfolioAccount
{
    qint64 localId = 0; ///< the account's id in its book
    QString crmId;
    QString name;
    QString owner; ///< the account's owner field in its book
    QString currency;
    qint64 arrCents = 0;
    Segment segment = Segment::Tech;
    HealthBand band = HealthBand::None;
    std::optional<double> score;
    bool archived = false; ///< churned or deleted in the CRM: counts only in retention
    QDate renewalDate;
    QDate lastTouch;
    QDate lastQbr;       ///< last QBR or EBR held
    QDate contractStart;
    QDate firstValue;    ///< first-value milestone reached
    int overdueSteps = 0; ///< open playbook steps past their due day
    ArrHistory history;
};

/// One CSM's book file read into memory for the portfolio.
struct TeamBook
{
    QString path;       ///< the file the lead opened
    QString readPath;   ///< what was read: the file itself, or a migrated copy of an older one
    BookManifest manifest;
    std::vector<PortfolioAccount> accounts;

    /// The CSM's name: the manifest's owner, or the file name when the book has none.
    QString csm() const;
};

/// Reads a book file for the portfolio without changing it: the file is opened read-only. A book
/// from an older version is migrated in a copy under `cacheDir`; one from a newer version, a
/// corrupt file or a file that is not a book gives an error naming the file. `today` decides
/// which playbook steps are overdue. Runs on any thread (its own connection).
Result<TeamBook> readTeamBook(const QString &path, const QString &cacheDir, const QDate &today,
                              const std::atomic_bool *cancel = nullptr);

/// One book holding a whole team's accounts (the lead's own book synced from the CRM for the
/// team) as one part per account owner, so the portfolio compares them like CSMs' own books.
/// Each part keeps the book's file; its id is the book's id and the owner.
std::vector<TeamBook> splitByOwner(const TeamBook &book);

/// The playbook runs of one account of a team book (id, "name (status, started)"), read-only, for
/// comments about a run. A point read: cheap enough for the UI thread.
Result<QList<QPair<qint64, QString>>> readPlaybookRuns(const TeamBook &book, qint64 accountId);

} // namespace csm
