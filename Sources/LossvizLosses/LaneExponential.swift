/// `e^x` in `LaneArithmetic`, branch-free so SIMD lanes run it side by side:
/// the Cephes Math Library's `exp` (S. L. Moshier, cephes/double/exp.c), relative
/// error about 2e-16 wherever the result is a normal number.
///
/// Range reduction `x = g + n ln 2` with `n = round(x log2(e))` and `ln 2` split in
/// two (`C1 = 0.693145751953125`, exact in a few bits, `C2 = 1.4286068203094172e-6`),
/// so `|g| <= ln(2)/2` with no rounding in `n C1`; then
/// `e^g = 1 + 2 g P(g^2)/(Q(g^2) - g P(g^2))` with Cephes' degree-2/3 coefficients,
/// and `e^x = e^g 2^(n1) 2^(n - n1)`, `n1 = round(n/2)`, two factors so that
/// both are normal numbers over the whole range and the product overflows to
/// `+infinity` or underflows (through the subnormals) to 0 as `e^x` does.
/// `x` is first clamped to `[-746, 710]`, beyond which `e^x` rounds to 0 or
/// overflows anyway; NaN stays NaN.
/// The SIoU lane gradient is its user (`SCYLLAIoULoss+LaneGradient.swift`).
@inlinable @inline(__always)
public func laneExponential<T: LaneArithmetic>(_ x: T) -> T {
    let lowest = T(broadcast: -746), highest = T(broadcast: 710)
    let a = T.select(T.isLess(highest, x), highest, T.select(T.isLess(x, lowest), lowest, x))
    // Round to nearest with the 1.5 * 2^52 shifter (exact for |value| < 2^51).
    let shifter = T(broadcast: 6_755_399_441_055_744)
    let n = (a * T(broadcast: 1.4426950408889634073599) + shifter) - shifter
    let g = (a - n * T(broadcast: 6.93145751953125e-1)) - n * T(broadcast: 1.42860682030941723212e-6)
    let z = g * g
    var p = T(broadcast: 1.26177193074810590878e-4)
    p = p * z + T(broadcast: 3.02994407707441961300e-2)
    p = p * z + T(broadcast: 9.99999999999999999910e-1)
    p = g * p
    var q = T(broadcast: 3.00198505138664455042e-6)
    q = q * z + T(broadcast: 2.52448340349684104192e-3)
    q = q * z + T(broadcast: 2.27265548208155028766e-1)
    q = q * z + T(broadcast: 2.00000000000000000009e0)
    let reduced = T(broadcast: 1) + T(broadcast: 2) * (p / (q - p))
    let n1 = (n * T(broadcast: 0.5) + shifter) - shifter
    return reduced * T.powerOfTwo(n1) * T.powerOfTwo(n - n1)
}
