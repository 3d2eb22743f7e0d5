#pragma once

#include "deck/deckdata.h"
#include "deck/decksections.h"

#include "textflow.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPicture>

#include <map>

class QPainter;

namespace csm {

/// The charts a deck can hold, each drawn at one fixed size on its slide.
enum class DeckChart : quint8 { HealthTrend, HealthContribution, Usage, Features, Tickets, Nps };

/// Where `chart` sits on its slide, in deck units (see decktheme.h).
QRectF deckChartRect(DeckChart chart);
/// The charts the chosen sections show.
QList<DeckChart> deckChartsFor(const QList<DeckSection> &sections);

/// Charts recorded as vector drawings, ready to replay on any painter and thread.
using DeckPictures = QMap<DeckChart, QPicture>;

/// A QBR deck laid out as slides: each chosen section on one slide, its text flowing on to
/// continuation slides when it does not fit. Paints any page into a QPainter in deck units
/// (1280 × 720); the PDF writer and the preview both draw through it.
///
/// Lay out and paint a document in one thread (any thread): it holds text laid out with that
/// thread's fonts. The charts come in as pictures recorded on the GUI thread.
class DeckDocument
{
    Q_DECLARE_TR_FUNCTIONS(csm::DeckDocument)

public:
    struct Page
    {
        DeckSection section = DeckSection::Title;
        int part = 0;      ///< 0 for the section's first slide
        int flowFrom = 0;  ///< lines of the section's text flow on this slide
        int flowTo = 0;
    };

    DeckDocument(DeckData data, QList<DeckSection> sections, DeckPictures pictures, QString preparedBy = {});
    ~DeckDocument();
    DeckDocument(const DeckDocument &) = delete;
    DeckDocument &operator=(const DeckDocument &) = delete;

    const DeckData &data() const { return m_data; }
    const QList<DeckSection> &sections() const { return m_sections; }
    const QList<Page> &pages() const { return m_pages; }
    int pageCount() const { return int(m_pages.size()); }
    /// "Acme Corp — Quarterly business review"
    QString title() const;

    /// Paints page `index` (0-based) into `painter`, whose coordinates are deck units.
    void paint(QPainter *painter, int index) const;
    /// The text a page's flow holds (tests).
    QString flowText(int index) const;

private:
    struct Section
    {
        TextFlow flow;
        QRectF firstRect; ///< where the flow goes on the first slide; null when it has none
    };

    void compose();
    void buildFlow(DeckSection section, Section &out) const;
    void paintFrame(QPainter *painter, const Page &page, int index) const;
    void paintFixed(QPainter *painter, DeckSection section) const;
    void paintTitle(QPainter *painter) const;
    void paintSummary(QPainter *painter) const;
    void paintObjectives(QPainter *painter) const;
    void paintHealth(QPainter *painter) const;
    void paintAdoption(QPainter *painter) const;
    void paintSupport(QPainter *painter) const;
    void paintChart(QPainter *painter, DeckChart chart) const;
    QString preparedBy() const;

    DeckData m_data;
    QList<DeckSection> m_sections;
    DeckPictures m_pictures;
    QString m_preparedBy;
    std::map<DeckSection, Section> m_flows;
    QList<Page> m_pages;
};

} // namespace csm
