#pragma once

#include <span>

namespace csm::demo {

/// A list of words as UTF-16 literals: no allocation until a word is used.
using Words = std::span<const char16_t *const>;

/// An industry noun ("Logistics") and whether its companies favour a .io domain.
struct Industry
{
    const char16_t *word;
    bool tech;
};

/// A legal form ("GmbH") with the top-level domains its companies use, first the likeliest.
struct LegalForm
{
    const char16_t *suffix; ///< empty for names without a legal form
    const char *tlds; ///< space-separated, e.g. ".de .com"
    const char *regions; ///< space-separated regions whose places suit the form; empty = any
    int weight; ///< relative frequency
};

/// A place that tells same-named companies apart ("Kestrel Analytics Nordic AB") and its region.
struct Place
{
    const char16_t *name;
    const char *region; ///< "us", "uk", "dach", "nordic", …
};

/// Word lists of the demo book, kept apart from the logic that combines them.
namespace words {

Words brands(); ///< invented brand words: "Northwind", "Kestrel"
Words founders(); ///< family names used as company names: "Hartmann", "Müller"
std::span<const Industry> industries();
std::span<const LegalForm> legalForms();
std::span<const Place> places();
Words firstNames();
Words lastNames();

Words executiveTitles();
Words championTitles();
Words adminTitles();
Words endUserTitles();
Words billingTitles();

Words promoterComments();
Words passiveComments();
Words detractorComments();

Words routineTicketSubjects(); ///< how-to questions and small bugs
Words troubleTicketSubjects(); ///< outages, data problems, billing disputes

} // namespace words

} // namespace csm::demo
