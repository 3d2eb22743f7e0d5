#include "segmentationrules.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace csm {

Status SegmentationRules::validate() const
{
    if (mode == Mode::Share) {
        if (!(highShare >= 0.0 && midShare >= 0.0 && highShare + midShare <= 1.0))
            return Error { QObject::tr("segment shares must be between 0% and 100% and add up to at most 100%") };
    } else {
        if (highMinArrCents < 0 || midMinArrCents < 0)
            return Error { QObject::tr("ARR thresholds cannot be negative") };
        if (midMinArrCents > highMinArrCents)
            return Error { QObject::tr("the mid-touch threshold must not be above the high-touch threshold") };
    }
    return {};
}

QString SegmentationRules::toJson() const
{
    const QJsonObject object {
        { QStringLiteral("mode"), mode == Mode::Share ? QStringLiteral("share") : QStringLiteral("threshold") },
        { QStringLiteral("high_share"), highShare },
        { QStringLiteral("mid_share"), midShare },
        { QStringLiteral("high_min_arr_cents"), double(highMinArrCents) },
        { QStringLiteral("mid_min_arr_cents"), double(midMinArrCents) },
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<SegmentationRules> SegmentationRules::fromJson(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!doc.isObject())
        return Error { QObject::tr("segmentation rules are not valid JSON: %1").arg(error.errorString()) };
    const QJsonObject o = doc.object();
    SegmentationRules rules;
    const QString mode = o.value(QStringLiteral("mode")).toString(QStringLiteral("share"));
    if (mode != u"share" && mode != u"threshold")
        return Error { QObject::tr("unknown segmentation mode '%1'").arg(mode) };
    rules.mode = mode == u"share" ? Mode::Share : Mode::Threshold;
    rules.highShare = o.value(QStringLiteral("high_share")).toDouble(rules.highShare);
    rules.midShare = o.value(QStringLiteral("mid_share")).toDouble(rules.midShare);
    rules.highMinArrCents = qint64(o.value(QStringLiteral("high_min_arr_cents")).toDouble(double(rules.highMinArrCents)));
    rules.midMinArrCents = qint64(o.value(QStringLiteral("mid_min_arr_cents")).toDouble(double(rules.midMinArrCents)));
    if (auto valid = rules.validate(); !valid)
        return valid.error();
    return rules;
}

std::vector<Segment> assignSegments(const std::vector<SegmentInput> &accounts, const SegmentationRules &rules)
{
    const std::size_t n = accounts.size();
    std::vector<Segment> result(n, Segment::Tech);

    if (rules.mode == SegmentationRules::Mode::Threshold) {
        for (std::size_t i = 0; i < n; ++i) {
            const qint64 arr = accounts[i].arrCents;
            result[i] = arr >= rules.highMinArrCents ? Segment::High
                : arr >= rules.midMinArrCents        ? Segment::Mid
                                                     : Segment::Tech;
        }
    } else {
        // Rank by ARR descending (id breaks ties for a stable order); an account's rank is that of
        // the first account with the same ARR, so ties share a segment.
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), std::size_t(0));
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            if (accounts[a].arrCents != accounts[b].arrCents)
                return accounts[a].arrCents > accounts[b].arrCents;
            return accounts[a].id < accounts[b].id;
        });
        // "Top 20%" includes the account that straddles the cut, so a one-account book is high-touch;
        // the epsilon keeps 0.07 × 100 from becoming 8 through floating-point error.
        auto cut = [n](double share) { return std::size_t(std::ceil(double(n) * share - 1e-9)); };
        const std::size_t highCount = cut(rules.highShare);
        const std::size_t highMidCount = cut(rules.highShare + rules.midShare);
        std::size_t tieRank = 0;
        for (std::size_t rank = 0; rank < n; ++rank) {
            if (rank == 0 || accounts[order[rank]].arrCents != accounts[order[rank - 1]].arrCents)
                tieRank = rank;
            result[order[rank]] = tieRank < highCount ? Segment::High
                : tieRank < highMidCount              ? Segment::Mid
                                                      : Segment::Tech;
        }
    }

    for (std::size_t i = 0; i < n; ++i)
        if (accounts[i].isOverride)
            result[i] = accounts[i].current;
    return result;
}

} // namespace csm
