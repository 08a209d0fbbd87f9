import Foundation
import LossvizLosses
import LossvizPlot

/// `aspect-term`: CIoU's aspect-ratio term and its gradient (Zheng et al.,
/// "Distance-IoU Loss", AAAI 2020, Eq. 9 and 12; seed fig 13 and the CIoU section).
///
/// `v = 4/π² (arctan(wₜ/hₜ) − arctan(w/h))²` depends on the ratio `w/h`
/// only, so `v = 0` for every `(k wₜ, k hₜ)`, and its gradient
/// `∂v/∂w = −(8/π²)(arctan(wₜ/hₜ) − arctan(w/h)) h/(w² + h²)`,
/// `∂v/∂h = +(8/π²)(arctan(wₜ/hₜ) − arctan(w/h)) w/(w² + h²)` has opposite
/// signs in `w` and `h`, with `∂v/∂w = −(h/w) ∂v/∂h`. Eq. 12 as printed (and the
/// source document) has both with the opposite sign: it drops the minus of the
/// chain-rule factor `∂(−arctan(w/h))/∂w = −h/(w² + h²)`; a finite difference of `v`
/// agrees with the signs here (`AspectTermFigureTests`).
///
/// The curves use these closed forms; the markers are the same quantities
/// recovered from lossviz's `CompleteIoULoss` and `DistanceIoULoss` (see
/// `libraryAspectTerm`), so the figure also checks the library.
struct AspectTermFigure: FigureRecipe {
    let name = "aspect-term"
    let summary = "CIoU's aspect term v over the aspect ratio, zero along (k wₜ, k hₜ), and its gradient with ∂v/∂w = −(h/w) ∂v/∂h"
    let caption = """
        CIoU (Zheng et al., AAAI 2020) adds `αv` to the DIoU loss, with \
        `v = 4/π² (arctan(wₜ/hₜ) − arctan(w/h))²` for a 3 × 2 target. (a) `arctan(w/h)` and \
        `v` against the prediction's aspect ratio (log scale): `v` depends on `w/h` alone and \
        is zero at `w/h = wₜ/hₜ`. (b) `v` over `(w, h)`: it is zero on the whole ray \
        `(k wₜ, k hₜ)` (white dots, `k = 1/3 … 5/3`), so `v` says nothing about size, and its \
        descent direction `−∇v` (arrows) is everywhere perpendicular to the rays through the \
        origin: `w ∂v/∂w + h ∂v/∂h = 0`. (c) The two partial derivatives at `h = hₜ` against \
        `w/h`: `∂v/∂w` and `∂v/∂h` always have opposite signs, and `∂v/∂w = −(h/w) ∂v/∂h` \
        (the light dashes on the `∂v/∂w` curve are `−(h/w) ∂v/∂h`). Because of this a gradient \
        step on `v` cannot grow or shrink both sides together, which is the drawback that \
        EIoU (Zhang et al. 2022) addresses. Curves: `v` (Eq. 9) and its derivatives \
        `∂v/∂w = −(8/π²)(arctan(wₜ/hₜ) − arctan(w/h)) h/(w² + h²)`, \
        `∂v/∂h = +(8/π²)(arctan(wₜ/hₜ) − arctan(w/h)) w/(w² + h²)`. The paper's Eq. 12 (and the source \
        document) prints both with the opposite sign: differentiating the square brings in the factor \
        `∂(−arctan(w/h))/∂w = −h/(w² + h²)`, whose minus the printed equation drops. At `w/h = 0.1` the \
        printed `∂v/∂w` is +0.354, the plotted one −0.354, which a finite difference of `v` confirms: \
        widening a box that is too narrow lowers `v`. Markers: the same \
        quantities recovered from lossviz's CIoU and DIoU losses and gradients, for a \
        prediction centred on the target (`αv = L_CIoU − L_DIoU`, `α∇v = ∇L_CIoU − ∇L_DIoU`, \
        with `α = v/(1 − IoU + v + ε)` held constant as in torchvision).
        """
    let dataKeys = """
        - `target`: `[wₜ, hₜ]`.
        - `ratio[]`, `arctan[]`, `v[]`: the curves of panel (a) (`w/h`, `arctan(w/h)`, `v`).
        - `zeroRay[]`: the dots of panel (b): `w`, `h` (`= k wₜ, k hₜ`) and `v` there.
        - `height`, `width[]`, `dvdw[]`, `dvdh[]`: the curves of panel (c) at `h = hₜ`.
        - `library[]`: the markers: `ratio`, `w`, `h` and `v`, `dvdw`, `dvdh` recovered \
        from `CompleteIoULoss` and `DistanceIoULoss`.
        """

