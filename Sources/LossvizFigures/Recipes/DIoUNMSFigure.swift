import Foundation
import LossvizLosses
import LossvizPlot

/// `diou-nms`: classic NMS against DIoU-NMS on one crowded scene (Zheng et
/// al., "Distance-IoU Loss", AAAI 2020, Section 5 and Eq. 16).
///
/// Two side-by-side objects overlap; four scored detections (a best box and a
/// duplicate for each) surround them. Classic NMS suppresses a detection whose
/// IoU with a kept one exceeds `ε = 0.45`; DIoU-NMS suppresses it only when
/// `IoU − ρ²/c² ≥ ε`, so a box whose centre is far enough from the kept one
/// survives even with IoU > ε.
struct DIoUNMSFigure: FigureRecipe {
    let name = "diou-nms"
    let summary = "Classic NMS against DIoU-NMS at ε = 0.45 on two overlapping objects: only DIoU-NMS keeps the second object"
    let caption = """
        Non-maximum suppression visits detections by falling score, keeps one and removes \
        the others that overlap it too much. Two objects A and B (grey, filled) stand side \
        by side; four detections surround them, a best box and a duplicate for each (name and \
        score printed outside the scene, with a thin line to the box). (a) Classic NMS (torchvision's \
        `nms`) removes a box whose IoU with a kept box exceeds `ε = 0.45`: the best box of B, B1, \
        overlaps the best box of A, A1, with IoU 0.48 and is removed, so B is lost. (b) DIoU-NMS \
        (Zheng et al., AAAI 2020, Eq. 16, `β = 1`) removes it only when `IoU − ρ²/c² ≥ ε`, with `ρ` \
        the distance of the two centres (solid, with dots) and `c` the diagonal of the smallest box \
        enclosing both (dashed): `0.48 − 0.06 = 0.42 < 0.45`, so both objects are kept, while the \
        duplicates A2 and B2 overlap A1 enough to be removed under either rule. Kept boxes are solid \
        and bold in the colour of the IoU and the DIoU loss, removed ones grey and dashed. Image \
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

    /// A detection with where its name and score are printed: outside the
    /// scene, joined by a thin line to a stretch of the box's edge that no other
    /// box shares.
    struct Detection {
        var name: String
        var box: Box
        var score: Double
        /// The point of the box's edge the label points at.
        var edgePoint: Point
        /// Where the label sits, outside the scene.
        var labelPoint: Point
        /// Which side of the label touches `labelPoint` (the side facing the box).
        var labelAnchor: TextAnchor
    }

    static let detections = [
        Detection(name: "A1", box: Box(x1: 20, y1: 20, x2: 100, y2: 60), score: 0.96,
                  edgePoint: Point(31, 20), labelPoint: Point(31, 8), labelAnchor: .bottom),
        Detection(name: "B1", box: Box(x1: 48, y1: 20, x2: 128, y2: 60), score: 0.88,
                  edgePoint: Point(128, 30), labelPoint: Point(138, 30), labelAnchor: .left),
        Detection(name: "A2", box: Box(x1: 14, y1: 24, x2: 96, y2: 64), score: 0.81,
                  edgePoint: Point(31, 64), labelPoint: Point(31, 72), labelAnchor: .top),
        Detection(name: "B2", box: Box(x1: 42, y1: 17, x2: 122, y2: 59), score: 0.70,
                  edgePoint: Point(110, 17), labelPoint: Point(110, 8), labelAnchor: .bottom),
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

        var figure = Figure(width: 12, height: 3.9)
        figure.grid(rows: 1, columns: 2)
        figure.panelLetters = true
        let f = { (v: Double) in FigureNumberText.fixed(v) }
        let eps = f(Self.threshold)
        figure[0].panel = scene(title: "Classic NMS: IoU(\(first.name), \(second.name)) = \(f(iou)) > $\\varepsilon$, \(second.name) removed",
                          kept: Set(classic), color: LossStyle.named("iou")?.color ?? .blue)
        figure[1].panel = scene(title: "DIoU-NMS: IoU − $\\rho^2/c^2$ = \(f(iou)) − \(f(penalty)) = \(f(iou - penalty)) < $\\varepsilon$, \(second.name) kept",
                          kept: Set(distance), color: LossStyle.named("diou")?.color ?? .green)
        pair.drawEnclosingDiagonal(on: &figure[1].panel, label: "$c$", labelPosition: 0.62, labelAnchor: .bottomLeft)
        pair.drawCentreDistance(on: &figure[1].panel, label: "$\\rho$")
        figure[1].cell = GridCell(row: 0, column: 1)
        figure.title = "Non-maximum suppression at ε = \(eps): classic NMS loses object B, DIoU-NMS keeps it"
        return FigureProduct(figure: figure, data: numbers)
    }

    /// One panel of the scene: the objects (grey, filled, named at their outer
    /// sides), then every detection, kept ones solid in `color`, removed ones grey
    /// and dashed, each with its name and score outside the scene.
    private func scene(title: String, kept: Set<Int>, color: Color) -> Axes {
        var axes = Axes(title: title)
        for object in Self.objects {
            axes.rectangle(x1: object.box.x1, y1: object.box.y1, x2: object.box.x2, y2: object.box.y2,
                           stroke: nil, fill: BoxColors.targetFill)
        }
        let scene = Self.detections.map(\.box) + Self.objects.map(\.box)
        let left = scene.map(\.x1).min() ?? 0, right = scene.map(\.x2).max() ?? 0
        let (a, b) = (Self.objects[0], Self.objects[1])
        axes.text("object \(a.name)", at: Point(left, a.box.cy), anchor: .right, offset: Point(-4, 0), fontSize: 9,
                  color: Color(gray: 0.3))
        axes.text("object \(b.name)", at: Point(right, b.box.y2), anchor: .bottomLeft, offset: Point(4, 0), fontSize: 9,
                  color: Color(gray: 0.3))
        // Removed boxes first, so the kept ones are drawn on top.
        let order = Self.detections.indices.filter { !kept.contains($0) } + Self.detections.indices.filter { kept.contains($0) }
        for index in order {
            let detection = Self.detections[index]
            let box = detection.box
            let isKept = kept.contains(index)
            let ink = isKept ? color : Color(gray: 0.45)
            axes.rectangle(x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, stroke: isKept ? color : Color(gray: 0.6),
                           width: isKept ? 2.4 : 1, dash: isKept ? .solid : .dashed)
            axes.line(x: [detection.labelPoint.x, detection.edgePoint.x], y: [detection.labelPoint.y, detection.edgePoint.y],
                      style: LineStyle(color: ink, width: 0.8))
            axes.text("\(detection.name) \(FigureNumberText.fixed(detection.score))", at: detection.labelPoint,
                      anchor: detection.labelAnchor, offset: Point(detection.labelAnchor.horizontal == .left ? 1 : 0, 0),
                      fontSize: 9, weight: isKept ? .bold : .regular, color: ink)
        }
        axes.aspect = .equal
        axes.xLimits = -14...162
        axes.yLimits = 0...80
        axes.y.inverted = true
        axes.xTicks = [0, 40, 80, 120, 160]
        axes.yTicks = [0, 20, 40, 60, 80]
        axes.xLabel = "x [pixels]"
        axes.yLabel = "y [pixels]"
        return axes
    }
}
