import Foundation
import LossvizTestSupport
import Testing
@testable import LossvizPlot

@Suite struct MarchingSquaresTests {
    /// The unit circle as the level-1 line of x² + y² on a 101 x 101 grid over
    /// [-2, 2]²: one closed polyline whose points lie within 2e-3 of radius 1
    /// (linear interpolation error at spacing 0.04 is below h²/8 = 2e-4 per edge).
    @Test func circleIsOneClosedPolyline() {
        let xs = Grid2D.linspace(-2, 2, count: 101)
        let grid = Grid2D(xs: xs, ys: xs) { x, y in x * x + y * y }
        let lines = MarchingSquares.isolines(grid, level: 1)
        #expect(lines.count == 1)
        guard let line = lines.first else { return }
        #expect(line.isClosed)
        #expect(line.points.count > 50)
        for p in line.points { #expect((hypot(p.x, p.y)).isApproximatelyEqual(to: 1, absoluteTolerance: 2e-3)) }
        // Consecutive points are neighbours (no jumps across the circle).
        for k in line.points.indices.dropFirst() {
            #expect(hypot(line.points[k].x - line.points[k - 1].x, line.points[k].y - line.points[k - 1].y) < 0.06)
        }
    }

    /// Saddle cell: bl and tr above the level. Centre (mean) above: the below
    /// corners br and tl are cut off; centre below: the above corners bl and tr.
    @Test func saddleResolvedByCentreValue() {
        func cutCorners(_ bl: Double, _ br: Double, _ tr: Double, _ tl: Double) -> Set<String> {
            let grid = Grid2D(xs: [0, 1], ys: [0, 1], values: [bl, br, tl, tr])
            let lines = MarchingSquares.isolines(grid, level: 0.5)
            #expect(lines.count == 2)
            var corners: Set<String> = []
            for line in lines {
                let mid = Point((line.points[0].x + line.points[1].x) / 2, (line.points[0].y + line.points[1].y) / 2)
                corners.insert((mid.y < 0.5 ? "b" : "t") + (mid.x < 0.5 ? "l" : "r"))
            }
            return corners
        }
        #expect(cutCorners(1, 0, 1, 0.2) == ["br", "tl"])  // centre 0.55 > 0.5
        #expect(cutCorners(1, 0, 0.8, 0) == ["bl", "tr"])  // centre 0.45 < 0.5
        #expect(cutCorners(0, 1, 0, 1) == ["br", "tl"])    // br, tl above; centre 0.5 is not above
        #expect(cutCorners(0.2, 1, 0, 1) == ["bl", "tr"])
        #expect(cutCorners(0, 1, 0, 0.8) == ["br", "tl"])
    }

    @Test func openLinesEndOnTheBoundaryAndStopAtHoles() {
        let xs = Grid2D.linspace(0, 1, count: 11)
        let plane = Grid2D(xs: xs, ys: xs) { x, _ in x }
        let lines = MarchingSquares.isolines(plane, level: 0.55)
        #expect(lines.count == 1)
        #expect(lines.first?.isClosed == false)
        #expect(lines.first.map { $0.points.allSatisfy { abs($0.x - 0.55) < 1e-12 } } == true)
        var holed = plane
        holed.values[5 * 11 + 5] = .nan
        #expect(MarchingSquares.isolines(holed, level: 0.55).count == 2)
    }

    @Test func automaticLevelsLieInsideTheRange() {
        let xs = Grid2D.linspace(-1, 1, count: 21)
        let mark = ContourMark(grid: Grid2D(xs: xs, ys: xs) { x, y in x * x + y * y }, levels: .automatic(7))
        let levels = mark.resolvedLevels
        #expect(levels == levels.sorted())
        #expect(levels.allSatisfy { $0 >= 0 && $0 <= 2 })
        #expect(levels.count >= 5 && levels.count <= 9)
    }
}
