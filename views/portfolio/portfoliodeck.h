#pragma once

#include "domain/result.h"
#include "portfolio/portfoliodashboard.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QString>

#include <atomic>
#include <optional>
#include <vector>

class QPainter;

namespace csm {

/// What the lead puts on the portfolio review: a title (empty = "Portfolio review") and who
/// presents it (empty = left out).
struct PortfolioDeckOptions
{
    QString title;
    QString preparedBy;
};

/// The portfolio review for team leads, laid out as 16:9 slides in the QBR deck's theme: the team's
/// summary, the team by CSM and by segment, then one slide per CSM. Everything it shows is copied
/// out of the portfolio when it is built, so it can be painted or written on any thread while the
/// portfolio changes. It draws with QPainter only (no widgets), so it runs off the GUI thread;
/// charts are vector paths, names are drawn as plain text (never markup).
class PortfolioDeck
{
    Q_DECLARE_TR_FUNCTIONS(csm::PortfolioDeck)

public:
    /// One renewal in a CSM's list of red and amber renewals, money already converted.
    struct Renewal
    {
        QString name;
        HealthBand band = HealthBand::None;
        std::optional<double> score;
        std::optional<qint64> arrCents; ///< reporting currency; nullopt without a rate
        qint64 localArrCents = 0;       ///< in the account's own currency
        QString currency;
        QDate renewalDate;
        QStringList otherCsms; ///< other CSMs whose books hold the account
    };

    struct CsmSlide
    {
        int book = 0;
        QDate exportedOn;              ///< when the CSM's book was exported (or last changed)
        GroupFigures figures;
        int sharedAccounts = 0;        ///< accounts another CSM's book holds too
        std::vector<Renewal> renewals; ///< red renewals first, then amber; each by ARR, largest first
    };

    /// How many of a CSM's red and amber renewals a slide lists; the rest are summed below them.
    static constexpr int ListedRenewals = 10;

    PortfolioDeck(const Portfolio &portfolio, const PortfolioFilter &filter, const PortfolioDeckOptions &options = {});

    QString title() const;
    QString preparedBy() const { return m_options.preparedBy.trimmed(); }
    const PortfolioFilter &filter() const { return m_filter; }
    const PortfolioDashboard &dashboard() const { return m_dashboard; }
    /// The CSMs with a slide, in book order: every book, or the filter's one CSM.
    const std::vector<CsmSlide> &csmSlides() const { return m_csms; }

    /// Two team slides, then one per CSM.
    int pageCount() const { return TeamPages + int(m_csms.size()); }
    /// Paints page `index` on a 1280 × 720 canvas (deck units).
    void paint(QPainter *painter, int index) const;

    static constexpr int TeamPages = 2;

private:
    void paintFooter(QPainter *painter, int index) const;
    void paintTeamSummary(QPainter *painter) const;
    void paintTeamComparison(QPainter *painter) const;
    void paintCsm(QPainter *painter, const CsmSlide &slide) const;
    void paintRenewalList(QPainter *painter, const QRectF &rect, const CsmSlide &slide) const;

    PortfolioFilter m_filter;
    PortfolioDeckOptions m_options;
    PortfolioDashboard m_dashboard;
    std::vector<CsmSlide> m_csms;
    int m_sharedAccounts = 0; ///< accounts two or more CSMs' books hold
};

/// Writes `deck` as a PDF of 16:9 pages (720 × 405 pt), text as text, charts as vectors, fonts
/// embedded. Written beside `path` and renamed into place, so a failure or a cancel leaves no
/// partial file (and any earlier file intact); failures read "Cannot write PATH: reason".
/// `cancel` is checked between pages. Safe on a worker thread.
Status writePortfolioDeck(const PortfolioDeck &deck, const QString &path, const std::atomic_bool *cancel = nullptr);

/// Lays out and writes the portfolio review of `portfolio` under `filter` in one call (what the
/// portfolio window runs on a worker thread). `portfolio` is read only while the deck is laid out,
/// before the first page is written: hand a worker its own copy when the window may change the
/// portfolio meanwhile. `cancel` is checked before and between pages.
Status writePortfolioDeck(const Portfolio &portfolio, const PortfolioFilter &filter, const QString &path,
                          const PortfolioDeckOptions &options, const std::atomic_bool *cancel = nullptr);

/// Page `index` drawn into an image `width` pixels wide (previews).
QImage renderPortfolioDeckPage(const PortfolioDeck &deck, int index, int width, qreal devicePixelRatio = 1.0);

} // namespace csm
