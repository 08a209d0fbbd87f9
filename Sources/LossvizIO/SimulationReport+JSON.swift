import LossvizSweep

extension SimulationReport {
    /// The `--data` document of `lossviz simulate` (docs/cli.md): `preset`, `gradient`,
    /// `cases`, `iterations`, `initial_error`, and per loss `error` (`E_1 ... E_n`)
    /// and `final_error_per_point`; also `points`, `seed` (null for centres read
    /// from a file) and `anchor_centres` (`x`, `y` arrays, point order).
    public var json: JSONValue {
        .object([
            ("preset", .string(simulation.name)),
            ("gradient", .string(convention.rawValue)),
            ("cases", .integer(simulation.caseCount)),
            ("points", .integer(simulation.anchorCentres.count)),
            ("seed", seed.map(JSONValue.unsignedInteger) ?? .null),
            ("iterations", .integer(simulation.iterations)),
            ("steps", .numbers(simulation.schedule.steps(iterations: simulation.iterations))),
            ("optimiser", .string(simulation.optimiser.description)),
            ("initial_error", .number(results.first?.initialError ?? 0)),
            ("anchor_centres", .object([
                ("x", .numbers(simulation.anchorCentres.map(\.x))),
                ("y", .numbers(simulation.anchorCentres.map(\.y))),
            ])),
            ("losses", .object(results.map { result in
                (result.loss, .object([
                    ("error", .numbers(result.error)),
                    ("final_error_per_point", .numbers(result.finalErrorPerPoint)),
                ]))
            })),
        ])
    }
}
