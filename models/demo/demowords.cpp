#include "demowords.h"

// The lists are sized so that (brands + founders) × industries gives ~10,000 distinct company names
// and places give each of them 65 regional variants (390 with compass points): 100,000-account books
// stay unique without resorting to numbers. Keep entries distinct after ASCII folding (domains and e-mails use it).

namespace csm::demo::words {

namespace {

constexpr const char16_t *Brands[] = {
    u"Northwind", u"Brightwave", u"Kestrel", u"Bluefin", u"Ironwood", u"Silverline", u"Clearpath",
    u"Meridian", u"Evergreen", u"Lumen", u"Vertex", u"Nimbus", u"Cobalt", u"Granite", u"Orchid",
    u"Quill", u"Riverbend", u"Sable", u"Tidewater", u"Willow", u"Zephyr", u"Aurora", u"Beacon",
    u"Cedar", u"Driftwood", u"Ember", u"Falcon", u"Glacier", u"Halcyon", u"Indigo", u"Juniper",
    u"Keystone", u"Lighthouse", u"Maple", u"Nova", u"Oakridge", u"Pinnacle", u"Quantum", u"Redwood",
    u"Sapphire", u"Trident", u"Vantage", u"Wavecrest", u"Yarrow", u"Zenith", u"Alder", u"Bramble",
    u"Copperleaf", u"Dovetail", u"Elmstead", u"Foxglove", u"Greystone", u"Hawthorn", u"Jetstream",
    u"Kingfisher", u"Larkspur", u"Moonrise", u"Northstar", u"Osprey", u"Peregrine", u"Rookwood",
    u"Stonebridge", u"Thistle", u"Westbrook", u"Brightline", u"Coldwater", u"Highgate", u"Lakeshore",
    u"Millbrook", u"Sunridge", u"Starling", u"Bluebird", u"Fairhaven", u"Ashford", u"Blackthorn",
    u"Crestline", u"Goldcrest", u"Heron", u"Ironbark", u"Lodestar", u"Marlowe", u"Oakhurst",
    u"Pemberton", u"Ravenscroft", u"Tallgrass", u"Whitecap", u"Arcadia", u"Solstice", u"Polaris",
    u"Cascade", u"Élan", u"Lumière",
};

constexpr const char16_t *Founders[] = {
    u"Hartmann", u"Müller", u"Schäfer", u"Jürgens", u"Søndergaard", u"Lefèvre", u"Núñez", u"Åkesson",
    u"Dubois", u"Fischer", u"Bergström", u"Lindqvist", u"Kowalski", u"Novak", u"Rossi", u"Moreau",
    u"Whitfield", u"Ashworth", u"Calloway", u"Prescott", u"Thornton", u"Vasquez", u"Okafor", u"Tanaka",
    u"Brennan", u"Delacroix", u"Håkansson", u"Kühn", u"Olsen", u"Mercer",
};

constexpr Industry Industries[] = {
    { u"Logistics", false },    { u"Health", false },      { u"Analytics", true },
    { u"Systems", true },       { u"Labs", true },         { u"Software", true },
    { u"Foods", false },        { u"Capital", false },     { u"Energy", false },
    { u"Robotics", true },      { u"Media", false },       { u"Partners", false },
    { u"Networks", true },      { u"Pharma", false },      { u"Biosciences", false },
    { u"Dynamics", true },      { u"Solutions", true },    { u"Technologies", true },
    { u"Consulting", false },   { u"Security", true },     { u"Cloud", true },
    { u"Data", true },          { u"Retail", false },      { u"Motors", false },
    { u"Marine", false },       { u"Aerospace", false },   { u"Insurance", false },
    { u"Finance", false },      { u"Payments", true },     { u"Learning", true },
    { u"Education", false },    { u"Realty", false },      { u"Properties", false },
    { u"Construction", false }, { u"Engineering", false }, { u"Manufacturing", false },
    { u"Apparel", false },      { u"Outfitters", false },  { u"Brewing", false },
    { u"Coffee", false },       { u"Hospitality", false }, { u"Travel", false },
    { u"Freight", false },      { u"Telecom", false },     { u"Wireless", true },
    { u"Devices", true },       { u"Instruments", false }, { u"Diagnostics", false },
    { u"Therapeutics", false }, { u"Genomics", true },     { u"Clinics", false },
    { u"Dental", false },       { u"Veterinary", false },  { u"Legal", false },
    { u"Accounting", false },   { u"Staffing", false },    { u"Recruiting", false },
    { u"Marketing", false },    { u"Studios", false },     { u"Games", true },
    { u"Publishing", false },   { u"Packaging", false },   { u"Materials", false },
    { u"Chemicals", false },    { u"Metals", false },      { u"Mining", false },
    { u"Agritech", true },      { u"Farms", false },       { u"Water", false },
    { u"Solar", false },        { u"Mobility", true },     { u"Transit", false },
    { u"Fleet", false },        { u"Automation", true },   { u"Controls", false },
    { u"Design", false },       { u"Architecture", false },{ u"Interiors", false },
    { u"Group", false },        { u"Holdings", false },    { u"Works", false },
    { u"Collective", false },
};

constexpr LegalForm LegalForms[] = {
    { u"", ".com .io .co", "", 30 },             { u"Inc.", ".com .io", "us ca", 20 },
    { u"LLC", ".com .co", "us", 9 },             { u"Corp.", ".com", "us ca", 3 },
    { u"Ltd", ".co.uk .com", "uk ie sg za", 9 }, { u"GmbH", ".de .com", "dach", 9 },
    { u"AG", ".ch .de", "dach", 2 },             { u"S.A.", ".fr .es", "fr es it", 2 },
    { u"SAS", ".fr", "fr", 2 },                  { u"B.V.", ".nl", "benelux", 3 },
    { u"AB", ".se", "nordic", 2 },               { u"Oy", ".fi", "nordic", 1 },
    { u"ApS", ".dk", "nordic", 1 },              { u"Pty Ltd", ".com.au", "anz", 3 },
    { u"Ltée", ".ca", "ca", 1 },
};

constexpr Place Places[] = {
    { u"Pacific", "us" },      { u"Midwest", "us" },       { u"Texas", "us" },         { u"Cascadia", "us" },
    { u"Gulf Coast", "us" },   { u"Carolina", "us" },      { u"New England", "us" },   { u"Great Lakes", "us" },
    { u"Rockies", "us" },      { u"Denver", "us" },        { u"Austin", "us" },        { u"Phoenix", "us" },
    { u"Portland", "us" },     { u"Seattle", "us" },       { u"Chicago", "us" },       { u"Boston", "us" },
    { u"Atlanta", "us" },      { u"Dallas", "us" },        { u"Atlantic", "" },        { u"Highlands", "uk" },
    { u"Wessex", "uk" },       { u"Yorkshire", "uk" },     { u"Bristol", "uk" },       { u"Leeds", "uk" },
    { u"Edinburgh", "uk" },    { u"Manchester", "uk" },    { u"Dublin", "ie" },        { u"Bavaria", "dach" },
    { u"Rhein-Main", "dach" }, { u"Ruhr", "dach" },        { u"Saxony", "dach" },      { u"Köln", "dach" },
    { u"Hamburg", "dach" },    { u"Munich", "dach" },      { u"Vienna", "dach" },      { u"Tyrol", "dach" },
    { u"Alpine", "dach" },     { u"Zürich", "dach" },      { u"Genève", "dach" },      { u"Provence", "fr" },
    { u"Lyon", "fr" },         { u"Iberia", "es" },        { u"Catalonia", "es" },     { u"Andalusia", "es" },
    { u"Lombardy", "it" },     { u"Adriatic", "it" },      { u"Benelux", "benelux" },  { u"Flanders", "benelux" },
    { u"Rotterdam", "benelux" },{ u"Antwerp", "benelux" }, { u"Nordic", "nordic" },    { u"Baltic", "nordic" },
    { u"Malmö", "nordic" },    { u"Oslo", "nordic" },      { u"Helsinki", "nordic" },  { u"Melbourne", "anz" },
    { u"Brisbane", "anz" },    { u"Auckland", "anz" },     { u"Ontario", "ca" },       { u"Québec", "ca" },
    { u"Montréal", "ca" },     { u"Toronto", "ca" },       { u"Vancouver", "ca" },     { u"Singapore", "sg" },
    { u"Cape Town", "za" },
};

constexpr const char16_t *FirstNames[] = {
    u"James", u"Olivia", u"Liam", u"Emma", u"Noah", u"Ava", u"Ethan", u"Sophia", u"Lucas", u"Mia",
    u"Mason", u"Isabella", u"Logan", u"Amelia", u"Elijah", u"Harper", u"Aiden", u"Evelyn", u"Daniel",
    u"Abigail", u"Matthew", u"Emily", u"Henry", u"Ella", u"Jackson", u"Scarlett", u"Sebastian", u"Grace",
    u"Jack", u"Chloe", u"Owen", u"Victoria", u"Samuel", u"Riley", u"David", u"Aria", u"Joseph", u"Lily",
    u"Carter", u"Zoë", u"Wyatt", u"Nora", u"John", u"Hannah", u"Luke", u"Layla", u"Gabriel", u"Stella",
    u"Isaac", u"Leah", u"Dylan", u"Hazel", u"Priya", u"Arjun", u"Wei", u"Mei", u"Hiroshi", u"Yuki",
    u"Sofía", u"José", u"Mateo", u"Lucía", u"Jürgen", u"Anja", u"Lars", u"Ingrid", u"Søren", u"Åsa",
    u"François", u"Amélie", u"Chiara", u"Marco", u"Fatima", u"Omar", u"Aisha", u"Kwame", u"Chinedu",
    u"Ngozi", u"Dmitri", u"Katarzyna", u"Piotr", u"Sinéad", u"Ciarán", u"Niamh", u"Rafael", u"Camila",
    u"Thiago", u"Beatriz", u"Hana", u"Tomás", u"Elif", u"Emre", u"Ravi", u"Ananya", u"Kenji", u"Sakura",
    u"Min-jun", u"Seo-yeon", u"Rachel", u"Marcus",
};

constexpr const char16_t *LastNames[] = {
    u"Smith", u"Johnson", u"Williams", u"Brown", u"Jones", u"Garcia", u"Miller", u"Davis", u"Rodriguez",
    u"Martinez", u"Hernandez", u"Lopez", u"Gonzalez", u"Wilson", u"Anderson", u"Thomas", u"Taylor",
    u"Moore", u"Jackson", u"Martin", u"Lee", u"Perez", u"Thompson", u"White", u"Harris", u"Sanchez",
    u"Clark", u"Ramirez", u"Lewis", u"Robinson", u"Walker", u"Young", u"Allen", u"King", u"Wright",
    u"Scott", u"Torres", u"Nguyen", u"Hill", u"Flores", u"Green", u"Adams", u"Nelson", u"Baker", u"Hall",
    u"Rivera", u"Campbell", u"Mitchell", u"Carter", u"Roberts", u"Patel", u"Shah", u"Kumar", u"Chen",
    u"Wang", u"Li", u"Zhang", u"Kim", u"Park", u"Sato", u"Suzuki", u"Müller", u"Schmidt", u"Schneider",
    u"Weber", u"Becker", u"Wagner", u"Schäfer", u"Koch", u"Richter", u"Dubois", u"Lefèvre", u"Laurent",
    u"Bernard", u"Rossi", u"Russo", u"Ferrari", u"Esposito", u"Novak", u"Kowalski", u"Nowak", u"Jensen",
    u"Nielsen", u"Hansen", u"Andersson", u"Johansson", u"Lindström", u"Virtanen", u"Korhonen",
    u"O'Brien", u"Murphy", u"Kelly", u"Byrne", u"Okafor", u"Mensah", u"Haddad", u"Yılmaz", u"Demir",
    u"Ivanova", u"Petrov", u"Silva", u"Santos", u"Costa", u"Peña", u"Núñez",
};

constexpr const char16_t *ExecutiveTitles[] = {
    u"Chief Operating Officer", u"Chief Technology Officer", u"VP of Operations", u"VP of Engineering",
    u"Chief Revenue Officer", u"VP of Customer Experience", u"Chief Information Officer",
    u"Managing Director", u"Head of Digital", u"VP of Finance", u"General Manager",
    u"Chief Executive Officer",
};

constexpr const char16_t *ChampionTitles[] = {
    u"Operations Manager", u"Director of Operations", u"Head of Customer Support",
    u"Product Operations Lead", u"Program Manager", u"Director of Revenue Operations",
    u"Senior Business Analyst", u"Team Lead", u"Process Excellence Manager", u"Director of Analytics",
    u"Marketing Operations Manager",
};

constexpr const char16_t *AdminTitles[] = {
    u"IT Administrator", u"Systems Administrator", u"Salesforce Administrator", u"IT Manager",
    u"Platform Engineer", u"Business Systems Analyst", u"Solutions Architect", u"IT Operations Specialist",
};

constexpr const char16_t *EndUserTitles[] = {
    u"Analyst", u"Coordinator", u"Account Executive", u"Support Specialist", u"Project Manager",
    u"Operations Associate", u"Data Analyst", u"Customer Success Associate", u"Scheduler", u"Engineer",
    u"Planner", u"Consultant",
};

constexpr const char16_t *BillingTitles[] = {
    u"Accounts Payable Specialist", u"Finance Manager", u"Procurement Manager", u"Controller",
    u"Billing Coordinator", u"Purchasing Lead",
};

constexpr const char16_t *PromoterComments[] = {
    u"Great product, the team loves it.", u"Support is fast and helpful.", u"Saves us hours every week.",
    u"Rollout was smooth, looking forward to the new features.", u"Our CSM is fantastic.",
    u"The reporting alone is worth it.", u"Easy to use, hardly any training needed.",
    u"Best tool we adopted this year.", u"Integrations just work.",
    u"We've already recommended you to two partners.",
};

constexpr const char16_t *PassiveComments[] = {
    u"Works well, but the mobile app needs love.", u"Good overall; pricing is a bit steep.",
    u"Solid, though reporting could be more flexible.", u"Does the job. Would like better SSO support.",
    u"Onboarding took longer than expected.", u"Fine for now, we'll review our options at renewal.",
    u"Some features are hard to find.", u"Performance is okay, occasionally slow.",
};

constexpr const char16_t *DetractorComments[] = {
    u"Too many outages lately.", u"Support takes days to respond.", u"Hard to get the team to use it.",
    u"We're paying for seats nobody uses.", u"The last update broke our workflow.",
    u"Missing the integrations we were promised.", u"Reports are slow and often wrong.",
    u"Billing errors two months in a row.", u"Not sure we'll renew.",
    u"Lost our internal owner, nobody drives this now.",
};

constexpr const char16_t *RoutineTicketSubjects[] = {
    u"How do I export a report to CSV?", u"Add a new admin user", u"SSO login question",
    u"Question about API rate limits", u"Change billing contact", u"Custom field not showing on dashboard",
    u"Feature request: dark mode", u"Bulk import of users", u"Help setting up a webhook",
    u"Permissions for read-only users", u"Notification e-mails going to spam",
    u"Dashboard filter resets after refresh", u"Reset two-factor authentication",
    u"Feature request: scheduled exports", u"Copy of last invoice needed", u"Training session request",
    u"Typo in e-mail template", u"Time zone shown incorrectly", u"Slack integration setup",
    u"Update company address",
};

constexpr const char16_t *TroubleTicketSubjects[] = {
    u"Cannot log in since this morning", u"Data sync with Salesforce failing", u"Reports show wrong totals",
    u"API returning 500 errors", u"Pages take over 30 seconds to load", u"Duplicate records after import",
    u"Charged twice this month", u"Users locked out after SSO change", u"Missing data for last week",
    u"Mobile app crashes on launch", u"Export job stuck for hours",
    u"Integration stopped working after update", u"Permissions reset for all users",
    u"Outage affecting the whole team", u"Invoice shows the wrong seat count",
};

} // namespace

Words brands() { return Brands; }
Words founders() { return Founders; }
std::span<const Industry> industries() { return Industries; }
std::span<const LegalForm> legalForms() { return LegalForms; }
std::span<const Place> places() { return Places; }
Words firstNames() { return FirstNames; }
Words lastNames() { return LastNames; }
Words executiveTitles() { return ExecutiveTitles; }
Words championTitles() { return ChampionTitles; }
Words adminTitles() { return AdminTitles; }
Words endUserTitles() { return EndUserTitles; }
Words billingTitles() { return BillingTitles; }
Words promoterComments() { return PromoterComments; }
Words passiveComments() { return PassiveComments; }
Words detractorComments() { return DetractorComments; }
Words routineTicketSubjects() { return RoutineTicketSubjects; }
Words troubleTicketSubjects() { return TroubleTicketSubjects; }

} // namespace csm::demo::words