    /// The target box, 3 × 2.
    static let target = Box(x1: 0, y1: 0, x2: 3, y2: 2)
    /// Aspect ratios of the curves in (a) and (c), log-spaced over [0.1, 10].
    static let ratios = (0...240).map { pow(10, -1 + 2 * Double($0) / 240) }
    /// Aspect ratios of the library markers.
    static let markerRatios = (0...12).map { pow(10, -1 + 2 * Double($0) / 12) }
    /// Scales `k` of the dots `(k wₜ, k hₜ)` in (b).
    static let rayScales = [1.0 / 3, 2.0 / 3, 1, 4.0 / 3, 5.0 / 3]

    /// `v = 4/π² (arctan(wₜ/hₜ) − arctan(w/h))²` (Eq. 9).
    static func aspectTerm(w: Double, h: Double) -> Double {
        let difference = atan(target.width / target.height) - atan(w / h)
        return 4 / (Double.pi * Double.pi) * difference * difference
    }

    /// `(∂v/∂w, ∂v/∂h) = (8/π²)(arctan(wₜ/hₜ) − arctan(w/h)) (−h, w)/(w² + h²)`, the
    /// derivative of Eq. 9 (the negative of Eq. 12 as printed).
    static func aspectTermGradient(w: Double, h: Double) -> (dw: Double, dh: Double) {
        let difference = atan(target.width / target.height) - atan(w / h)
        let scale = 8 / (Double.pi * Double.pi) * difference / (w * w + h * h)
        return (-scale * h, scale * w)
    }

    /// `v`, `∂v/∂w`, `∂v/∂h` recovered from the library for a `w × h` prediction
    /// centred on the target, or nil where `αv` vanishes (`w/h = wₜ/hₜ`).
    ///
    /// With the centres equal, `L_CIoU − L_DIoU = αv` with
    /// `α = v/(1 − IoU + v + ε)`, so `v` is the positive root of
    /// `v² − D v − D(1 − IoU + ε) = 0`, `D = L_CIoU − L_DIoU`; and, `α` being a
    /// constant for the gradient, `∇v = (∇L_CIoU − ∇L_DIoU)/α` (centre-form `w`, `h` components).
    static func libraryAspectTerm(w: Double, h: Double) -> (v: Double, dw: Double, dh: Double)? {
        let prediction = Box(cx: target.cx, cy: target.cy, w: w, h: h)
        let ciou = CompleteIoULoss().evaluate(prediction: prediction, target: target)
        let diou = DistanceIoULoss().evaluate(prediction: prediction, target: target)
        let iou = 1 - IoULoss().evaluate(prediction: prediction, target: target).value
        let eps = CompleteIoULoss().eps
        let d = ciou.value - diou.value
        guard d > 1e-12 else { return nil }
        let v = (d + (d * d + 4 * d * (1 - iou + eps)).squareRoot()) / 2
        let alpha = v / (1 - iou + v + eps)
        return (v, (ciou.gradient.w - diou.gradient.w) / alpha, (ciou.gradient.h - diou.gradient.h) / alpha)
    }

    struct RayPoint: Encodable {
        var w, h, v: Double
    }

    struct LibrarySample: Encodable {
        var ratio, w, h, v, dvdw, dvdh: Double
    }

    struct Numbers: Encodable {
        var target: [Double]
        var ratio: [Double]
        var arctan: [Double]
        var v: [Double]
        var zeroRay: [RayPoint]
        var height: Double
        var width: [Double]
        var dvdw: [Double]
        var dvdh: [Double]
        var library: [LibrarySample]
    }

