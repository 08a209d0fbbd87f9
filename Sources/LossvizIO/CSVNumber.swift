#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers in CSV fields: a decimal (or `inf`, `nan`) exactly as `Double(String)`
/// reads it, without surrounding whitespace, read straight from the reader's
/// bytes (each field is followed by a NUL).
///
/// Plain decimals of up to 19 significant digits with a decimal exponent
/// within ±19 (what data files hold: `191.17398114853003`, `-2.5e-3`) are read
/// by a fast exact path; everything else goes to `strtod`, which is correct
/// for every input but several times slower on 17-digit numbers.
public enum CSVNumber {
    /// The number spelled by the `count` bytes at `bytes` (`bytes[count]` must
    /// be 0), or nil when they are not exactly one number.
    public static func parse(_ bytes: UnsafePointer<UInt8>, count: Int) -> Double? {
        guard count > 0 else { return nil }
        switch bytes[0] {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
             UInt8(ascii: "i"), UInt8(ascii: "I"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            break
        default:
            return nil
        }
        if let value = fastParse(bytes, count: count) { return value }
        return bytes.withMemoryRebound(to: CChar.self, capacity: count + 1) { text in
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(text, &end)
            return end == UnsafeMutablePointer(mutating: text + count) ? value : nil
        }
    }

    /// `[sign] digits [. digits] [e [sign] digits]` with at most 19 significant
    /// digits and a small exponent, correctly rounded; nil to let `strtod` decide.
    static func fastParse(_ bytes: UnsafePointer<UInt8>, count: Int) -> Double? {
        var index = 0
        let negative = bytes[0] == UInt8(ascii: "-")
        if negative || bytes[0] == UInt8(ascii: "+") { index += 1 }
        var mantissa: UInt64 = 0
        var digits = 0, exponent = 0, sawDigit = false, sawPoint = false
        while index < count {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                sawDigit = true
                if mantissa != 0 || byte != UInt8(ascii: "0") {
                    guard digits < 19 else { return nil }
                    mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                    digits += 1
                }
                if sawPoint { exponent -= 1 }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                break
            }
            index += 1
        }
        guard sawDigit else { return nil }
        if index < count {
            guard bytes[index] | 0x20 == UInt8(ascii: "e"), index + 1 < count else { return nil }
            index += 1
            let negativeExponent = bytes[index] == UInt8(ascii: "-")
            if negativeExponent || bytes[index] == UInt8(ascii: "+") { index += 1 }
            var written = 0
            guard index < count, count - index <= 3 else { return nil }
            while index < count {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
                written = written * 10 + Int(byte - UInt8(ascii: "0"))
                index += 1
            }
            exponent += negativeExponent ? -written : written
        }
        guard let magnitude = exactlyRounded(mantissa, timesTenTo: exponent) else { return nil }
        return negative ? -magnitude : magnitude
    }

    private static let powersOfTen: [Double] = (0...22).map { Double("1e\($0)")! }

    /// `mantissa * 10^exponent` correctly rounded, when a short exact computation gives it.
    private static func exactlyRounded(_ mantissa: UInt64, timesTenTo exponent: Int) -> Double? {
        if mantissa == 0 { return 0 }
        // Clinger's fast path: both factors exact, one correctly rounded operation.
        if mantissa <= 1 << 53 && abs(exponent) <= 22 {
            return exponent >= 0 ? Double(mantissa) * powersOfTen[exponent] : Double(mantissa) / powersOfTen[-exponent]
        }
        guard abs(exponent) <= 19 else { return nil }
        var power: UInt64 = 1
        for _ in 0..<abs(exponent) { power *= 10 }
        if exponent >= 0 {
            // An exact integer below 2^128, rounded once.
            let product = mantissa.multipliedFullWidth(by: power)
            return rounded(high: product.high, low: product.low, inexact: false, scale: 0)
        }
        // mantissa * 2^64 / 10^k: a quotient of at least 56 bits whose lowest bit
        // doubles as a sticky bit for a non-zero remainder rounds as the exact
        // quotient does.
        let high = mantissa.quotientAndRemainder(dividingBy: power)
        let low = power.dividingFullWidth((high: high.remainder, low: 0))
        guard high.quotient != 0 || low.quotient.leadingZeroBitCount <= 64 - 56 else { return nil }
        return rounded(high: high.quotient, low: low.quotient, inexact: low.remainder != 0, scale: -64)
    }

    /// `(high * 2^64 + low + (inexact ? a fraction : 0)) * 2^scale`, rounded to nearest even:
    /// the top 64 bits, with every bit below them folded into the lowest one.
    private static func rounded(high: UInt64, low: UInt64, inexact: Bool, scale: Int) -> Double {
        let shift = high == 0 ? 64 + low.leadingZeroBitCount : high.leadingZeroBitCount
        let top: UInt64, rest: UInt64
        switch shift {
        case 0: (top, rest) = (high, low)
        case 1..<64: (top, rest) = (high << shift | low >> (64 - shift), low << shift)
        default: (top, rest) = (low << (shift - 64), 0)
        }
        let sticky: UInt64 = rest != 0 || inexact ? 1 : 0
        return Double(top | sticky) * Double(sign: .plus, exponent: 64 - shift + scale, significand: 1)
    }
}
