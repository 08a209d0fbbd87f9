import LossvizLosses
import LossvizPlot

/// A target and a predicted box drawn the way every box diagram of the
/// gallery draws them (as `giou-degenerates` does): the target grey and
/// lightly filled, the prediction blue and dashed (`BoxColors`); optionally the smallest
/// enclosing box `C` (grey, dotted), the centres joined by `ρ`, and `C`'s
/// diagonal `c` (the two lengths of DIoU's penalty `ρ²/c²`, Zheng et al.,
/// AAAI 2020, Eq. 6).
struct BoxPairDiagram {
    var target: Box
    var prediction: Box

    static let targetColor = BoxColors.target
    static let targetFill = BoxColors.targetFill
    static let predictionColor = BoxColors.prediction
    static let enclosingColor = Color(gray: 0.45)
    static let centreDistanceColor = Color.blue

    /// The smallest box that encloses both boxes.
    var enclosingBox: Box {
        Box(x1: min(target.x1, prediction.x1), y1: min(target.y1, prediction.y1),
            x2: max(target.x2, prediction.x2), y2: max(target.y2, prediction.y2))
    }

    /// `ρ²`, the squared distance of the two centres.
    var centreDistanceSquared: Double {
        let dx = prediction.cx - target.cx, dy = prediction.cy - target.cy
        return dx * dx + dy * dy
    }

    /// `c²`, the squared diagonal of the enclosing box.
    var enclosingDiagonalSquared: Double {
        let c = enclosingBox
        return c.width * c.width + c.height * c.height
    }

    /// Draws the target (below) and the prediction (above).
    func drawBoxes(on axes: inout Axes) {
        axes.rectangle(x1: target.x1, y1: target.y1, x2: target.x2, y2: target.y2,
                       stroke: Self.targetColor, fill: Self.targetFill)
        axes.rectangle(x1: prediction.x1, y1: prediction.y1, x2: prediction.x2, y2: prediction.y2,
                       stroke: Self.predictionColor, dash: .dashed)
    }

    /// Draws the enclosing box `C` as a thin dotted outline.
    func drawEnclosingBox(on axes: inout Axes) {
        let c = enclosingBox
        axes.rectangle(x1: c.x1, y1: c.y1, x2: c.x2, y2: c.y2, stroke: Self.enclosingColor, width: 1, dash: .dotted)
    }

    /// Draws both centres and the segment `ρ` between them (a single dot when they coincide).
    func drawCentreDistance(on axes: inout Axes, label: String? = "ρ") {
        let from = Point(target.cx, target.cy), to = Point(prediction.cx, prediction.cy)
        if from == to {
            axes.scatter(x: [from.x], y: [from.y], color: Self.centreDistanceColor, size: 4)
            return
        }
        axes.line(x: [from.x, to.x], y: [from.y, to.y],
                  style: LineStyle(color: Self.centreDistanceColor, width: 1.3, marker: .circle, markerSize: 4))
        if let label {
            axes.text(label, at: Point((from.x + to.x) / 2, (from.y + to.y) / 2), anchor: .bottomRight,
                      offset: Point(-2, 2), color: Self.centreDistanceColor)
        }
    }

    /// Draws the diagonal `c` of the enclosing box from its upper-left to its
    /// lower-right corner (across, rather than along, a diagonal offset of the centres),
    /// with `label` beside the point a fraction `labelPosition` of the way along it.
    func drawEnclosingDiagonal(on axes: inout Axes, label: String = "c", labelPosition: Double = 0.2,
                               labelAnchor: TextAnchor = .bottomLeft) {
        let c = enclosingBox
        axes.line(x: [c.x1, c.x2], y: [c.y2, c.y1], style: LineStyle(color: Self.enclosingColor, width: 1.2, dash: .dashed))
        axes.text(label, at: Point(c.x1 + labelPosition * c.width, c.y2 - labelPosition * c.height), anchor: labelAnchor,
                  offset: Point(labelAnchor.horizontal == .right ? -3 : 3, 2), color: Self.enclosingColor)
    }
}
