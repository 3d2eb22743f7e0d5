#pragma once

#include "domain/segment.h"
#include "health/healthband.h"
#include "itemmodels/portfoliosummary.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;

namespace csm {

class ChartView;

/// Portfolio health at a glance: red / amber / green by segment (by count or by ARR), the ARR at
/// risk, and ARR against health for the largest accounts. Clicking a bar asks to filter the book
/// to that segment and band; clicking a point asks to show that account.
class PortfolioCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortfolioCharts)

public:
    explicit PortfolioCharts(QWidget *parent = nullptr);

    void setSummary(const PortfolioSummary &summary);
    ChartView *mixChart() const { return m_bars; }
    ChartView *scatterChart() const { return m_scatter; }

signals:
    void segmentBandRequested(csm::Segment segment, csm::HealthBand band);
    void accountRequested(qint64 accountId);

private:
    void rebuildBars();
    void rebuildScatter();

    PortfolioSummary m_summary;
    QComboBox *m_measure;
    QLabel *m_atRisk;
    ChartView *m_bars;
    ChartView *m_scatter;
    QHash<QPair<qint64, qint64>, qint64> m_pointAccounts; // (arr cents, score × 100) → account
};

} // namespace csm
