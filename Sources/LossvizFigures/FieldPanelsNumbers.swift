import LossvizSweep

/// The numbers a grid of field panels shows, for a figure's `--data` JSON:
/// the grid, the shared colour limits and contour levels, and per loss the
/// heatmap values, the arrows, the share of the grid without gradient and the
/// grid minimum.
struct FieldPanelsNumbers: Encodable, Sendable {
    /// The grid point with the smallest loss.
    struct Minimum: Encodable, Sendable {
        var x: Double
        var y: Double
        var value: Double
    }

    /// The drawn arrows: at `(x[k], y[k])` pointing along `(u[k], v[k])` (`−∇L`,
    /// in log coordinates on a scale-aspect grid; zero where no arrow is drawn).
    struct Arrows: Encodable, Sendable {
        var x: [Double]
        var y: [Double]
        var u: [Double]
        var v: [Double]
    }

    /// One loss's panel.
    struct Loss: Encodable, Sendable {
        /// Row-major grid, `value[j][i]` at `x[i]`, `y[j]`.
        var value: [[Double]]
        var zeroGradientFraction: Double
        var minimum: Minimum?
        var arrows: Arrows?

        enum CodingKeys: String, CodingKey {
            case value, minimum, arrows
            case zeroGradientFraction = "zero_gradient_fraction"
        }
    }

    var over: String
    var target: [Double]
    var size: [Double]?
    var gradient: String
    var xName: String
    var yName: String
    var x: [Double]
    var y: [Double]
    var colorLimits: [Double]
    var contourLevels: [Double]
    var losses: [String: Loss]
    /// The difference panels, keyed `"LOSS-BASELINE"` (e.g. `"ciou-iou"`); their
    /// `minimum` and `zero_gradient_fraction` are of the difference.
    var differences: [String: Loss]?

    enum CodingKeys: String, CodingKey {
        case over, target, size, gradient, x, y, losses, differences
        case xName = "x_name", yName = "y_name", colorLimits = "color_limits", contourLevels = "contour_levels"
    }

    /// The numbers of `panels` and of the difference panels drawn below them.
    init(_ panels: FieldPanels, differences: [FieldDifference] = []) {
        let first = panels.fields.first
        switch first?.layout {
        case let .offset(width, height):
            over = "offset"
            size = [width, height]
        case .scaleAspect, nil:
            over = "scale-aspect"
            size = nil
        }
        target = first.map { [$0.target.cx, $0.target.cy, $0.target.w, $0.target.h] } ?? []
        gradient = panels.convention.rawValue
        xName = first?.layout.axisNames.x ?? ""
        yName = first?.layout.axisNames.y ?? ""
        x = first?.x.values ?? []
        y = first?.y.values ?? []
        colorLimits = [panels.colorLimits.lowerBound, panels.colorLimits.upperBound]
        contourLevels = panels.contourLevels
        var losses: [String: Loss] = [:]
        for (k, field) in panels.fields.enumerated() {
            let arrows = panels.arrowFields.indices.contains(k) ? panels.derivative(panels.arrowFields[k]) : nil
            losses[field.loss] = Self.loss(field.value, derivative: panels.derivative(field), arrows: arrows, panels: panels)
        }
        self.losses = losses
        if !differences.isEmpty {
            var byName: [String: Loss] = [:]
            for difference in differences {
                byName["\(difference.loss)-\(difference.baseline)"] = Self.loss(
                    difference.value, derivative: difference.derivative, arrows: difference.arrowDerivative, panels: panels)
            }
            self.differences = byName
        }
    }

    /// One panel's numbers: `values` on the panels' grid, `arrows` on their arrow sub-grid.
    private static func loss(_ values: [Double], derivative: GridDerivative, arrows: GridDerivative?,
                             panels: FieldPanels) -> Loss {
        guard let geometry = panels.fields.first else {
            return Loss(value: [], zeroGradientFraction: 0, minimum: nil, arrows: nil)
        }
        let columns = max(geometry.x.values.count, 1)
        let rows = stride(from: 0, to: values.count, by: columns).map { Array(values[$0 ..< min($0 + columns, values.count)]) }
        var drawn: Arrows?
        if let arrows, let arrowGeometry = panels.arrowFields.first {
            let d = FieldPanels.descent(arrows, on: arrowGeometry), points = FieldPanels.points(arrowGeometry)
            drawn = Arrows(x: points.x, y: points.y, u: d.u, v: d.v)
        }
        let minimum = FieldPanels.minimum(values, on: geometry).map { Minimum(x: $0.x, y: $0.y, value: $0.value) }
        return Loss(value: rows, zeroGradientFraction: derivative.zeroFraction(below: FieldPanels.zeroGradient),
                    minimum: minimum, arrows: drawn)
    }
}
