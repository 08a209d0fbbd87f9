import Foundation
import LossvizLosses

/// The oracle fixture written by `Fixtures/make_fixture.py` (torch/torchvision
/// in float64, autograd gradients), decoded once.
struct Fixture: Decodable, Sendable {
    /// A number of the fixture; non-finite numbers are stored as "inf", "-inf", "nan".
    struct Number: Decodable, Sendable {
        let value: Double

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                value = number
                return
            }
            switch try container.decode(String.self) {
            case "inf": value = .infinity
            case "-inf": value = -.infinity
            case "nan": value = .nan
            case let other:
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a number: \(other)")
            }
        }
    }

    /// A loss option as JSON spells it: a boolean, a number, a list of numbers or a word.
    struct Option: Decodable, Sendable {
        let value: LossOptionValue

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) {
                value = .flag(flag)
            } else if let number = try? container.decode(Double.self) {
                value = .number(number)
            } else if let numbers = try? container.decode([Double].self) {
                value = .numbers(numbers)
            } else {
                value = .choice(try container.decode(String.self))
            }
        }
    }

    /// One configured loss and its oracle's rows.
    struct Configuration<Row: Decodable & Sendable>: Decodable, Sendable {
        let loss: String
        let options: [String: Option]
        let oracle: String
        let results: [Row]

        var lossOptions: LossOptions { LossOptions(options.mapValues(\.value)) }
        var label: String {
            let settings = options.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.value)" }.joined(separator: " ")
            return "\(loss) \(settings) [\(oracle)]"
        }
    }

    struct MultiClassCase: Decodable, Sendable {
        let label: Int
        let logits: [Number]
        let value: Number
        let gradient: [Number]
    }

    struct MultiClassConfiguration: Decodable, Sendable {
        let loss: String
        let options: [String: Option]
        let oracle: String
        let cases: [MultiClassCase]

        var lossOptions: LossOptions { LossOptions(options.mapValues(\.value)) }
    }

    struct UnitBoxRows: Decodable, Sendable {
        let oracle: String
        let results: [[Number]]
    }

    let torch: String
    let torchvision: String
    let box_pairs: [[Number]]
    let box_losses: [Configuration<[Number]>]
    let element_wise: [Configuration<[Number]>]
    let binary: [Configuration<[Number]>]
    let multi_class: [MultiClassConfiguration]
    let unitbox: UnitBoxRows

    /// Why the fixture cannot be read.
    struct MissingFixture: Error, CustomStringConvertible {
        var description: String { "Fixtures/fixture.json is missing from the test bundle; run Fixtures/make_fixture.py" }
    }

    /// The committed fixture, decoded once.
    static let shared = Result { () throws -> Fixture in
        guard let url = Bundle.module.url(forResource: "fixture", withExtension: "json", subdirectory: "Fixtures") else {
            throw MissingFixture()
        }
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }

    /// The prediction and target boxes of pair `index`.
    func boxes(_ index: Int) -> (prediction: Box, target: Box) {
        let v = box_pairs[index].map(\.value)
        return (Box(x1: v[0], y1: v[1], x2: v[2], y2: v[3]), Box(x1: v[4], y1: v[5], x2: v[6], y2: v[7]))
    }
}
