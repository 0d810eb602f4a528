#pragma once

#include <QtGlobal>

namespace linli {

/// The demo's dice: xorshift64*, the same sequence on every machine (unlike the standard
/// library's distributions), so that demo data is deterministic.
class DemoRandom final {
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed) {}

    quint32 next() {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return quint32((m_state * 0x2545F4914F6CDD1DULL) >> 32);
    }
    /// A whole number from 0 to bound - 1.
    int below(int bound) { return int(next() % quint32(bound)); }

private:
    quint64 m_state;
};

} // namespace linli
