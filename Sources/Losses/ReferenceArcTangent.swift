/// `atan(x)` in `ReferenceArithmetic`, branch-free so SIMD lanes run it side by
/// side: the Cephes Math Library's `atan` (S. L. Moshier, cephes/cmath/atan.c,
/// double precision), whose relative error is about 1e-16 over the whole line.
///
/// Range reduction on `a = |x|`: `a > tan(3 pi/8)`: `atan(a) = pi/2 + atan(-1/a)`;
/// `a > 0.66`: `atan(a) = pi/4 + atan((a - 1)/(a + 1))`; else `a` itself. On the
/// reduced `r`, `atan(r) = r + r^3 P(r^2)/Q(r^2)` with Cephes' degree-4/5 rational
/// coefficients, plus the low bits of `pi/2` (`pi/4`) dropped by the constant.
/// The CIoU aspect term is its only user; a `Double` and a SIMD lane give the same
/// bits for the same input (which the platform's libm `atan` per lane would too,
/// but one lane at a time).
@inlinable @inline(__always)
public func referenceArcTangent<T: ReferenceArithmetic>(_ x: T) -> T {
    let zero = T(broadcast: 0), one = T(broadcast: 1)
    let a = T.magnitude(x)
    let large = T.isLess(T(broadcast: 2.41421356237309504880), a)  // tan(3 pi/8)
    let medium = T.isLess(T(broadcast: 0.66), a)
    // One division for the three reductions: -1/a, (a - 1)/(a + 1), a/1.
    let numerator = T.select(large, -one, T.select(medium, a - one, a))
    let denominator = T.select(large, a, T.select(medium, a + one, one))
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
    return T.select(T.isLess(x, zero), -result, result)
}
