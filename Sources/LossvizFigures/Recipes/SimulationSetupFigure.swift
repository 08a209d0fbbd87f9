import Foundation
import LossvizLosses
import LossvizPlot
import LossvizSweep

/// `simulation-setup`: the cases of the DIoU simulation (Zheng et al., AAAI
/// 2020, Fig. 3(a); docs/simulation.md section 1): the anchor centres drawn
/// uniformly in area in the radius-3 disc about the targets' centre, the 7
/// targets of area 1 and aspect ratios 1:4 ... 4:1, and the 7 scales × 7 aspect
/// ratios of anchors placed at every centre.
struct SimulationSetupFigure: FigureRecipe {
    let name = "simulation-setup"
    let summary = "The DIoU simulation's cases: 5,000 anchor centres in a disc, 7 targets, 7 × 7 anchors per centre (DIoU paper Fig. 3a)"
    var caption: String {
        let simulation = runs.reference
        let g = SimulationErrorChart.grouped
        return """
            The cases of the DIoU paper's regression simulation (Zheng et al., AAAI 2020, Fig. 3(a); \
            docs/simulation.md), as `simulation-error`, `simulation-final-error` and \
            `simulation-gradient-conventions` run them. (a) The \(g(simulation.anchorCentres.count)) anchor \
            centres (grey dots), drawn uniformly in area in the disc of radius 3 (circle) about the targets' \
            common centre (10, 10): `r = 3√u₁`, `θ = 2πu₂` with seeded uniform `u₁`, `u₂`; the targets are \
            outlined at the centre and the anchors of one centre (the first of the draw) are drawn in blue. \
            (b) The \(simulation.targets.count) targets, all of area 1, with aspect ratios `w:h` from 1:4 to \
            4:1. (c) The anchors placed at every centre: \(simulation.anchorScales.count) areas `s` times the \
            target's area (rows) and the same \(simulation.anchorShapes.count) aspect ratios (columns); since \
            every target has area 1, they are the same \(simulation.anchorScales.count * simulation.anchorShapes.count) \
            anchors for all targets. Every anchor is regressed towards every target: \
            \(g(simulation.anchorCentres.count)) × \(simulation.targets.count) × \(simulation.anchorScales.count) × \
            \(simulation.anchorShapes.count) = \(g(simulation.caseCount)) cases.
            """
    }
    let dataKeys = """
        - `centres`: `x`, `y` of the anchor centres, in point order; `disc_centre`, `disc_radius`.
        - `targets[]`: `[cx, cy, w, h]` and `aspect_ratio` (`w/h`) of each target.
        - `anchor_scales` (`s`), `anchor_shapes[]` (`[w, h]` of area 1).
        - `anchors[]`: the anchors at the first centre for the first target, `[cx, cy, w, h]`, \
        scale by scale, shape by shape; `anchors_depend_on_target` (`false`: all targets have area 1).
        - `cases_per_point`, `case_count`.
        """

    /// The runs whose protocol is drawn (the gallery's by default; tests pass smaller ones).
    var runs = SimulationRuns.gallery

    /// The disc's centre and radius (docs/simulation.md section 1).
    static let discCentre = Point(10, 10)
    static let discRadius = 3.0
    /// The distance between neighbouring boxes in panels (b) and (c): more than the largest anchor side, 2√2.
    static let spacing = 3.2

    struct Centres: Encodable {
        var x: [Double]
        var y: [Double]
    }

    struct Target: Encodable {
        var box: [Double]
        var aspectRatio: Double
        enum CodingKeys: String, CodingKey { case box, aspectRatio = "aspect_ratio" }
    }

    struct Numbers: Encodable {
        var centres: Centres
        var discCentre: [Double]
        var discRadius: Double
        var targets: [Target]
        var anchorScales: [Double]
        var anchorShapes: [[Double]]
        var anchors: [[Double]]
        var anchorsDependOnTarget: Bool
        var casesPerPoint: Int
        var caseCount: Int

