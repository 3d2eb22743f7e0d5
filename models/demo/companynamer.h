#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

namespace csm::demo {

/// Invents company names and their web domains, unique within one book.
///
/// A name is a brand or founder name plus an industry ("Kestrel Analytics"), sometimes a legal form
/// ("GmbH"). When the pair is already taken a regional qualifier tells the two apart ("Kestrel
/// Analytics Nordic AB"), as real groups do; there are enough of those for millions of accounts.
/// Collisions are resolved against earlier names only, so the i-th name never depends on how many
/// names follow.
class CompanyNamer final
{
public:
    CompanyNamer();

    /// Draws the next company into `name` and `domain` (lower-case ASCII, e.g. "kestrelanalytics.de").
    void next(QRandomGenerator &rng, QString &name, QString &domain);

private:
    bool claimName(const QString &key);
    void chooseDomain(QRandomGenerator &rng, QStringView stem, QStringView shortStem, bool tech,
        const char *tlds, QString &domain);

    struct PlaceOrder
    {
        QList<qsizetype> places; ///< indices into words::places(), those of the form's region first
        qsizetype own = 0; ///< how many of them are in the form's region
    };
    QList<PlaceOrder> m_placeOrders; ///< one per legal form
    QSet<QString> m_names; ///< names without their legal form: "Foo GmbH" and "Foo Inc." clash
    QSet<QString> m_domains;
    QString m_candidate; ///< scratch buffers reused across calls
    QString m_stem;
    QString m_shortStem;
};

} // namespace csm::demo
