/// A box-regression experiment: which targets, which anchors, how many
/// iterations of which update (docs/simulation.md sections 1 and 5).
///
/// Cases are every combination of anchor centre, target, anchor scale and anchor
/// shape, in that nesting order (point outermost, anchor shape innermost; the
/// order of test_1715k.m), so `casesPerPoint = targets * scales * shapes` and the
/// cases of point `p` are `p * casesPerPoint ..< (p + 1) * casesPerPoint`.
/// An anchor for target `T`, scale `s` and shape `(a_w, a_h)` has area
/// `S = s * w_T * h_T` and size `(a_w sqrt(S), a_h sqrt(S))`.
public struct SimulationSettings: Hashable, Sendable {
    /// The preset's name (`"diou-1715k"`) or `"custom"`.
    public var name: String
    /// The target boxes.
    public var targets: [CentreFormBox]
    /// The anchor centres ("points").
    public var anchorCentres: [AnchorCentre]
    /// Anchor areas as multiples of the target's area.
    public var anchorScales: [Double]
    /// Anchor shapes `(a_w, a_h)` of unit area (`a_w * a_h = 1`).
    public var anchorShapes: [AspectShape]
    /// How many updates each case gets.
    public var iterations: Int
    /// The step size `eta_t` of each update.
    public var schedule: StepSchedule
    /// How a gradient becomes a move.
    public var optimiser: RegressionOptimiser
    /// The factor on the gradient (`2 - IoU` in the original).
    public var scaling: StepScaling

    /// Settings from all their parts (see the properties).
    public init(
        name: String = "custom",
        targets: [CentreFormBox],
        anchorCentres: [AnchorCentre],
        anchorScales: [Double],
        anchorShapes: [AspectShape],
        iterations: Int,
        schedule: StepSchedule,
        optimiser: RegressionOptimiser = .sgd,
        scaling: StepScaling = .twoMinusIoU
    ) {
        self.name = name
        self.targets = targets
        self.anchorCentres = anchorCentres
        self.anchorScales = anchorScales
        self.anchorShapes = anchorShapes
        self.iterations = iterations
        self.schedule = schedule
        self.optimiser = optimiser
        self.scaling = scaling
    }

    /// The name of the DIoU paper's protocol.
    public static let diou1715kName = "diou-1715k"

    /// The seed `lossviz` uses for the anchor draw unless told otherwise.
    public static let defaultSeed: UInt64 = 1

    /// The DIoU paper's protocol (docs/simulation.md section 1): 7 targets of area 1 at
    /// `(10, 10)` with aspect ratios 1:4 ... 4:1, anchors at `points` centres drawn
    /// uniformly in area in the disc of radius `radius` about `(10, 10)` (seeded
    /// SplitMix64), 7 scales {0.5, 0.67, 0.75, 1, 1.33, 1.5, 2}, the 7 target
    /// shapes, 200 iterations of `B <- B + eta (2 - IoU) d(B)` with
    /// `eta` = 0.1 / 0.01 / 0.001. With the defaults: 1,715,000 cases.
    public static func diou1715k(
        points: Int = 5000, seed: UInt64 = defaultSeed, radius: Double = 3, iterations: Int = 200
    ) -> SimulationSettings {
        diou1715k(
            anchorCentres: AnchorCentre.disc(count: points, radius: radius, centreX: 10, centreY: 10, seed: seed),
            iterations: iterations
        )
    }

    /// The DIoU paper's protocol with the anchor centres given (e.g. read from a file).
    public static func diou1715k(anchorCentres: [AnchorCentre], iterations: Int = 200) -> SimulationSettings {
        SimulationSettings(
            name: diou1715kName,
            targets: AspectShape.diouShapes.map { CentreFormBox(cx: 10, cy: 10, w: $0.w, h: $0.h) },
            anchorCentres: anchorCentres,
            anchorScales: [0.5, 0.67, 0.75, 1, 1.33, 1.5, 2],
            anchorShapes: AspectShape.diouShapes,
            iterations: iterations,
            schedule: .diou(iterations: iterations)
        )
    }

    /// Cases per anchor centre: `targets * scales * shapes` (343 in the preset).
    public var casesPerPoint: Int { targets.count * anchorScales.count * anchorShapes.count }

    /// All cases: `points * casesPerPoint` (1,715,000 in the preset).
    public var caseCount: Int { anchorCentres.count * casesPerPoint }

