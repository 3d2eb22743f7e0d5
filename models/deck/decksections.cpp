#include "decksections.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace csm {

QString deckSectionKey(DeckSection section)
{
    switch (section) {
    case DeckSection::Title: return QStringLiteral("title");
    case DeckSection::Summary: return QStringLiteral("summary");
    case DeckSection::Objectives: return QStringLiteral("objectives");
    case DeckSection::Health: return QStringLiteral("health");
    case DeckSection::Adoption: return QStringLiteral("adoption");
    case DeckSection::Support: return QStringLiteral("support");
    case DeckSection::FollowUp: return QStringLiteral("follow-up");
    case DeckSection::Playbooks: return QStringLiteral("playbooks");
    case DeckSection::NextSteps: return QStringLiteral("next-90-days");
    }
    return {};
}

std::optional<DeckSection> deckSectionFromKey(QStringView key)
{
    for (DeckSection s : AllDeckSections)
        if (key.compare(deckSectionKey(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

QString deckSectionDisplayName(DeckSection section)
{
    switch (section) {
    case DeckSection::Title: return QCoreApplication::translate("csm::Deck", "Title");
    case DeckSection::Summary: return QCoreApplication::translate("csm::Deck", "Executive summary");
    case DeckSection::Objectives: return QCoreApplication::translate("csm::Deck", "Objectives and success plan");
    case DeckSection::Health: return QCoreApplication::translate("csm::Deck", "Account health");
    case DeckSection::Adoption: return QCoreApplication::translate("csm::Deck", "Adoption");
    case DeckSection::Support: return QCoreApplication::translate("csm::Deck", "Support and sentiment");
    case DeckSection::FollowUp: return QCoreApplication::translate("csm::Deck", "Since our last review");
    case DeckSection::Playbooks: return QCoreApplication::translate("csm::Deck", "Success programmes");
    case DeckSection::NextSteps: return QCoreApplication::translate("csm::Deck", "The next 90 days");
    }
    return {};
}

QList<DeckSection> defaultDeckSections(Segment segment)
{
    switch (segment) {
    case Segment::High:
        return { AllDeckSections.begin(), AllDeckSections.end() };
    case Segment::Mid:
        return { DeckSection::Title,   DeckSection::Summary,  DeckSection::Objectives, DeckSection::Health,
                 DeckSection::Adoption, DeckSection::FollowUp, DeckSection::NextSteps };
    case Segment::Tech:
        return { DeckSection::Title, DeckSection::Summary, DeckSection::Health, DeckSection::Adoption,
                 DeckSection::NextSteps };
    }
    return { AllDeckSections.begin(), AllDeckSections.end() };
}

Result<QList<DeckSection>> parseDeckSections(const QString &list)
{
    if (list.trimmed().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        return QList<DeckSection> { AllDeckSections.begin(), AllDeckSections.end() };
    QList<DeckSection> chosen;
    for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.trimmed();
        if (key.isEmpty())
            continue;
        const auto section = deckSectionFromKey(key);
        if (!section) {
            QStringList known;
            for (DeckSection s : AllDeckSections)
                known << deckSectionKey(s);
            return Error { QCoreApplication::translate("csm::Deck", "unknown deck section '%1' (known: %2, or all)")
                               .arg(key, known.join(QLatin1String(", "))) };
        }
        if (!chosen.contains(*section))
            chosen << *section;
    }
    if (chosen.isEmpty())
        return Error { QCoreApplication::translate("csm::Deck", "no deck sections chosen") };
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

} // namespace csm
