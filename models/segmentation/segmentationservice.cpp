#include "segmentationservice.h"

#include "store/accountrepository.h"
#include "store/booksettingsrepository.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace csm {

namespace {
const QString RulesKey = QStringLiteral("segmentation_rules");
}

Result<SegmentationRules> SegmentationService::rules() const
{
    return BookSettingsRepository(m_db).jsonValue<SegmentationRules>(RulesKey);
}

Status SegmentationService::setRules(const SegmentationRules &rules) const
{
    return BookSettingsRepository(m_db).setJsonValue(RulesKey, rules);
}

Result<int> SegmentationService::recompute() const
{
    auto currentRules = rules();
    if (!currentRules)
        return currentRules.error();

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { QObject::tr("cannot start recomputing segments: %1").arg(transaction.lastError()) };

    std::vector<SegmentInput> inputs;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        // Archived accounts neither count towards the ARR shares nor change segment.
        if (!q.exec(QStringLiteral("SELECT id, arr_cents, segment_override, segment FROM accounts WHERE archived_at IS NULL")))
            return sqlError(QObject::tr("cannot read accounts for segmentation"), q.lastError());
        while (q.next())
            inputs.push_back({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt() != 0,
                               segmentFromKey(q.value(3).toString()).value_or(Segment::Tech) });
    }

    const std::vector<Segment> segments = assignSegments(inputs, *currentRules);
    QList<std::pair<qint64, Segment>> changes;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        if (!inputs[i].isOverride && segments[i] != inputs[i].current)
            changes.append({ inputs[i].id, segments[i] });

    if (auto written = AccountRepository(m_db).writeComputedSegments(changes); !written)
        return written.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return int(changes.size());
}

} // namespace csm
