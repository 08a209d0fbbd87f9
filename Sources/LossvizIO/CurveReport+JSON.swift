import LossvizLosses
import LossvizSweep

extension CurveReport {
    /// The `--data` document of `lossviz curve`: `x` (the sample points), `spacing`
    /// (`linear` or `log`), `box` (parameter, base and target boxes as `[cx, cy, w, h]`),
    /// `binary_target`, `classes`, and per loss `kind`, `variable`, `value`,
    /// `derivative` and, for iou/giou/diou/ciou, `reference_derivative`.
    public var json: JSONValue {
        func boxArray(_ b: CentreFormBox) -> JSONValue { .numbers([b.cx, b.cy, b.w, b.h]) }
        return .object([
            ("x", .numbers(axis.values)),
            ("spacing", .string(logarithmic ? "log" : "linear")),
            ("box", .object([
                ("parameter", .string(box.parameter.rawValue)),
                ("base", boxArray(box.base)),
                ("target", boxArray(box.target)),
            ])),
            ("binary_target", .number(binaryTarget)),
            ("classes", .integer(classCount)),
            ("losses", .object(curves.map { curve in
                switch curve {
                case let .box(c):
                    var members: [(String, JSONValue)] = [
                        ("kind", .string(LossKind.box.rawValue)), ("variable", .string(c.parameter.rawValue)),
                        ("value", .numbers(c.value)), ("derivative", .numbers(c.derivative)),
                    ]
                    if let reference = c.referenceDerivative { members.append(("reference_derivative", .numbers(reference))) }
                    return (c.loss, .object(members))
                case let .scalar(c, kind):
                    return (c.loss, .object([
                        ("kind", .string(kind.rawValue)), ("variable", .string(c.variable)),
                        ("value", .numbers(c.value)), ("derivative", .numbers(c.derivative)),
                    ]))
                }
            })),
        ])
    }
}