    func make(in context: FigureContext) throws -> FigureProduct {
        let target = Self.target
        let h = target.height
        let widths = Self.ratios.map { $0 * h }
        let gradients = widths.map { Self.aspectTermGradient(w: $0, h: h) }
        let library = Self.markerRatios.compactMap { ratio -> LibrarySample? in
            guard let term = Self.libraryAspectTerm(w: ratio * h, h: h) else { return nil }
            return LibrarySample(ratio: ratio, w: ratio * h, h: h, v: term.v, dvdw: term.dw, dvdh: term.dh)
        }
        let numbers = Numbers(
            target: [target.width, target.height], ratio: Self.ratios, arctan: Self.ratios.map { atan($0) },
            v: Self.ratios.map { Self.aspectTerm(w: $0, h: 1) },
            zeroRay: Self.rayScales.map { k in
                RayPoint(w: k * target.width, h: k * target.height, v: Self.aspectTerm(w: k * target.width, h: k * target.height))
            },
            height: h, width: widths, dvdw: gradients.map(\.dw), dvdh: gradients.map(\.dh), library: library)

        var figure = Figure(width: 13, height: 4.6)
        figure.grid(rows: 1, columns: 3)
        figure.panelLetters = true
        figure.columnWidths = [1, 1.12, 1]
        figure[0].panel = ratioPanel(numbers)
        figure[0].cell = GridCell(row: 0, column: 0)
        figure[1].panel = fieldPanel(numbers)
        figure[1].cell = GridCell(row: 0, column: 1)
        figure[2].panel = gradientPanel(numbers)
        figure[2].cell = GridCell(row: 0, column: 2)
        figure.title = "CIoU's aspect-ratio term v: blind to scale, and its gradient trades w against h"
        return FigureProduct(figure: figure, data: numbers)
    }

    private static let ratioTicks = [0.1, 0.3, 1, 3, 10]
    private static let targetRatioStyle = LineStyle(color: Color(gray: 0.45), width: 0.8, dash: .dotted)

    /// (a) `arctan(w/h)` and `v` against `w/h`.
    private func ratioPanel(_ n: Numbers) -> Axes {
        let targetRatio = Self.target.width / Self.target.height
        var axes = Axes(title: "v depends on w/h only")
        axes.xScale = .log
        axes.line(x: n.ratio, y: n.arctan, label: "arctan(w/h)", style: LineStyle(color: .black))
        axes.line(x: n.ratio, y: n.v, label: "v", style: .loss("ciou", width: 2))
        axes.scatter(x: n.library.map(\.ratio), y: n.library.map(\.v), label: "v from CIoU − DIoU",
                     color: .white, marker: .circle, size: 6, edge: LossStyle.named("ciou")?.color ?? .red)
        axes.horizontalLine(at: atan(targetRatio), style: Self.targetRatioStyle)
        axes.verticalLine(at: targetRatio, style: Self.targetRatioStyle)
        axes.text("$w_t/h_t$", at: Point(targetRatio, 1.45), anchor: .left, offset: Point(3, 0), fontSize: 9,
                  color: Color(gray: 0.35))
        axes.text("$\\arctan(w_t/h_t)$", at: Point(0.1, atan(targetRatio)), anchor: .bottomLeft, offset: Point(3, 2),
                  fontSize: 9, color: Color(gray: 0.35))
        axes.xLimits = 0.1...10
        axes.xTicks = Self.ratioTicks
        axes.x.tickLabels = Self.ratioTicks.map(FigureNumberText.coordinate)
        axes.yLimits = 0...(Double.pi / 2)
        axes.xLabel = "aspect ratio w/h"
        axes.yLabel = "arctan(w/h) [rad], v"
        axes.legend(.upperLeft)
        return axes
    }

