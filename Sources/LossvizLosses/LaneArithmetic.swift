/// The arithmetic the reference directions (`ReferenceGradient.swift`) and the
/// lane gradients of the IoU family (`LaneDifferentiableBoxLoss`) are written in:
/// one `Double`, or several cases side by side in SIMD lanes.
///
/// Every operation is lane-wise IEEE double arithmetic, and the MATLAB `if`s (and
/// the kinks of `min`/`max`) become `select`s, so a SIMD instantiation gives
/// bit-for-bit the numbers of the `Double` one in each lane, up to the sign of a
/// zero (the simulator relies on that to run many cases per instruction without
/// branches).
public protocol LaneArithmetic: Sendable {
    /// The result of a lane-wise comparison.
    associatedtype Condition
    /// How many independent values (lanes) one value holds.
    static var laneCount: Int { get }
    /// `value` in every lane.
    init(broadcast value: Double)
    /// The value of lane `index`.
    func lane(_ index: Int) -> Double
    /// Replaces the value of lane `index`.
    mutating func setLane(_ index: Int, to value: Double)

    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static func / (a: Self, b: Self) -> Self
    static prefix func - (a: Self) -> Self
    /// `|a|`.
    static func magnitude(_ a: Self) -> Self
    /// MATLAB `min(a, b)` for non-NaN values (`a < b ? a : b`).
    static func minimum(_ a: Self, _ b: Self) -> Self
    /// MATLAB `max(a, b)` for non-NaN values (`a > b ? a : b`).
    static func maximum(_ a: Self, _ b: Self) -> Self
    /// `a < b` per lane (false when either is NaN).
    static func isLess(_ a: Self, _ b: Self) -> Condition
    /// `condition ? whenTrue : whenFalse` per lane.
    static func select(_ condition: Condition, _ whenTrue: Self, _ whenFalse: Self) -> Self
    /// `first && second ? whenBoth : otherwise` per lane. (A separate requirement
    /// because combining SIMD masks costs far more than two selects on SSE2.)
    static func select(_ first: Condition, _ second: Condition, _ whenBoth: Self, _ otherwise: Self) -> Self
    /// The correctly rounded square root per lane.
    static func squareRoot(_ a: Self) -> Self
    /// `2^n` per lane for an integer-valued `n` in `-1022 ... 1023` (the scaling step
    /// of `laneExponential`); other `n` give unspecified finite or infinite values.
    /// Built from the bits: `n + 1.5 * 2^52` holds `n` in its low mantissa bits, and
    /// `(n + 1023) << 52` is the bit pattern of `2^n`.
    static func powerOfTwo(_ n: Self) -> Self
    /// The `laneCount` consecutive doubles from `pointer` on, one per lane (the batch
    /// API's loads from its structure-of-arrays storage).
    static func load(_ pointer: UnsafePointer<Double>) -> Self
    /// Writes the lanes to the `laneCount` consecutive doubles from `pointer` on.
    func store(to pointer: UnsafeMutablePointer<Double>)
}

extension Double: LaneArithmetic {
    public typealias Condition = Bool
    @inlinable public static var laneCount: Int { 1 }
    @inlinable @inline(__always) public init(broadcast value: Double) { self = value }
    @inlinable @inline(__always) public func lane(_ index: Int) -> Double { self }
    @inlinable @inline(__always) public mutating func setLane(_ index: Int, to value: Double) { self = value }
    @inlinable @inline(__always) public static func magnitude(_ a: Double) -> Double { Swift.abs(a) }
    @inlinable @inline(__always) public static func minimum(_ a: Double, _ b: Double) -> Double { a < b ? a : b }
    @inlinable @inline(__always) public static func maximum(_ a: Double, _ b: Double) -> Double { a > b ? a : b }
    @inlinable @inline(__always) public static func isLess(_ a: Double, _ b: Double) -> Bool { a < b }
    @inlinable @inline(__always)
    public static func select(_ first: Bool, _ second: Bool, _ whenBoth: Double, _ otherwise: Double) -> Double {
        first && second ? whenBoth : otherwise
    }
    @inlinable @inline(__always)
    public static func select(_ condition: Bool, _ whenTrue: Double, _ whenFalse: Double) -> Double {
        condition ? whenTrue : whenFalse
    }
    @inlinable @inline(__always) public static func squareRoot(_ a: Double) -> Double { a.squareRoot() }
    @inlinable @inline(__always) public static func powerOfTwo(_ n: Double) -> Double {
        Double(bitPattern: ((n + 6_755_399_441_055_744).bitPattern &+ 1023) &<< 52)
    }
    @inlinable @inline(__always) public static func load(_ pointer: UnsafePointer<Double>) -> Double { pointer.pointee }
    @inlinable @inline(__always) public func store(to pointer: UnsafeMutablePointer<Double>) { pointer.pointee = self }
}

