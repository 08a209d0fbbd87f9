/// `atan(x)` in `LaneArithmetic`, branch-free so SIMD lanes run it side by
/// side: the Cephes Math Library's `atan` (S. L. Moshier, cephes/cmath/atan.c,
/// double precision), whose relative error is about 1e-16 over the whole line.
///
/// Range reduction on `a = |x|`: `a > tan(3 pi/8)`: `atan(a) = pi/2 + atan(-1/a)`;
/// `a > 0.66`: `atan(a) = pi/4 + atan((a - 1)/(a + 1))`; else `a` itself. On the
/// reduced `r`, `atan(r) = r + r^3 P(r^2)/Q(r^2)` with Cephes' degree-4/5 rational
/// coefficients, plus the low bits of `pi/2` (`pi/4`) dropped by the constant.
/// The CIoU aspect terms are its users; a `Double` and a SIMD lane give the same
/// bits for the same input (which the platform's libm `atan` per lane would too,
/// but one lane at a time).
@inlinable @inline(__always)
public func laneArcTangent<T: LaneArithmetic>(_ x: T) -> T {
    laneArcTangent(x, over: T(broadcast: 1))
}

/// `atan(y/x)` for `x > 0`, with the division folded into the range reduction of
/// `laneArcTangent` (one division in all): on `a = |y|`, `a > tan(3 pi/8) x`
/// reduces to `-x/a`, `a > 0.66 x` to `(a - x)/(a + x)`, else `a/x`.
/// With `x = 1` these are exactly `laneArcTangent`'s steps.
@inlinable @inline(__always)
public func laneArcTangent<T: LaneArithmetic>(_ y: T, over x: T) -> T {
    let zero = T(broadcast: 0)
    let a = T.magnitude(y)
    let large = T.isLess(T(broadcast: 2.41421356237309504880) * x, a)  // tan(3 pi/8)
    let medium = T.isLess(T(broadcast: 0.66) * x, a)
    // One division for the three reductions: -x/a, (a - x)/(a + x), a/x.
    let numerator = T.select(large, -x, T.select(medium, a - x, a))
    let denominator = T.select(large, a, T.select(medium, a + x, x))
    let r = numerator / denominator
    let base = T.select(large, T(broadcast: Double.pi / 2), T.select(medium, T(broadcast: Double.pi / 4), zero))
    let moreBits = 6.123233995736765886130e-17  // pi/2 - Double(pi/2)
    let correction = T.select(large, T(broadcast: moreBits), T.select(medium, T(broadcast: 0.5 * moreBits), zero))
    let z = r * r
    var p = T(broadcast: -8.750608600031904122785e-1)
    p = p * z + T(broadcast: -1.615753718733365076637e1)
    p = p * z + T(broadcast: -7.500855792314704667340e1)
    p = p * z + T(broadcast: -1.228866684490136173410e2)
    p = p * z + T(broadcast: -6.485021904942025371773e1)
    var q = z + T(broadcast: 2.485846490142306297962e1)
    q = q * z + T(broadcast: 1.650270098316988542046e2)
    q = q * z + T(broadcast: 4.328810604912902668951e2)
    q = q * z + T(broadcast: 4.853903996359136964868e2)
    q = q * z + T(broadcast: 1.945506571482613964425e2)
    let reduced = r * (z * p / q) + r
    let result = base + (reduced + correction)
    return T.select(T.isLess(y, zero), -result, result)
}
