import Foundation
import LossvizLosses
import LossvizPlot

/// `diou-nms`: classic NMS against DIoU-NMS on one crowded scene (Zheng et
/// al., "Distance-IoU Loss", AAAI 2020, Section 5 and Eq. 16).
///
/// Two side-by-side objects overlap; six scored detections surround them.
/// Classic NMS suppresses a detection whose IoU with a kept one exceeds
/// `ε = 0.45`; DIoU-NMS suppresses it only when `IoU − ρ²/c² ≥ ε`, so a box
/// whose centre is far enough from the kept one survives even with IoU > ε.
struct DIoUNMSFigure: FigureRecipe {
    let name = "diou-nms"
    let summary = "Classic NMS against DIoU-NMS at ε = 0.45 on two overlapping objects: only DIoU-NMS keeps the second object"
    let caption = """
        Non-maximum suppression visits detections by falling score, keeps one and removes \
        the others that overlap it too much. Two objects A and B (grey, filled) stand side \
        by side; six detections (name and score printed) surround them: a best box for each, \
        duplicates, and one box spanning both. (a) Classic NMS (torchvision's `nms`) \
        removes a box whose IoU with a kept box exceeds `ε = 0.45`: the best box of B \
        overlaps the best box of A with IoU 0.48 and is removed, so B is lost. (b) DIoU-NMS \
        (Zheng et al., AAAI 2020, Eq. 16, `β = 1`) removes it only when `IoU − ρ²/c² ≥ ε`; the \
        centres of the two best boxes are apart (`ρ`, blue; `c` is the diagonal of the box \
        enclosing both), `0.48 − 0.06 = 0.42 < 0.45`, so both objects are kept, while the duplicates of \
        A and the spanning box, whose centres lie close to A's, are removed as before. Kept \
        boxes are solid (IoU-NMS blue, DIoU-NMS green), removed ones grey and dashed. Image \
        coordinates in pixels, y pointing down. Every decision and value is computed by lossviz.
        """
    let dataKeys = """
        - `objects[]`: the two true objects, `name` and `box` `[x1, y1, x2, y2]`.
        - `detections[]`: `name`, `box`, `score`.
        - `threshold`: `ε`.
        - `classicKept[]`, `distanceIoUKept[]`: names of the detections each method keeps, \
        highest score first (from `NonMaximumSuppression.classic` and `.distanceIoU`).
        - `decisivePair`: the best boxes of A and B: `names`, `iou`, `penalty` (`ρ²/c²`), \
        `criterion` (`IoU − ρ²/c²`).
        """

    static let threshold = 0.45
    static let objects: [(name: String, box: Box)] = [
        ("A", Box(x1: 18, y1: 19, x2: 100, y2: 61)),
        ("B", Box(x1: 50, y1: 21, x2: 130, y2: 61)),
    ]

    /// A detection with where its score is printed.
    struct Detection {
        var name: String
        var box: Box
        var score: Double
        /// Which corner of the box carries the score label (inside the box).
        var labelCorner: TextAnchor
    }

    static let detections = [
        Detection(name: "A1", box: Box(x1: 20, y1: 20, x2: 100, y2: 60), score: 0.96, labelCorner: .topLeft),
        Detection(name: "B1", box: Box(x1: 48, y1: 20, x2: 128, y2: 60), score: 0.88, labelCorner: .topRight),
        Detection(name: "A2", box: Box(x1: 14, y1: 24, x2: 96, y2: 64), score: 0.81, labelCorner: .bottomLeft),
        Detection(name: "B2", box: Box(x1: 42, y1: 17, x2: 122, y2: 59), score: 0.70, labelCorner: .bottomRight),
        Detection(name: "A3", box: Box(x1: 26, y1: 16, x2: 106, y2: 56), score: 0.55, labelCorner: .topRight),
        Detection(name: "AB", box: Box(x1: 12, y1: 14, x2: 134, y2: 68), score: 0.42, labelCorner: .topLeft),
    ]

    struct Object: Encodable {
        var name: String
        var box: [Double]
    }

    struct ScoredDetection: Encodable {
        var name: String
        var box: [Double]
        var score: Double
    }

    struct DecisivePair: Encodable {
        var names: [String]
        var iou: Double
        var penalty: Double
        var criterion: Double
    }

    struct Numbers: Encodable {
        var objects: [Object]
        var detections: [ScoredDetection]
        var threshold: Double
        var classicKept: [String]
        var distanceIoUKept: [String]
        var decisivePair: DecisivePair
    }

