#include "democontext.h"

#include "demorandom.h"
#include "demowords.h"

#include <QSet>

namespace csm::demo {

namespace {

constexpr int AccountsPerCsm = 300;

QStringList drawCsmTeam(quint64 seed, int size)
{
    QRandomGenerator rng = streamGenerator(seed, 0, Stream::Staff);
    Dice dice(rng);
    QStringList team;
    QSet<QString> taken;
    team.reserve(size);
    while (team.size() < size) {
        // ~10,000 name pairs: even a 100,000-account book (333 CSMs) redraws only a few times.
        QString name = QStringView(dice.pick(words::firstNames())).toString() + u' '
            + QStringView(dice.pick(words::lastNames()));
        if (taken.contains(name))
            continue;
        taken.insert(name);
        team.append(std::move(name));
    }
    return team;
}

} // namespace

DemoContext makeDemoContext(quint64 seed, const QDate &today, int accounts)
{
    DemoContext context;
    context.seed = seed;
    context.today = today;
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    for (int w = 0; w < UsageWeeks; ++w)
        context.weekStarts[w] = thisMonday.addDays(-7 * (UsageWeeks - 1 - w));
    context.csms = drawCsmTeam(seed, qMax(1, (accounts + AccountsPerCsm / 2) / AccountsPerCsm));
    return context;
}

} // namespace csm::demo
