import LossvizLosses
import LossvizSweep

/// Parsing of the list-like option values of `simulate`, `curve`, `field` and
/// `animate`: boxes, sizes and ranges, used as argument-parser transforms so
/// that a malformed value is a usage error naming the option.
enum SweepArguments {
    /// Exactly `count` comma-separated finite numbers.
    static func numbers(_ text: String, count: Int, expected: String) throws(SweepCommandError) -> [Double] {
        let fields = text.split(separator: ",", omittingEmptySubsequences: false).map { Double(String($0).trimmingWhitespace) }
        guard fields.count == count, fields.allSatisfy({ $0?.isFinite == true }) else { throw .notA(expected: expected) }
        return fields.compactMap { $0 }
    }

    /// A centre-form box `cx,cy,w,h` with positive size.
    @Sendable static func box(_ text: String) throws -> CentreFormBox {
        let expected = "a box cx,cy,w,h (four numbers, w and h positive), e.g. 0,0,1,1"
        let v = try numbers(text, count: 4, expected: expected)
        guard v[2] > 0, v[3] > 0 else { throw SweepCommandError.notA(expected: expected) }
        return CentreFormBox(cx: v[0], cy: v[1], w: v[2], h: v[3])
    }

    /// A size `w,h`, both positive.
    @Sendable static func size(_ text: String) throws -> BoxSize {
        let expected = "a size w,h (two positive numbers), e.g. 1,1"
        let v = try numbers(text, count: 2, expected: expected)
        guard v[0] > 0, v[1] > 0 else { throw SweepCommandError.notA(expected: expected) }
        return BoxSize(w: v[0], h: v[1])
    }

    /// A range `LOWER:UPPER` of finite numbers with `LOWER < UPPER`.
    @Sendable static func range(_ text: String) throws -> ClosedRange<Double> {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { Double(String($0).trimmingWhitespace) }
        guard parts.count == 2, let lower = parts[0], let upper = parts[1], lower.isFinite, upper.isFinite, lower < upper else {
            throw SweepCommandError.badRange
        }
        return lower...upper
    }

    /// The catalogue losses `names`, each given only the options it has; an option
    /// that none of them has is an error (so a typo is not silently ignored).
    static func losses(_ names: [String], options: LossOptions) throws -> [ConfiguredLoss] {
        let descriptors = try names.map { name throws(LossOptionError) in try LossCatalogue.descriptor(named: name) }
        for option in options.values.keys.sorted() where !descriptors.contains(where: { $0.parameter(named: option) != nil }) {
            throw SweepCommandError.optionForNoLoss(option: option, losses: names)
        }
        return try descriptors.map { descriptor in
            var own = LossOptions()
            for (name, value) in options.values where descriptor.parameter(named: name) != nil { own[name] = value }
            return try LossCatalogue.make(descriptor.name, options: own)
        }
    }

    /// The box losses `names` with `options`, each given only the options it has.
    static func boxLosses(_ names: [String], options: LossOptions) throws -> [ConfiguredBoxLoss] {
        try losses(names, options: options).map { loss throws in
            guard case let .box(box) = loss else { throw SweepCommandError.notABoxLoss(loss: loss.name) }
            return box
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingWhitespace: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
