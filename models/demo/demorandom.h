#pragma once

#include <QRandomGenerator>
#include <QStringView>

#include <span>

namespace csm::demo {

/// Independent random streams of one account. Each part of an account draws from its own stream,
/// so a change in how contacts are made does not reshuffle usage, and account i comes out the same
/// whatever the size of the book.
enum class Stream : quint32 {
    Profile = 1,
    Name,
    Contacts,
    Usage,
    Surveys,
    Tickets,
    Staff, ///< book-level: the CSM team
    Notes, ///< meeting notes of the demo book
    Arr,   ///< the ARR history of an account
};

/// A generator for one (seed, account index, stream). Only QRandomGenerator's own seeding and
/// bounded()/generateDouble() are used, because those are defined by Qt and give the same numbers
/// with every standard library; std:: distributions do not.
QRandomGenerator streamGenerator(quint64 seed, quint64 index, Stream stream);

/// Small drawing helpers over QRandomGenerator, shared by the demo parts.
class Dice final
{
public:
    explicit Dice(QRandomGenerator &rng)
        : m_rng(rng)
    { }

    /// Uniform in [low, high] (both inclusive).
    int between(int low, int high) { return m_rng.bounded(low, high + 1); }
    /// Uniform in [low, high).
    double real(double low, double high) { return low + (high - low) * m_rng.generateDouble(); }
    /// True with probability p.
    bool chance(double p) { return m_rng.generateDouble() < p; }
    /// Roughly bell-shaped noise in [-spread, spread] (sum of two uniforms: no libm, so portable).
    double noise(double spread) { return spread * (m_rng.generateDouble() + m_rng.generateDouble() - 1.0); }

    template<typename T> const T &pick(std::span<const T> items)
    {
        return items[m_rng.bounded(int(items.size()))];
    }

    /// Index drawn with the given relative weights.
    int weighted(std::span<const int> weights);

    QRandomGenerator &generator() { return m_rng; }

private:
    QRandomGenerator &m_rng;
};

} // namespace csm::demo