    /// (b) `v` over `(w, h)`, the zero ray and the direction of `−∇v`.
    private func fieldPanel(_ n: Numbers) -> Axes {
        let samples = Grid2D.linspace(0.05, 6, count: 120)
        let field = Grid2D(xs: samples, ys: samples) { Self.aspectTerm(w: $0, h: $1) }
        let arrows = Grid2D.linspace(0.4, 5.6, count: 10)
        let descent = arrows.flatMap { h in arrows.map { w in Self.aspectTermGradient(w: w, h: h) } }
        let ray = Self.target.height / Self.target.width
        var axes = Axes(title: "$v$ over ($w$, $h$): zero on the ray ($k w_t$, $k h_t$)")
        axes.heatmap(field, colorMap: .viridis)
        axes.line(x: [0, 6], y: [0, 6 * ray], style: LineStyle(color: .white, width: 1, dash: .dashed))
        axes.quiver(x: arrows.flatMap { _ in arrows }, y: arrows.flatMap { h in arrows.map { _ in h } },
                    u: descent.map { -$0.dw }, v: descent.map { -$0.dh }, length: .normalized, color: .white)
        axes.scatter(x: n.zeroRay.map(\.w), y: n.zeroRay.map(\.h), color: .white, size: 7, edge: .black)
        axes.aspect = .equal
        axes.xLimits = 0...6
        axes.yLimits = 0...6
        axes.xLabel = "w"
        axes.yLabel = "h"
        axes.colorBar(label: "v")
        return axes
    }

    /// (c) `∂v/∂w` and `∂v/∂h` at `h = hₜ` against `w/h`, with `−(h/w) ∂v/∂h` over `∂v/∂w`.
    private func gradientPanel(_ n: Numbers) -> Axes {
        let ratios = n.width.map { $0 / n.height }
        let identity = zip(n.width, n.dvdh).map { -(n.height / $0) * $1 }
        let targetRatio = Self.target.width / Self.target.height
        var axes = Axes(title: "Opposite signs: ∂v/∂w = −(h/w) ∂v/∂h")
        axes.xScale = .log
        axes.horizontalLine(at: 0, style: LineStyle(color: Color(gray: 0.6), width: 0.8))
        axes.verticalLine(at: targetRatio, style: Self.targetRatioStyle)
        axes.line(x: ratios, y: n.dvdw, label: "∂v/∂w", style: LineStyle(color: .black, width: 2.6))
        axes.line(x: ratios, y: n.dvdh, label: "∂v/∂h", style: LineStyle(color: Color(gray: 0.55), width: 1.8))
        axes.line(x: ratios, y: identity, label: "−(h/w) ∂v/∂h", style: LineStyle(color: Color(gray: 0.85), width: 1.2, dash: .dashed))
        axes.scatter(x: n.library.map(\.ratio), y: n.library.map(\.dvdw), label: "from the CIoU gradient",
                     color: .white, marker: .circle, size: 6, edge: .black)
        axes.scatter(x: n.library.map(\.ratio), y: n.library.map(\.dvdh), color: .white, marker: .square, size: 5.5,
                     edge: Color(gray: 0.55))
        axes.text("$w_t/h_t$", at: Point(targetRatio, (n.dvdh + n.dvdw).max() ?? 0), anchor: .topLeft, offset: Point(3, 0), fontSize: 9,
                  color: Color(gray: 0.35))
        // The value the caption compares with Eq. 12 as printed (the opposite sign),
        // in a band below the curve's lowest point.
        if let first = ratios.first, let slope = n.dvdw.first {
            let printed = (slope < 0 ? "+" : "") + FigureNumberText.fixed(-slope, 3)
            axes.text("$\\partial v/\\partial w$ = \(FigureNumberText.fixed(slope, 3)) at \(FigureNumberText.coordinate(first)),\nEq. 12 as printed: \(printed)",
                      at: Point(first, slope), anchor: .topLeft, offset: Point(3, -7), fontSize: 8.5, color: Color(gray: 0.25))
            // Room above the curves for the legend.
            axes.yLimits = (1.3 * slope)...(max(n.dvdh.max() ?? 0, n.dvdw.max() ?? 0) * 2.4)
        }
        axes.xLimits = 0.1...10
        axes.xTicks = Self.ratioTicks
        axes.x.tickLabels = Self.ratioTicks.map(FigureNumberText.coordinate)
        axes.xLabel = "aspect ratio w/h"
        axes.yLabel = "partial derivative of v"
        axes.legend(.upperRight, columns: 2, fontSize: 8.5)
        return axes
    }
}