        enum CodingKeys: String, CodingKey {
            case centres, targets, anchors
            case discCentre = "disc_centre", discRadius = "disc_radius", anchorScales = "anchor_scales"
            case anchorShapes = "anchor_shapes", anchorsDependOnTarget = "anchors_depend_on_target"
            case casesPerPoint = "cases_per_point", caseCount = "case_count"
        }
    }

    /// `w:h` of a shape as the paper writes it, `1:4` ... `4:1` (rounded to whole parts).
    static func ratioLabel(_ shape: AspectShape) -> String {
        let ratio = shape.w / shape.h
        return ratio < 1 ? "1:\(Int((1 / ratio).rounded()))" : "\(Int(ratio.rounded())):1"
    }

    func make(in context: FigureContext) throws -> FigureProduct {
        let simulation = runs.reference
        let templates = simulation.caseTemplates
        let perTarget = simulation.anchorScales.count * simulation.anchorShapes.count
        let first = simulation.anchorCentres[0]
        let anchors = templates.prefix(perTarget).map { CentreFormBox(cx: first.x, cy: first.y, w: $0.anchor.w, h: $0.anchor.h) }
        let dependsOnTarget = stride(from: 0, to: templates.count, by: perTarget).contains { start in
            zip(templates[start..<(start + perTarget)], templates.prefix(perTarget)).contains {
                // Target areas are 1 up to rounding (√3/3 × √3), so compare to a relative 1e-12.
                abs($0.anchor.w - $1.anchor.w) > 1e-12 * $1.anchor.w || abs($0.anchor.h - $1.anchor.h) > 1e-12 * $1.anchor.h
            }
        }
        let numbers = Numbers(
            centres: Centres(x: simulation.anchorCentres.map(\.x), y: simulation.anchorCentres.map(\.y)),
            discCentre: [Self.discCentre.x, Self.discCentre.y], discRadius: Self.discRadius,
            targets: simulation.targets.map { Target(box: [$0.cx, $0.cy, $0.w, $0.h], aspectRatio: $0.w / $0.h) },
            anchorScales: simulation.anchorScales, anchorShapes: simulation.anchorShapes.map { [$0.w, $0.h] },
            anchors: anchors.map { [$0.cx, $0.cy, $0.w, $0.h] }, anchorsDependOnTarget: dependsOnTarget,
            casesPerPoint: simulation.casesPerPoint, caseCount: simulation.caseCount)

        var figure = Figure(width: 12.5, height: 7.4)
        figure.panels = []
        figure.columnWidths = [1.05, 1]
        figure.rowHeights = [0.2, 1]
        figure.panelLetters = true
        figure.addPanel(row: 0, column: 0, rowSpan: 2, disc(simulation, anchors: anchors))
        figure.addPanel(row: 0, column: 1, targets(simulation))
        figure.addPanel(row: 1, column: 1, anchorGrid(simulation))
        figure.title = "The DIoU simulation: \(SimulationErrorChart.grouped(simulation.anchorCentres.count)) centres × "
            + "\(simulation.targets.count) targets × \(simulation.anchorScales.count) scales × "
            + "\(simulation.anchorShapes.count) aspect ratios = \(SimulationErrorChart.grouped(simulation.caseCount)) cases"
        return FigureProduct(figure: figure, data: numbers)
    }

