import LossvizLosses
import LossvizTestSupport
import Testing

/// Values and gradients agree with the fixture's oracles (torch/torchvision and
/// independent torch transcriptions, autograd gradients) to 1e-9 relative or
/// 1e-12 absolute, kinks and non-finite values included.
@Suite struct OracleAgreementTests {
    @Test func fixtureIsLargeEnough() throws {
        let fixture = try Fixture.shared.get()
        let boxCases = fixture.box_pairs.count * fixture.box_losses.count
        let otherCases = fixture.element_wise.map(\.results.count).reduce(0, +)
            + fixture.binary.map(\.results.count).reduce(0, +)
            + fixture.multi_class.map(\.cases.count).reduce(0, +)
            + fixture.unitbox.results.count
        #expect(boxCases + otherCases >= 2000)
        #expect(fixture.box_losses.allSatisfy { $0.results.count == fixture.box_pairs.count })
    }

    @Test func everyCatalogueLossHasOracleCases() throws {
        let fixture = try Fixture.shared.get()
        let covered = Set(
            fixture.box_losses.map(\.loss) + fixture.element_wise.map(\.loss) + fixture.binary.map(\.loss)
                + fixture.multi_class.map(\.loss) + ["unitbox"]
        )
        #expect(Set(LossCatalogue.names).subtracting(covered).isEmpty)
    }

    @Test func boxLosses() throws {
        let fixture = try Fixture.shared.get()
        for configuration in fixture.box_losses {
            let loss = try LossCatalogue.boxLoss(configuration.loss, options: configuration.lossOptions)
            var disagreements: [String] = []
            for (index, expected) in configuration.results.enumerated() {
                let (prediction, target) = fixture.boxes(index)
                let result = loss.evaluate(prediction: prediction, target: target)
                let actual = [result.value] + result.gradient.corners
                if !zip(actual, expected.map(\.value)).allSatisfy({ agreesWithOracle($0, $1) }) {
                    disagreements.append("pair \(index) \(prediction) vs \(target): \(actual) vs \(expected.map(\.value))")
                }
            }
            #expect(disagreements.isEmpty, "\(configuration.label): \(disagreements.count) pairs disagree, e.g. \(disagreements.prefix(3))")
        }
    }

    @Test func elementWiseLosses() throws {
        let fixture = try Fixture.shared.get()
        for configuration in fixture.element_wise {
            guard case let .elementWise(loss) = try LossCatalogue.make(configuration.loss, options: configuration.lossOptions) else {
                Issue.record("\(configuration.loss) is not element-wise")
                continue
            }
            for row in configuration.results.map({ $0.map(\.value) }) {
                let result = loss.evaluate(row[0])
                #expect(agreesWithOracle(result.value, row[1]), "\(configuration.label) x = \(row[0]): value \(result.value) vs \(row[1])")
                #expect(agreesWithOracle(result.derivative, row[2]), "\(configuration.label) x = \(row[0]): d \(result.derivative) vs \(row[2])")
            }
        }
    }

    @Test func binaryClassificationLosses() throws {
        let fixture = try Fixture.shared.get()
        for configuration in fixture.binary {
            guard case let .binaryClassification(loss) = try LossCatalogue.make(configuration.loss, options: configuration.lossOptions) else {
                Issue.record("\(configuration.loss) is not a binary classification loss")
                continue
            }
            for row in configuration.results.map({ $0.map(\.value) }) {
                let result = loss.evaluate(logit: row[0], target: row[1])
                #expect(agreesWithOracle(result.value, row[2]), "\(configuration.label) z = \(row[0]), t = \(row[1]): value \(result.value) vs \(row[2])")
                #expect(agreesWithOracle(result.derivative, row[3]), "\(configuration.label) z = \(row[0]), t = \(row[1]): d \(result.derivative) vs \(row[3])")
            }
        }
    }

    @Test func multiClassLosses() throws {
        let fixture = try Fixture.shared.get()
        for configuration in fixture.multi_class {
            guard case let .multiClassClassification(loss) = try LossCatalogue.make(configuration.loss, options: configuration.lossOptions) else {
                Issue.record("\(configuration.loss) is not a multi-class loss")
                continue
            }
            for example in configuration.cases {
                let result = try loss.evaluate(label: example.label, logits: example.logits.map(\.value))
                #expect(agreesWithOracle(result.value, example.value.value), "\(configuration.loss) \(example.label) \(example.logits.map(\.value))")
                for (a, e) in zip(result.gradient, example.gradient.map(\.value)) {
                    #expect(agreesWithOracle(a, e), "\(configuration.loss) \(example.label) \(example.logits.map(\.value)): \(result.gradient)")
                }
            }
        }
    }

    @Test func unitBox() throws {
        let fixture = try Fixture.shared.get()
        for row in fixture.unitbox.results.map({ $0.map(\.value) }) {
            let result = UnitBoxLoss().evaluate(
                prediction: PixelDistances(top: row[0], bottom: row[1], left: row[2], right: row[3]),
                target: PixelDistances(top: row[4], bottom: row[5], left: row[6], right: row[7])
            )
            let actual = [result.value] + result.gradient.components
            for (a, e) in zip(actual, row[8...]) {
                #expect(agreesWithOracle(a, e), "unitbox \(row[0..<8]): \(actual) vs \(row[8...])")
            }
        }
    }
}

/// The oracle bar: 1e-9 relative or 1e-12 absolute, NaN where the oracle has NaN.
private func agreesWithOracle(_ actual: Double, _ expected: Double) -> Bool {
    actual.agreesIncludingNaN(with: expected, absoluteTolerance: 1e-12, relativeTolerance: 1e-9)
}
