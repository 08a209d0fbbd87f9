import LossvizSweep
import LossvizLosses

extension FieldReport {
    /// The `--data` document of `lossviz field`: `over` (`offset` or `scale-aspect`),
    /// `target` `[cx, cy, w, h]`, `size` `[w, h]` (offset only), `gradient`, `x_name`,
    /// `y_name`, `x`, `y`, and per loss row-major grids (`grid[j][i]` at `x[i]`, `y[j]`):
    /// `value`, `d_x`, `d_y` (derivatives along the grid coordinates) and `d_cx`,
    /// `d_cy`, `d_w`, `d_h` (centre-form gradient), under the chosen convention.
    public var json: JSONValue {
        guard let first = fields.first else { return .object([]) }
        let columns = first.x.values.count
        func grid(_ values: [Double]) -> JSONValue {
            .array(stride(from: 0, to: values.count, by: max(columns, 1)).map {
                .numbers(Array(values[$0 ..< min($0 + columns, values.count)]))
            })
        }
        var members: [(String, JSONValue)] = []
        switch first.layout {
        case let .offset(width, height):
            members.append(("over", .string("offset")))
            members.append(("target", .numbers([first.target.cx, first.target.cy, first.target.w, first.target.h])))
            members.append(("size", .numbers([width, height])))
        case .scaleAspect:
            members.append(("over", .string("scale-aspect")))
            members.append(("target", .numbers([first.target.cx, first.target.cy, first.target.w, first.target.h])))
        }
        members += [
            ("gradient", .string(convention.rawValue)),
            ("x_name", .string(first.layout.axisNames.x)),
            ("y_name", .string(first.layout.axisNames.y)),
            ("x", .numbers(first.x.values)),
            ("y", .numbers(first.y.values)),
            ("losses", .object(fields.map { field in
                let gradient = (convention == .reference ? field.reference : nil) ?? field.autograd
                return (field.loss, .object([
                    ("value", grid(field.value)),
                    ("d_x", grid(gradient.alongX)), ("d_y", grid(gradient.alongY)),
                    ("d_cx", grid(gradient.cx)), ("d_cy", grid(gradient.cy)),
                    ("d_w", grid(gradient.w)), ("d_h", grid(gradient.h)),
                ]))
            })),
        ]
        return .object(members)
    }
}
