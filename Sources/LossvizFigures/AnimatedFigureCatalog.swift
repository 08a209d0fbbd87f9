import LossvizLosses
import LossvizSweep

/// The animated figures of the catalogue (docs/figures.md): the still regression
/// figures' setups, moving frame by frame (`lossviz animate NAME`, and `.svg`
/// and `.gif` in the gallery).
public enum AnimatedFigureCatalog {
    /// One animated figure.
    public struct Entry: Sendable {
        /// The stable name, that of the still figure it animates.
        public var name: String
        /// One line for `lossviz list figures --animated`.
        public var summary: String
        /// The animation.
        public var animation: RegressionAnimation
    }

    /// The animated figures, in catalogue order.
    public static var all: [Entry] {
        let giou = ConfiguredBoxLoss.giou(GeneralizedIoULoss()), diou = ConfiguredBoxLoss.diou(DistanceIoULoss())
        let ciou = ConfiguredBoxLoss.ciou(CompleteIoULoss()), eiou = ConfiguredBoxLoss.eiou(EfficientIoULoss())
        let diagonal = GIoUVsDIoURegressionFigure.placements[0].anchor
        return [
            Entry(name: "giou-vs-diou-regression",
                  summary: "GIoU and DIoU regressing the same diagonal anchor (reference gradients): GIoU inflates the box, DIoU moves it straight in",
                  animation: RegressionAnimation(
                    runs: [.init(loss: giou, convention: .reference), .init(loss: diou, convention: .reference)],
                    anchor: diagonal, target: GIoUVsDIoURegressionFigure.target,
                    iterations: GIoUVsDIoURegressionFigure.giouIterations.max() ?? 400,
                    step: GIoUVsDIoURegressionFigure.step, headline: "GIoU inflates the box, DIoU moves it straight in")),
            Entry(name: "ciou-aspect-drift",
                  summary: "CIoU and DIoU (reference) and EIoU from a 1 x 2.4 anchor: CIoU grows both sides as DIoU does, EIoU fixes w and h",
                  animation: RegressionAnimation(
                    runs: [.init(loss: ciou, convention: .reference), .init(loss: diou, convention: .reference),
                           .init(loss: eiou, convention: .autograd)],
                    anchor: CIoUAspectDriftFigure.anchor, target: CIoUAspectDriftFigure.target,
                    iterations: CIoUAspectDriftFigure.iterations, step: CIoUAspectDriftFigure.step,
                    headline: "CIoU grows both sides as DIoU does, EIoU fixes w and h")),
            Entry(name: "eiou-vs-giou-ciou",
                  summary: "GIoU, CIoU and EIoU regressing the same anchor: EIoU matches w and h fastest",
                  animation: RegressionAnimation(
                    runs: [giou, ciou, eiou].map { .init(loss: $0, convention: .autograd) },
                    anchor: EIoUVsGIoUCIoUFigure.anchor, target: EIoUVsGIoUCIoUFigure.target,
                    iterations: EIoUVsGIoUCIoUFigure.iterations, step: EIoUVsGIoUCIoUFigure.step,
                    headline: "EIoU matches w and h fastest")),
        ]
    }

    /// The names, in catalogue order.
    public static var names: [String] { all.map(\.name) }

    /// The animated figure called `name`.
    public static func entry(named name: String) throws(FigureError) -> Entry {
        guard let entry = all.first(where: { $0.name == name }) else { throw .unknownFigure(name, known: names) }
        return entry
    }
}
