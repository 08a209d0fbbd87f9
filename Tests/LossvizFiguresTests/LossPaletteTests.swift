import Foundation
import Testing
@testable import LossvizFigures
import LossvizPlot

/// Colour-blind safety of the loss palettes: under simulated deuteranopia and
/// protanopia (Machado, Oliveira & Fernandes 2009, severity 1.0, applied in
/// linear sRGB) the six IoU-family colours that share figures stay at least
/// 15 CIELAB ΔE76 apart (tab10's first six fall to 4.6).
@Suite struct LossPaletteTests {
    static let sharedLosses = ["iou", "giou", "diou", "ciou", "eiou", "siou"]

    static let deuteranopia: [[Double]] = [
        [0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881],
    ]
    static let protanopia: [[Double]] = [
        [0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998],
    ]

    static func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }

    /// CIELAB (D65) of a linear-sRGB colour, after `matrix` (nil: normal vision).
    static func lab(_ color: Color, _ matrix: [[Double]]?) -> [Double] {
        var rgb = [linear(color.red), linear(color.green), linear(color.blue)]
        if let m = matrix { rgb = m.map { row in min(1, max(0, zip(row, rgb).map(*).reduce(0, +))) } }
        let xyzMatrix = [[0.4124564, 0.3575761, 0.1804375], [0.2126729, 0.7151522, 0.0721750], [0.0193339, 0.1191920, 0.9503041]]
        let white = [0.95047, 1.0, 1.08883]
        let f = (0..<3).map { i -> Double in
            let t = zip(xyzMatrix[i], rgb).map(*).reduce(0, +) / white[i]
            return t > 216.0 / 24389 ? cbrt(t) : (24389.0 / 27 * t + 16) / 116
        }
        return [116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])]
    }

    static func smallestDistance(_ colors: [Color], _ matrix: [[Double]]?) -> Double {
        let labs = colors.map { lab($0, matrix) }
        var smallest = Double.infinity
        for i in labs.indices { for j in labs.indices where j > i {
            smallest = min(smallest, sqrt(zip(labs[i], labs[j]).map { ($0 - $1) * ($0 - $1) }.reduce(0, +)))
        } }
        return smallest
    }

    @Test(arguments: LossPalette.all.map(\.name))
    func sixSharedColoursStayApartForColourBlindReaders(palette name: String) throws {
        let palette = try #require(LossPalette.named(name))
        let colors = try Self.sharedLosses.map { try #require(palette.styles[$0]?.color) }
        for (vision, matrix) in [("deuteranopia", Self.deuteranopia), ("protanopia", Self.protanopia)] {
            let d = Self.smallestDistance(colors, matrix)
            #expect(d >= 15, "\(name) under \(vision): closest pair ΔE76 = \(d)")
        }
        #expect(Self.smallestDistance(colors, nil) >= 15)
    }

    @Test func tab10FailsTheSameTest() {
        #expect(Self.smallestDistance(Array(Color.tab10.prefix(6)), Self.protanopia) < 5)
    }

    @Test(arguments: LossPalette.all.map(\.name))
    func theSixHaveDistinctDashesAndEveryLossAStyle(palette name: String) throws {
        let palette = try #require(LossPalette.named(name))
        let dashes = try Self.sharedLosses.map { try #require(palette.styles[$0]?.dash) }
        #expect(Set(dashes.map { "\($0)" }).count == 6)
        #expect(palette.styles.count == LossPalette.default.styles.count)
    }

    @Test func theCurrentPaletteFollowsTheTaskLocal() {
        let blue = LossStyle.named("iou")?.color
        let indigo = LossPalette.$current.withValue(.colorblind) { LossStyle.named("IoU")?.color }
        #expect(blue == Color(hex: 0x0072B2))
        #expect(indigo == Color(hex: 0x332288))
        #expect(LossPalette.named("nope") == nil)
    }

    @Test func lossStylesCoverEveryLossAndDiffer() {
        let names = ["iou", "log-iou", "giou", "diou", "ciou", "eiou", "focal-eiou", "siou", "alpha-iou", "wiou",
                     "mpdiou", "inner-iou", "focaler-iou", "shape-iou", "l1", "l2", "smooth-l1", "huber", "focal-l1",
                     "bce", "ce", "focal", "seesaw"]
        for n in names { #expect(LossStyle.named(n) != nil, "\(n)") }
        let styles = names.compactMap { LossStyle.named($0) }
        #expect(Set(styles).count == names.count)
        #expect(LossStyle.named("Smooth_L1") == LossStyle.named("smooth-l1"))
        #expect(LineStyle.loss("giou").color == LossStyle.named("giou")?.color)
    }
}
