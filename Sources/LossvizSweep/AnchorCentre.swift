#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The centre of an anchor box in the simulation's plane.
public struct AnchorCentre: Hashable, Sendable {
    /// Centre x.
    public var x: Double
    /// Centre y.
    public var y: Double

    /// A centre at `(x, y)`.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// `count` centres uniform in area in the disc of `radius` about `(centreX, centreY)`:
    /// `r = radius * sqrt(u1)`, `theta = 2 pi u2`, `(centreX + r cos theta, centreY + r sin theta)`
    /// (test_1715k.m: `rr = 3*sqrt(rand(1,5000))`, `seta = 2*pi*rand(1,5000)`).
    ///
    /// As in the MATLAB code, all `count` values of `u1` are drawn first, then all of
    /// `u2`, from `SplitMix64(seed:)` (the original has no seed). The integer stream
    /// is the same on every machine; `cos`/`sin` come from the platform's libm.
    public static func disc(
        count: Int, radius: Double, centreX: Double = 10, centreY: Double = 10, seed: UInt64
    ) -> [AnchorCentre] {
        var generator = SplitMix64(seed: seed)
        let n = max(count, 0)
        let radii = (0..<n).map { _ in radius * generator.nextUnitInterval().squareRoot() }
        let angles = (0..<n).map { _ in 2 * Double.pi * generator.nextUnitInterval() }
        return zip(radii, angles).map { r, theta in
            AnchorCentre(x: centreX + r * cos(theta), y: centreY + r * sin(theta))
        }
    }
}
