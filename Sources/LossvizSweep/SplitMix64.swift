/// The SplitMix64 pseudo-random generator (Steele, Lea & Flood, "Fast splittable
/// pseudorandom number generators", OOPSLA 2014; the constants of Vigna's
/// reference C implementation, https://prng.di.unimi.it/splitmix64.c).
///
/// State `s` advances by `0x9E3779B97F4A7C15`; the output is
/// `z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9`, `z = (z ^ (z >> 27)) * 0x94D049BB133111EB`,
/// `z ^ (z >> 31)`. Integer arithmetic only, so a seed gives the same sequence on
/// every machine and every Swift version; that is why the simulator uses it for
/// the anchor draw instead of the standard library's unseeded generator.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    /// The generator's state (the last seed-derived counter value).
    public private(set) var state: UInt64

    /// A generator whose first output is derived from `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A double uniform in `[0, 1)`: the top 53 bits of `next()` times `2^-53`
    /// (every value is a multiple of `2^-53`, as in Vigna's `(x >> 11) * 0x1.0p-53`).
    public mutating func nextUnitInterval() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }
}
