#include "demogenerator.h"

#include "demoaccountwriter.h"
#include "democontext.h"
#include "store/transaction.h"

#include <QObject>

namespace csm {

Result<DemoStats> generateDemoBook(const QSqlDatabase &db, const DemoOptions &options,
    const std::function<void(int done, int total)> &progress, const std::atomic_bool *cancel)
{
    const int total = options.accounts;
    if (total < 1 || total > MaxDemoAccounts)
        return Error {
            QObject::tr("a demo book has 1 to %1 accounts, not %2").arg(MaxDemoAccounts).arg(total)
        };
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();

    demo::DemoAccountWriter writer(db, demo::makeDemoContext(options.seed, today, total));
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error { QObject::tr("cannot start writing the demo book: %1").arg(transaction.lastError()) };
    if (auto status = writer.checkEmpty(); !status)
        return status.error();

    const int step = qMax(1, total / 100);
    for (int i = 0; i < total; ++i) {
        // Checked per account: cheap, and a 100,000-account run stops within a millisecond.
        if (cancel && cancel->load(std::memory_order_relaxed))
            return Error { QStringLiteral("cancelled") };
        if (auto status = writer.write(i); !status)
            return status.error();
        if (progress && ((i + 1) % step == 0 || i + 1 == total))
            progress(i + 1, total);
    }
    if (auto status = transaction.commit(); !status)
        return status.error();
    return writer.stats();
}

} // namespace csm
