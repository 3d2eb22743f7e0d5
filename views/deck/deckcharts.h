#pragma once

#include "deckdocument.h"

#include <memory>

namespace csm {


/// Records a deck's charts as pictures. Qt Charts are widgets, so this lives on the GUI thread;
/// recording is quick (a few milliseconds a chart) and the slow part, laying out and writing the
/// PDF, happens wherever the pictures go.
class DeckChartRecorder
{
public:
    DeckChartRecorder();
    ~DeckChartRecorder();
    DeckChartRecorder(const DeckChartRecorder &) = delete;
    DeckChartRecorder &operator=(const DeckChartRecorder &) = delete;

    /// The charts of `sections` for `data`, drawn on the deck's light theme at their slide size.
    DeckPictures record(const DeckData &data, const QList<DeckSection> &sections);

private:
    struct Charts;
    std::unique_ptr<Charts> m_charts;
};

} // namespace csm