    /// The starting anchor and the target of every case of one anchor centre, in
    /// case order, for a centre at `(0, 0)` (add the centre to get the anchor).
    /// The size follows test_1715k.m: `S = s * w_T * h_T`, `(a_w sqrt(S), a_h sqrt(S))`.
    public var caseTemplates: [(anchor: CentreFormBox, target: CentreFormBox)] {
        var result: [(anchor: CentreFormBox, target: CentreFormBox)] = []
        result.reserveCapacity(casesPerPoint)
        for target in targets {
            for scale in anchorScales {
                let area = scale * target.w * target.h
                let side = area.squareRoot()
                for shape in anchorShapes {
                    result.append((CentreFormBox(cx: 0, cy: 0, w: shape.w * side, h: shape.h * side), target))
                }
            }
        }
        return result
    }

    /// The anchor and target of case `index` (in `0 ..< caseCount`).
    public func regressionCase(_ index: Int) -> (anchor: CentreFormBox, target: CentreFormBox) {
        let template = caseTemplates[index % casesPerPoint]
        let centre = anchorCentres[index / casesPerPoint]
        var anchor = template.anchor
        anchor.cx = centre.x
        anchor.cy = centre.y
        return (anchor, template.target)
    }

    /// The most memory a run may hold for its results (4 GiB): beyond it a run
    /// would swap for hours rather than finish.
    public static let maximumWorkingBytes = 4 << 30

    /// The memory `RegressionSimulator` holds for one loss's results: the error
    /// sum of every iteration for each chunk of `RegressionSimulator.pointsPerChunk`
    /// anchor centres (kept apart so that the totals do not depend on the thread
    /// count), and the final error of every case; 8 bytes each.
    public var workingBytes: Int {
        8 * (RegressionSimulator.chunkCount(points: anchorCentres.count) * iterations + caseCount)
    }

    /// Checks that the protocol can run: at least one of everything, a positive
    /// iteration count, a valid schedule, finite positive sizes and scales,
    /// finite centres, valid Adam parameters, and results that fit in
    /// `maximumWorkingBytes`.
    public func validate() throws(SimulationError) {
        guard !anchorCentres.isEmpty else { throw .noAnchorCentres }
        guard iterations > 0 else { throw .nonPositiveIterations(iterations) }
        guard workingBytes <= Self.maximumWorkingBytes else {
            throw .tooLarge(points: anchorCentres.count, iterations: iterations, bytes: workingBytes)
        }
        guard !targets.isEmpty, !anchorScales.isEmpty, !anchorShapes.isEmpty else { throw .emptyCaseSet }
        guard schedule.isValid else { throw .invalidSchedule(schedule.description) }
        for (index, target) in targets.enumerated() where !target.isValidBox {
            throw .invalidTarget(index: index, box: target)
        }
        for (index, scale) in anchorScales.enumerated() where !(scale.isFinite && scale > 0) {
            throw .invalidScale(index: index, value: scale)
        }
        for (index, shape) in anchorShapes.enumerated()
        where !(shape.w.isFinite && shape.h.isFinite && shape.w > 0 && shape.h > 0) {
            throw .invalidShape(index: index, shape: shape)
        }
        for (index, centre) in anchorCentres.enumerated() where !(centre.x.isFinite && centre.y.isFinite) {
            throw .nonFiniteAnchorCentre(index: index)
        }
        if case let .adam(beta1, beta2, epsilon) = optimiser,
           !((0..<1).contains(beta1) && (0..<1).contains(beta2) && epsilon.isFinite && epsilon > 0) {
            throw .invalidOptimiser(optimiser.description)
        }
    }
}

/// A box shape of unit area, `(w, h)` with `w * h = 1` (up to rounding).
public struct AspectShape: Hashable, Sendable {
    /// Width factor.
    public var w: Double
    /// Height factor.
    public var h: Double

    /// The shape `(w, h)`.
    public init(w: Double, h: Double) {
        self.w = w
        self.h = h
    }

    /// The 7 shapes of the DIoU simulation, aspect ratios 1:4 ... 4:1:
    /// `(0.5, 2), (sqrt3/3, sqrt3), (sqrt2/2, sqrt2), (1, 1), (sqrt2, sqrt2/2),
    /// (sqrt3, sqrt3/3), (2, 0.5)` (test_1715k.m, `c1 = sqrt(3)`, `c2 = sqrt(2)`).
    public static let diouShapes: [AspectShape] = {
        let c1 = 3.0.squareRoot(), c2 = 2.0.squareRoot()
        return [
            AspectShape(w: 0.5, h: 2.0), AspectShape(w: c1 / 3, h: c1), AspectShape(w: c2 / 2, h: c2),
            AspectShape(w: 1, h: 1), AspectShape(w: c2, h: c2 / 2), AspectShape(w: c1, h: c1 / 3),
            AspectShape(w: 2.0, h: 0.5),
        ]
    }()
}
