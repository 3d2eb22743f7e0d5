#pragma once

#include "domain/result.h"
#include "domain/segment.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace csm {

/// The parts of a QBR deck, in the order they appear. Each is one slide, or more when its text
/// flows on to continuation slides.
enum class DeckSection : quint8 {
    Title,      ///< account, period, date, CSM, attendees
    Summary,    ///< health, ARR, renewal, segment, stage, three headline points
    Objectives, ///< success-plan objectives by status
    Health,     ///< trend with bands, contribution of each measure, change since the last review
    Adoption,   ///< active users against seats, feature adoption
    Support,    ///< tickets by priority over time, NPS and verbatims
    FollowUp,   ///< last review's next steps and their status, open risks and asks, review notes
    Playbooks,  ///< playbook progress
    NextSteps,  ///< the next 90 days: agreed next steps, agenda of the next review
};

inline constexpr std::array AllDeckSections { DeckSection::Title,     DeckSection::Summary,  DeckSection::Objectives,
                                              DeckSection::Health,    DeckSection::Adoption, DeckSection::Support,
                                              DeckSection::FollowUp,  DeckSection::Playbooks, DeckSection::NextSteps };

/// "title", "summary", "objectives", "health", "adoption", "support", "follow-up", "playbooks",
/// "next-90-days": the names `csmctl export-deck --sections` takes.
QString deckSectionKey(DeckSection section);
std::optional<DeckSection> deckSectionFromKey(QStringView key);
QString deckSectionDisplayName(DeckSection section);

/// The sections a deck has unless chosen otherwise: all of them for high-touch accounts, the
/// reviewed essentials for mid-touch, a short health and adoption summary for tech-touch.
QList<DeckSection> defaultDeckSections(Segment segment);

/// Parses "summary,health,next-90-days" (or "all") into sections in deck order, without duplicates;
/// an unknown name is an error that lists the known ones.
Result<QList<DeckSection>> parseDeckSections(const QString &list);

} // namespace csm