extension SIMD4: LaneArithmetic where Scalar == Double {
    /// All-ones or all-zero bits per lane (the comparison result as a bit mask).
    public typealias Condition = SIMD4<UInt64>
    @inlinable public static var laneCount: Int { 4 }
    @inlinable @inline(__always) public init(broadcast value: Double) { self.init(repeating: value) }
    @inlinable @inline(__always) public func lane(_ index: Int) -> Double { self[index] }
    @inlinable @inline(__always) public mutating func setLane(_ index: Int, to value: Double) { self[index] = value }
    @inlinable @inline(__always) public static func magnitude(_ a: Self) -> Self {
        // Clear the sign bits (one AND; `abs` per lane).
        unsafeBitCast(unsafeBitCast(a, to: Condition.self) & Condition(repeating: 0x7FFF_FFFF_FFFF_FFFF), to: Self.self)
    }
    @inlinable @inline(__always) public static func minimum(_ a: Self, _ b: Self) -> Self { select(isLess(a, b), a, b) }
    @inlinable @inline(__always) public static func maximum(_ a: Self, _ b: Self) -> Self { select(isLess(b, a), a, b) }
    @inlinable @inline(__always) public static func squareRoot(_ a: Self) -> Self { a.squareRoot() }
    @inlinable @inline(__always) public static func powerOfTwo(_ n: Self) -> Self {
        let shifted = unsafeBitCast(n + Self(repeating: 6_755_399_441_055_744), to: Condition.self)
        return unsafeBitCast((shifted &+ Condition(repeating: 1023)) &<< 52, to: Self.self)
    }
    @inlinable @inline(__always) public static func load(_ pointer: UnsafePointer<Double>) -> Self {
        UnsafeRawPointer(pointer).loadUnaligned(as: Self.self)
    }
    @inlinable @inline(__always) public func store(to pointer: UnsafeMutablePointer<Double>) {
        UnsafeMutableRawPointer(pointer).storeBytes(of: self, as: Self.self)
    }
    @inlinable @inline(__always) public static func isLess(_ a: Self, _ b: Self) -> Condition {
        unsafeBitCast(a .< b, to: Condition.self)
    }
    @inlinable @inline(__always)
    public static func select(_ condition: Condition, _ whenTrue: Self, _ whenFalse: Self) -> Self {
        // Bitwise blend rather than `replacing(with:where:)`, whose per-lane loop the
        // optimiser sometimes turns into branches; as the masked merge
        // `f ^ ((f ^ t) & c)` rather than `(t & c) | (f & ~c)`, which LLVM rewrites
        // with an inverted mask when `t` is a constant, re-materialising the mask
        // with three extra shuffles per select on SSE2.
        let t = unsafeBitCast(whenTrue, to: Condition.self), f = unsafeBitCast(whenFalse, to: Condition.self)
        return unsafeBitCast(f ^ ((f ^ t) & condition), to: Self.self)
    }
    @inlinable @inline(__always)
    public static func select(_ first: Condition, _ second: Condition, _ whenBoth: Self, _ otherwise: Self) -> Self {
        select(first & second, whenBoth, otherwise)
    }
}