    func make(in context: FigureContext) throws -> FigureProduct {
        let scored = Self.detections.map { ScoredBox(box: $0.box, score: $0.score) }
        let classic = NonMaximumSuppression.classic(scored, iouThreshold: Self.threshold)
        let distance = NonMaximumSuppression.distanceIoU(scored, threshold: Self.threshold)
        let first = Self.detections[0], second = Self.detections[1]
        let pair = BoxPairDiagram(target: first.box, prediction: second.box)
        let iou = NonMaximumSuppression.intersectionOverUnion(first.box, second.box)
        let penalty = pair.centreDistanceSquared / pair.enclosingDiagonalSquared
        let numbers = Numbers(
            objects: Self.objects.map { Object(name: $0.name, box: $0.box.corners) },
            detections: Self.detections.map { ScoredDetection(name: $0.name, box: $0.box.corners, score: $0.score) },
            threshold: Self.threshold,
            classicKept: classic.map { Self.detections[$0].name },
            distanceIoUKept: distance.map { Self.detections[$0].name },
            decisivePair: DecisivePair(names: [first.name, second.name], iou: iou, penalty: penalty, criterion: iou - penalty))

        var figure = Figure(width: 12, height: 4.6)
        figure.grid(rows: 1, columns: 2)
        figure.panelLetters = true
        let f = { (v: Double) in FigureNumberText.fixed(v) }
        let eps = f(Self.threshold)
        figure[0].panel = scene(title: "Classic NMS keeps \(classic.count) of \(scored.count)", kept: Set(classic),
                          color: LossStyle.named("iou")?.color ?? .blue)
        figure[0].xLabel = "IoU(\(first.name), \(second.name)) = \(f(iou)) > ε = \(eps):  \(second.name) removed"
        figure[1].panel = scene(title: "DIoU-NMS keeps \(distance.count) of \(scored.count)", kept: Set(distance),
                          color: LossStyle.named("diou")?.color ?? .green)
        pair.drawCentreDistance(on: &figure[1].panel, label: "$\\rho$")
        figure[1].xLabel = "IoU − $\\rho^2/c^2$ = \(f(iou)) − \(f(penalty)) = \(f(iou - penalty)) < $\\varepsilon$ = \(eps):  \(second.name) kept"
        figure[1].cell = GridCell(row: 0, column: 1)
        figure.title = "Non-maximum suppression at ε = \(eps): classic IoU against DIoU"
        return FigureProduct(figure: figure, data: numbers)
    }

    /// One panel of the scene: the objects (grey, filled), then every detection
    /// with its name and score, kept ones solid in `color`, removed ones grey and dashed.
    private func scene(title: String, kept: Set<Int>, color: Color) -> Axes {
        var axes = Axes(title: title)
        for object in Self.objects {
            axes.rectangle(x1: object.box.x1, y1: object.box.y1, x2: object.box.x2, y2: object.box.y2,
                           stroke: nil, fill: Color(gray: 0.55).withAlpha(0.18))
        }
        // Removed boxes first, so the kept ones are drawn on top.
        let order = Self.detections.indices.filter { !kept.contains($0) } + Self.detections.indices.filter { kept.contains($0) }
        for index in order {
            let detection = Self.detections[index]
            let box = detection.box
            let isKept = kept.contains(index)
            axes.rectangle(x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, stroke: isKept ? color : Color(gray: 0.6),
                           width: isKept ? 2.4 : 1, dash: isKept ? .solid : .dashed)
            let corner = Point(detection.labelCorner.horizontal == .left ? box.x1 : box.x2,
                               detection.labelCorner.vertical == .top ? box.y1 : box.y2)
            let inward = Point(detection.labelCorner.horizontal == .left ? 2 : -2,
                               detection.labelCorner.vertical == .top ? -2 : 2)
            axes.text("\(detection.name) \(FigureNumberText.fixed(detection.score))", at: corner,
                      anchor: detection.labelCorner, offset: inward, fontSize: 9, weight: isKept ? .bold : .regular,
                      color: isKept ? color : Color(gray: 0.45), background: Color.white.withAlpha(0.85))
        }
        let below = Self.detections.map(\.box.y2).max() ?? 0
        for object in Self.objects {
            axes.text("object \(object.name)", at: Point(object.box.cx, below), anchor: .top, offset: Point(0, -3),
                      fontSize: 9, color: Color(gray: 0.3))
        }
        axes.aspect = .equal
        axes.xLimits = 4...142
        axes.yLimits = 6...78
        axes.y.inverted = true
        axes.xTicks = [20, 40, 60, 80, 100, 120, 140]
        axes.yTicks = [20, 40, 60]
        return axes
    }
}
