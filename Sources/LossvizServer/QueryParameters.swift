import Foundation
import LossvizIO
import LossvizLosses
import LossvizSweep

/// The query parameters of one API request, read as typed values; every
/// failure is an `APIParameterError` naming the parameter.
struct QueryParameters: Sendable {
    /// The parameters by name (a repeated name keeps its last value).
    var values: [String: String]

    /// The parameters of `items` (name, value) in order.
    init(_ items: [(name: String, value: String)]) {
        var values: [String: String] = [:]
        for item in items { values[item.name] = item.value }
        self.values = values
    }

    /// The text of `name`, which must be given.
    func required(_ name: String) throws(APIParameterError) -> String {
        guard let text = values[name], !text.isEmpty else { throw APIParameterError(name, "is missing") }
        return text
    }

    /// Exactly `count` comma-separated finite numbers.
    func numbers(_ name: String, count: Int, expected: String) throws(APIParameterError) -> [Double]? {
        guard let text = values[name] else { return nil }
        let fields = text.split(separator: ",", omittingEmptySubsequences: false).map { Double(String($0).trimmingCharacters(in: .whitespaces)) }
        guard fields.count == count, fields.allSatisfy({ $0?.isFinite == true }) else {
            throw APIParameterError(name, "is '\(text)'; expected \(expected)")
        }
        return fields.compactMap { $0 }
    }

    /// A centre-form box `cx,cy,w,h` with positive size.
    func centreBox(_ name: String) throws(APIParameterError) -> CentreFormBox? {
        let expected = "cx,cy,w,h (four numbers, w and h positive), e.g. 0,0,1,1"
        guard let v = try numbers(name, count: 4, expected: expected) else { return nil }
        guard v[2] > 0, v[3] > 0 else { throw APIParameterError(name, "is '\(values[name] ?? "")'; expected \(expected)") }
        return CentreFormBox(cx: v[0], cy: v[1], w: v[2], h: v[3])
    }

    /// A corner-form box `x1,y1,x2,y2` with `x2 > x1` and `y2 > y1`.
    func cornerBox(_ name: String) throws(APIParameterError) -> Box {
        let expected = "x1,y1,x2,y2 (four numbers, x2 > x1 and y2 > y1), e.g. 0,0,1,1"
        _ = try required(name)
        guard let v = try numbers(name, count: 4, expected: expected) else { throw APIParameterError(name, "is missing") }
        guard v[2] > v[0], v[3] > v[1] else { throw APIParameterError(name, "is '\(values[name] ?? "")'; expected \(expected)") }
        return Box(x1: v[0], y1: v[1], x2: v[2], y2: v[3])
    }

    /// An integer in `limits`, or `defaultValue` when not given.
    func integer(_ name: String, in limits: ClosedRange<Int>, default defaultValue: Int) throws(APIParameterError) -> Int {
        guard let text = values[name] else { return defaultValue }
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)), limits.contains(value) else {
            throw APIParameterError(name, "is '\(text)'; expected an integer from \(limits.lowerBound) to \(limits.upperBound)")
        }
        return value
    }

    /// A finite number in `limits`, or `defaultValue` when not given.
    func number(_ name: String, in limits: ClosedRange<Double>, default defaultValue: Double) throws(APIParameterError) -> Double {
        guard let text = values[name] else { return defaultValue }
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite, limits.contains(value) else {
            throw APIParameterError(name, "is '\(text)'; expected a number from \(limits.lowerBound) to \(limits.upperBound)")
        }
        return value
    }

    /// One of the raw values of `Choice`, or `defaultValue` when not given.
    func choice<Choice: RawRepresentable & CaseIterable>(_ name: String, default defaultValue: Choice) throws(APIParameterError) -> Choice
    where Choice.RawValue == String {
        guard let text = values[name] else { return defaultValue }
        guard let value = Choice(rawValue: text) else {
            throw APIParameterError(name, "is '\(text)'; expected one of \(Choice.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    /// A range `LOWER:UPPER` of finite numbers with `LOWER < UPPER`.
    func range(_ name: String) throws(APIParameterError) -> ClosedRange<Double>? {
        guard let text = values[name] else { return nil }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { Double(String($0).trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let lower = parts[0], let upper = parts[1], lower.isFinite, upper.isFinite, lower < upper else {
            throw APIParameterError(name, "is '\(text)'; expected LOWER:UPPER with finite numbers, e.g. -3:3")
        }
        return lower...upper
    }

    /// The catalogue box loss `name` with the loss parameters given in the query
    /// (by their docs/losses.md names, e.g. `alpha=3`), each read as its default's kind.
    func boxLoss(named name: String, parameter: String) throws(APIParameterError) -> ConfiguredBoxLoss {
        let descriptor: LossDescriptor
        do {
            descriptor = try LossCatalogue.descriptor(named: name)
        } catch {
            throw APIParameterError(parameter, "names an unknown loss '\(name)'; see /api/losses")
        }
        guard descriptor.kind == .box else {
            throw APIParameterError(parameter, "names '\(name)', which is not a box loss; see /api/losses")
        }
        var options = LossOptions()
        for lossParameter in descriptor.parameters {
            guard let text = values[lossParameter.name] else { continue }
            options[lossParameter.name] = try Self.value(text, like: lossParameter.defaultValue, parameter: lossParameter.name)
        }
        do {
            guard case let .box(loss) = try descriptor.make(options) else {
                throw APIParameterError(parameter, "names '\(name)', which is not a box loss")
            }
            return loss
        } catch let error as APIParameterError {
            throw error
        } catch {
            throw APIParameterError(parameter, "'\(name)': \(error)")
        }
    }

    /// `text` read as the same kind of value as `example`.
    static func value(_ text: String, like example: LossOptionValue, parameter: String) throws(APIParameterError) -> LossOptionValue {
        switch example {
        case .number:
            guard let value = Double(text), value.isFinite else { throw APIParameterError(parameter, "is '\(text)'; expected a number") }
            return .number(value)
        case .flag:
            guard let value = Bool(text) else { throw APIParameterError(parameter, "is '\(text)'; expected true or false") }
            return .flag(value)
        case .numbers:
            let values = text.split(separator: ",").map { Double(String($0)) }
            guard values.allSatisfy({ $0?.isFinite == true }) else {
                throw APIParameterError(parameter, "is '\(text)'; expected comma-separated numbers")
            }
            return .numbers(values.compactMap { $0 })
        case .choice:
            return .choice(text)
        }
    }
}
