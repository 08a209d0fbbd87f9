/// Which catalogue figure redraws each figure of lossviz's sources: the seed
/// document's figures 1-14 and the paper figures it reproduces (docs/figures.md),
/// the table that opens `Gallery/README.md`.
enum SourceFigureMap {
    /// One source figure: where it appears, what it shows, and the catalogue
    /// figures that redraw it.
    struct Entry: Sendable {
        var source: String
        var shows: String
        var figures: [String]
    }

    /// The seed document's figures 1-14, in order (docs/figures.md names them).
    static let seedFigures: [Entry] = [
        Entry(source: "seed fig 1", shows: "L1, L2 and Smooth L1 losses and their derivatives", figures: ["regression-losses"]),
        Entry(source: "seed fig 2", shows: "box pairs with the same IoU but different alignment", figures: ["iou-same-value"]),
        Entry(source: "seed fig 3", shows: "UnitBox: a pixel's four distances to prediction and target", figures: ["unitbox"]),
        Entry(source: "seed fig 4", shows: "UnitBox's IoU loss `−ln(IoU)`", figures: ["unitbox"]),
        Entry(source: "seed fig 5", shows: "equal l2 / l1 distances, very different IoU and GIoU (GIoU paper Fig. 1)",
              figures: ["l2-vs-iou"]),
        Entry(source: "seed fig 6", shows: "Algorithm 1: IoU and GIoU of two boxes", figures: ["iou-giou-algorithm"]),
        Entry(source: "seed fig 7", shows: "IoU and GIoU losses as the boxes move apart; GIoU against IoU",
              figures: ["iou-vs-giou"]),
        Entry(source: "seed fig 8", shows: "Algorithm 2: the IoU and GIoU losses of a predicted box",
              figures: ["giou-loss-algorithm"]),
        Entry(source: "seed fig 9", shows: "a target enclosing the prediction: GIoU degenerates to IoU",
              figures: ["giou-degenerates"]),
        Entry(source: "seed fig 10", shows: "regression under GIoU and DIoU from the same anchors",
              figures: ["giou-vs-diou-regression"]),
        Entry(source: "seed fig 11", shows: "equal IoU and GIoU losses, different DIoU losses", figures: ["giou-degenerates"]),
        Entry(source: "seed fig 12", shows: "DIoU's penalty: centre distance `ρ` and enclosing diagonal `c`",
              figures: ["diou-terms"]),
        Entry(source: "seed fig 13", shows: "CIoU's aspect-ratio term `v`", figures: ["aspect-term"]),
        Entry(source: "seed fig 14", shows: "regression under GIoU, CIoU and EIoU", figures: ["eiou-vs-giou-ciou"]),
    ]

    /// The paper figures lossviz reproduces (docs/figures.md).
    static let paperFigures: [Entry] = [
        Entry(source: "GIoU paper Fig. 1", shows: "equal l2 / l1 distances, different IoU and GIoU", figures: ["l2-vs-iou"]),
        Entry(source: "GIoU paper Fig. 2", shows: "GIoU against IoU over random box pairs", figures: ["iou-vs-giou"]),
        Entry(source: "DIoU paper Fig. 1", shows: "GIoU and DIoU regression snapshots", figures: ["giou-vs-diou-regression"]),
        Entry(source: "DIoU paper Fig. 2", shows: "GIoU degenerates to IoU when one box contains the other",
              figures: ["giou-degenerates"]),
        Entry(source: "DIoU paper Fig. 3(a)", shows: "the simulation's anchor centres, targets and anchors",
              figures: ["simulation-setup"]),
        Entry(source: "DIoU paper Fig. 3(b)", shows: "total error against iteration", figures: ["simulation-error"]),
        Entry(source: "DIoU paper Fig. 4", shows: "final error over the anchor centres", figures: ["simulation-final-error"]),
        Entry(source: "focal loss paper Fig. 1", shows: "CE and focal loss against the true class's probability",
              figures: ["focal-loss"]),
        Entry(source: "UnitBox paper Fig. 1", shows: "IoU loss and l2 loss for per-pixel box prediction",
              figures: ["unitbox"]),
    ]

    /// The Markdown table: source figure, what it shows, and links to the
    /// catalogue figures that redraw it (anchors of the README's sections).
    static var markdownTable: String {
        var text = "| source figure | shows | redrawn by |\n|---|---|---|\n"
        for entry in seedFigures + paperFigures {
            let links = entry.figures.map { "[`\($0)`](#\($0))" }.joined(separator: ", ")
            text += "| \(entry.source) | \(entry.shows) | \(links) |\n"
        }
        return text
    }
}
