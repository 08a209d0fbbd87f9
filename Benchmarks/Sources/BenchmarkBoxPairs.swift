import LossvizLosses

/// The box pairs of `ciou-gradient` and `batch-box-losses` (and of their
/// peers): target centres uniform in [0, 100]^2, sides in [1, 20]; prediction
/// centres within +-10 of the target's, sides in [1, 20], so both overlapping
/// and disjoint pairs occur. Seeded, so every run times the same pairs.
func benchmarkBoxPairs(count: Int) -> (predictions: [Box], targets: [Box]) {
    var generator = BenchmarkGenerator(seed: 2024)
    var predictions: [Box] = []
    var targets: [Box] = []
    predictions.reserveCapacity(count)
    targets.reserveCapacity(count)
    for _ in 0..<count {
        let target = Box(cx: generator.uniform(0, 100), cy: generator.uniform(0, 100), w: generator.uniform(1, 20), h: generator.uniform(1, 20))
        targets.append(target)
        predictions.append(Box(
            cx: target.cx + generator.uniform(-10, 10), cy: target.cy + generator.uniform(-10, 10),
            w: generator.uniform(1, 20), h: generator.uniform(1, 20)
        ))
    }
    return (predictions, targets)
}

/// SplitMix64 with uniform doubles: reproducible benchmark inputs.
struct BenchmarkGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return lower + (upper - lower) * Double(z >> 11) / Double(1 << 53)
    }
}