    /// Panel (a): the centres, the disc, the targets and the anchors of the first centre.
    func disc(_ simulation: SimulationSettings, anchors: [CentreFormBox]) -> Axes {
        var axes = Axes(title: "\(SimulationErrorChart.grouped(simulation.anchorCentres.count)) anchor centres in a disc of radius \(TickFormatter.compact(Self.discRadius))")
        axes.scatter(x: simulation.anchorCentres.map(\.x), y: simulation.anchorCentres.map(\.y),
                     color: Color(gray: 0.55), marker: .square, size: 1.6)
        let circle = (0..<180).map { k in
            let t = 2 * Double.pi * Double(k) / 180
            return Point(Self.discCentre.x + Self.discRadius * cos(t), Self.discCentre.y + Self.discRadius * sin(t))
        }
        axes.polygon(circle, stroke: .black, width: 1)
        for target in simulation.targets {
            let box = target.box
            axes.rectangle(x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, stroke: BoxColors.target, width: 1)
        }
        for anchor in anchors {
            let box = anchor.box
            axes.rectangle(x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, stroke: BoxColors.prediction.withAlpha(0.45),
                           width: 0.6)
        }
        if let first = simulation.anchorCentres.first {
            axes.scatter(x: [first.x], y: [first.y], color: BoxColors.prediction, size: 5)
        }
        let reach = Self.discRadius + 1.6
        axes.xLimits = (Self.discCentre.x - reach)...(Self.discCentre.x + reach)
        axes.yLimits = (Self.discCentre.y - reach)...(Self.discCentre.y + reach)
        axes.aspect = .equal
        axes.xLabel = "$x$"
        axes.yLabel = "$y$"
        return axes
    }

    /// Panel (b): the targets side by side, labelled with their aspect ratios.
    func targets(_ simulation: SimulationSettings) -> Axes {
        var axes = Axes(title: "\(simulation.targets.count) targets of area 1")
        for (k, target) in simulation.targets.enumerated() {
            let x = Double(k) * Self.spacing
            axes.rectangle(x1: x - target.w / 2, y1: -target.h / 2, x2: x + target.w / 2, y2: target.h / 2,
                           stroke: BoxColors.target, fill: BoxColors.targetFill)
        }
        axes.xTicks = simulation.targets.indices.map { Double($0) * Self.spacing }
        axes.x.tickLabels = simulation.targets.map { Self.ratioLabel(AspectShape(w: $0.w, h: $0.h)) }
        axes.yTicks = []
        axes.xLimits = (-Self.spacing / 2)...((Double(simulation.targets.count) - 0.5) * Self.spacing)
        axes.yLimits = (-Self.spacing / 2)...(Self.spacing / 2)
        axes.aspect = .equal
        return axes
    }

    /// Panel (c): the anchors at one centre, one row per scale and one column per aspect ratio.
    func anchorGrid(_ simulation: SimulationSettings) -> Axes {
        var axes = Axes(title: "anchors at every centre: \(simulation.anchorScales.count) scales × \(simulation.anchorShapes.count) aspect ratios")
        let templates = simulation.caseTemplates
        for (row, _) in simulation.anchorScales.enumerated() {
            for (column, _) in simulation.anchorShapes.enumerated() {
                let anchor = templates[row * simulation.anchorShapes.count + column].anchor
                let x = Double(column) * Self.spacing, y = Double(row) * Self.spacing
                axes.rectangle(x1: x - anchor.w / 2, y1: y - anchor.h / 2, x2: x + anchor.w / 2, y2: y + anchor.h / 2,
                               stroke: BoxColors.prediction, width: 1)
            }
        }
        axes.xTicks = simulation.anchorShapes.indices.map { Double($0) * Self.spacing }
        axes.x.tickLabels = simulation.anchorShapes.map(Self.ratioLabel)
        axes.yTicks = simulation.anchorScales.indices.map { Double($0) * Self.spacing }
        axes.y.tickLabels = simulation.anchorScales.map { TickFormatter.compact($0) }
        axes.xLimits = (-Self.spacing / 2)...((Double(simulation.anchorShapes.count) - 0.5) * Self.spacing)
        axes.yLimits = (-Self.spacing / 2)...((Double(simulation.anchorScales.count) - 0.5) * Self.spacing)
        axes.aspect = .equal
        axes.xLabel = "aspect ratio $w:h$"
        axes.yLabel = "area $s$ × target area"
        return axes
    }
}
