#include "demosurveys.h"

#include "demorandom.h"
#include "demowords.h"
#include "domain/surveyresponse.h"
#include "store/activityrepository.h"

#include <cmath>

namespace csm::demo {

namespace {

double patternBias(Pattern pattern)
{
    switch (pattern) {
    case Pattern::Healthy:
        return 0.02;
    case Pattern::Growing:
        return 0.03;
    case Pattern::Declining:
        return -0.08;
    case Pattern::Recovering:
        return -0.02;
    }
    return 0;
}

int responseCount(Dice &dice, const AccountProfile &profile)
{
    static constexpr int Weights[] = { 15, 20, 20, 18, 12, 8, 7 }; // 0 … 6 answers
    const int count = dice.weighted(Weights);
    return profile.named ? qMin(6, count + 1) : count; // named CSMs chase their customers for feedback
}

} // namespace

Result<int> writeSurveys(const ActivityRepository &activity, const Account &account,
    const AccountProfile &profile, const UsageShape &shape, std::span<const qint64> contactIds,
    QRandomGenerator &rng, const DemoContext &context)
{
    Dice dice(rng);
    const int count = responseCount(dice, profile);
    const int firstWeek = profile.firstActiveWeek();
    SurveyResponse response;
    response.accountId = account.id;
    for (int i = 0; i < count; ++i) {
        const int week = dice.between(firstWeek, UsageWeeks - 1);
        response.respondedOn = qMin(context.today, context.weekStarts[week].addDays(dice.between(0, 6)));
        response.contactId = !contactIds.empty() && dice.chance(0.8) ? dice.pick(contactIds) : 0;
        response.kind = dice.chance(0.55) ? SurveyResponse::Kind::Nps : SurveyResponse::Kind::Csat;

        const double sentiment = qBound(0.0,
            0.2 + 0.65 * shape.relativeHealth(week) + patternBias(profile.pattern) + dice.noise(0.22), 1.0);
        Words comments;
        if (response.kind == SurveyResponse::Kind::Nps) {
            response.score = qBound(0, int(std::lround(sentiment * 10)), 10);
            comments = response.score >= 9 ? words::promoterComments()
                : response.score >= 7      ? words::passiveComments()
                                           : words::detractorComments();
        } else {
            response.score = qBound(1, 1 + int(std::lround(sentiment * 4)), 5);
            comments = response.score >= 4 ? words::promoterComments()
                : response.score == 3      ? words::passiveComments()
                                           : words::detractorComments();
        }
        // Unhappy customers explain themselves more often than happy ones.
        const bool commented = dice.chance(comments.data() == words::detractorComments().data() ? 0.6 : 0.35);
        // Not a null QString: the repository binds that as NULL, which the NOT NULL column refuses.
        response.comment = commented ? QStringView(dice.pick(comments)).toString() : QStringLiteral("");
        if (auto status = activity.insertSurvey(response); !status)
            return status.error();
    }
    return count;
}

} // namespace csm::demo
