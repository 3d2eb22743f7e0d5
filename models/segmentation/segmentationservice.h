#pragma once

#include "segmentationrules.h"

#include <QSqlDatabase>

namespace csm {

/// Reads and stores the book's segmentation rules and applies them to every account.
class SegmentationService final
{
public:
    explicit SegmentationService(QSqlDatabase db) : m_db(std::move(db)) { }

    /// The book's rules, or the defaults when none were saved.
    Result<SegmentationRules> rules() const;
    Status setRules(const SegmentationRules &rules) const;

    /// Recomputes every non-overridden account's segment and writes the ones that changed.
    /// One unit of work; inside a caller's transaction it commits into that one.
    /// Returns how many accounts changed segment.
    Result<int> recompute() const;

private:
    QSqlDatabase m_db;
};

} // namespace csm
