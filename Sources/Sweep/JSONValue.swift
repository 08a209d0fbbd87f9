/// A JSON document with object keys in a fixed order, written deterministically:
/// the `--data` files of `lossviz simulate`, `curve`, `field` (and `figure`).
///
/// Numbers are written in the shortest form that reads back as the same `Double`
/// (`0.1`, `1e-07`, `6632000.0`); JSON has no infinities or NaN, so those are
/// written as the strings `"inf"`, `"-inf"` and `"nan"`.
public indirect enum JSONValue: Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number in shortest round-trip form (non-finite: a string).
    case number(Double)
    /// An integer.
    case integer(Int)
    /// An unsigned integer (seeds).
    case unsignedInteger(UInt64)
    /// A string, escaped.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object whose members are written in this order.
    case object([(String, JSONValue)])

    /// An array of numbers.
    public static func numbers(_ values: [Double]) -> JSONValue { .array(values.map(JSONValue.number)) }

    /// The document as text, compact (no spaces) with a trailing newline at top level.
    public var text: String {
        var output = ""
        write(to: &output)
        output.append("\n")
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .null: output.append("null")
        case let .bool(value): output.append(value ? "true" : "false")
        case let .integer(value): output.append(String(value))
        case let .unsignedInteger(value): output.append(String(value))
        case let .number(value):
            if value.isNaN {
                output.append("\"nan\"")
            } else if value.isInfinite {
                output.append(value > 0 ? "\"inf\"" : "\"-inf\"")
            } else {
                output.append(value.description)
            }
        case let .string(value): Self.writeString(value, to: &output)
        case let .array(values):
            output.append("[")
            for (index, value) in values.enumerated() {
                if index > 0 { output.append(",") }
                value.write(to: &output)
            }
            output.append("]")
        case let .object(members):
            output.append("{")
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output.append(",") }
                Self.writeString(key, to: &output)
                output.append(":")
                value.write(to: &output)
            }
            output.append("}")
        }
    }

    private static func writeString(_ value: String, to output: inout String) {
        output.append("\"")
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: output.unicodeScalars.append(scalar)
            }
        }
        output.append("\"")
    }
}
