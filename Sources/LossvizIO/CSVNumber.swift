#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers in CSV fields: a decimal (or `inf`, `nan`) exactly as `Double(String)`
/// reads it, without surrounding whitespace; read with `strtod` straight from
/// the reader's bytes (each field is followed by a NUL) for speed.
public enum CSVNumber {
    /// The number spelled by the `count` bytes at `bytes` (`bytes[count]` must
    /// be 0), or nil when they are not exactly one number.
    @inlinable
    public static func parse(_ bytes: UnsafePointer<UInt8>, count: Int) -> Double? {
        guard count > 0 else { return nil }
        switch bytes[0] {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
             UInt8(ascii: "i"), UInt8(ascii: "I"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            break
        default:
            return nil
        }
        return bytes.withMemoryRebound(to: CChar.self, capacity: count + 1) { text in
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(text, &end)
            return end == UnsafeMutablePointer(mutating: text + count) ? value : nil
        }
    }
}
