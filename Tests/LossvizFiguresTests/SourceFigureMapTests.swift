@testable import LossvizFigures
import Testing

/// The README's table of source figures: every seed figure 1-14 and every
/// reproduced paper figure of docs/figures.md, each pointing at catalogue figures.
@Suite struct SourceFigureMapTests {
    @Test func everySeedFigureIsMappedInOrder() {
        #expect(SourceFigureMap.seedFigures.map(\.source) == (1...14).map { "seed fig \($0)" })
    }

    @Test func thePaperFiguresOfFiguresMdAreMapped() {
        let sources = Set(SourceFigureMap.paperFigures.map(\.source))
        for source in ["GIoU paper Fig. 1", "GIoU paper Fig. 2", "DIoU paper Fig. 1", "DIoU paper Fig. 2",
                       "DIoU paper Fig. 3(a)", "DIoU paper Fig. 3(b)", "DIoU paper Fig. 4", "focal loss paper Fig. 1",
                       "UnitBox paper Fig. 1"] {
            #expect(sources.contains(source), "\(source)")
        }
    }

    @Test func everyMappedFigureIsInTheCatalogueAndLinked() {
        let names = Set(FigureCatalog.names)
        for entry in SourceFigureMap.seedFigures + SourceFigureMap.paperFigures {
            #expect(!entry.figures.isEmpty, "\(entry.source)")
            for figure in entry.figures { #expect(names.contains(figure), "\(entry.source): \(figure)") }
        }
        let readme = Gallery(recipes: [], formats: [.png], animations: []).readmeText
        #expect(readme.contains("| seed fig 6 | Algorithm 1: IoU and GIoU of two boxes | [`iou-giou-algorithm`](#iou-giou-algorithm) |"))
    }
}
