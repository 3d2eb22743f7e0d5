#pragma once

#include "domain/result.h"
#include "domain/segment.h"

#include <QString>

#include <vector>

namespace csm {

/// How accounts are split into high-, mid- and tech-touch.
///
/// By share (the default): the top `highShare` of accounts by ARR are high-touch, the next
/// `midShare` mid-touch, the rest tech-touch; a cut that falls inside an account rounds up. By threshold: ARR ≥ `highMinArrCents` is high-touch,
/// ARR ≥ `midMinArrCents` mid-touch. Accounts with equal ARR always land in the same segment (the
/// higher one), so a cut never splits a tie.
struct SegmentationRules
{
    enum class Mode { Share, Threshold };

    Mode mode = Mode::Share;
    double highShare = 0.20;
    double midShare = 0.30;
    qint64 highMinArrCents = 100'000'00;
    qint64 midMinArrCents = 25'000'00;

    /// Nothing when valid; otherwise what is wrong in words.
    Status validate() const;

    QString toJson() const;
    static Result<SegmentationRules> fromJson(const QString &json);

    friend bool operator==(const SegmentationRules &, const SegmentationRules &) = default;
};

/// What a segmentation run needs of one account.
struct SegmentInput
{
    qint64 id = 0;
    qint64 arrCents = 0;
    bool isOverride = false;
    Segment current = Segment::Tech;
};

/// Computes every account's segment. Overridden accounts keep `current` but still count in the
/// share ranking, because the shares describe the whole book. The result is in input order.
std::vector<Segment> assignSegments(const std::vector<SegmentInput> &accounts, const SegmentationRules &rules);

} // namespace csm
