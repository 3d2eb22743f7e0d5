#include "demorandom.h"

#include <numeric>

namespace csm::demo {

QRandomGenerator streamGenerator(quint64 seed, quint64 index, Stream stream)
{
    // All five words go through std::seed_seq, which mixes every bit, so neighbouring seeds or
    // indices give unrelated sequences.
    const quint32 words[]
        = { quint32(seed), quint32(seed >> 32), quint32(index), quint32(index >> 32), quint32(stream) };
    return QRandomGenerator(words);
}

int Dice::weighted(std::span<const int> weights)
{
    const int total = std::accumulate(weights.begin(), weights.end(), 0);
    int roll = m_rng.bounded(total);
    for (int i = 0; i < int(weights.size()); ++i) {
        if (roll < weights[i])
            return i;
        roll -= weights[i];
    }
    return int(weights.size()) - 1;
}

} // namespace csm::demo
