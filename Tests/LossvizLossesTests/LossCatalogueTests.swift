import LossvizLosses
import LossvizTestSupport
import Testing

@Suite struct LossCatalogueTests {
    @Test func namesAreTheLossesOfLOSSESmdInAStableOrder() {
        #expect(LossCatalogue.names == [
            "iou", "log-iou", "giou", "diou", "ciou", "eiou", "focal-eiou", "siou", "alpha-iou", "wiou", "mpdiou",
            "inner-iou", "focaler-iou", "shape-iou", "unitbox", "l1", "l2", "smooth-l1", "huber", "focal-l1",
            "bce", "focal", "ce", "seesaw",
        ])
    }

    @Test func everyLossBuildsWithItsDefaultsAsItsKindUnderItsName() throws {
        for descriptor in LossCatalogue.descriptors {
            let loss = try descriptor.make()
            #expect(loss.name == descriptor.name && loss.kind == descriptor.kind)
            #expect(!descriptor.summary.isEmpty)
            for parameter in descriptor.parameters {
                #expect(parameter.domain.contains(parameter.defaultValue), "\(descriptor.name) --\(parameter.name)")
            }
        }
    }

    @Test func optionsReachTheLoss() throws {
        guard case let .ciou(ciou) = try LossCatalogue.boxLoss("ciou", options: ["alpha-gate": .flag(true), "eps": .number(0.5)]) else {
            Issue.record("ciou is not built as CompleteIoULoss")
            return
        }
        #expect(ciou.alphaGate && ciou.eps.isApproximatelyEqual(to: 0.5, absoluteTolerance: 0))
        guard case let .mpdiou(mpdiou) = try LossCatalogue.boxLoss("mpdiou", options: ["image-size": .numbers([800, 600])]) else {
            Issue.record("mpdiou is not built as MinimumPointDistanceIoULoss")
            return
        }
        #expect(mpdiou.imageWidth.isApproximatelyEqual(to: 800, absoluteTolerance: 0) && mpdiou.imageHeight.isApproximatelyEqual(to: 600, absoluteTolerance: 0))
    }

    @Test func errorsNameTheLossAndTheOption() {
        #expect(throws: LossOptionError.unknownLoss(name: "fiou", known: LossCatalogue.names)) { try LossCatalogue.make("fiou") }
        #expect(throws: LossOptionError.unknownOption(loss: "giou", option: "gamma", known: ["eps"])) {
            try LossCatalogue.make("giou", options: ["gamma": .number(2)])
        }
        #expect(throws: LossOptionError.outOfDomain(loss: "focal", option: "gamma", value: .number(-1), domain: .nonNegative)) {
            try LossCatalogue.make("focal", options: ["gamma": .number(-1)])
        }
        #expect(throws: LossOptionError.wrongShape(loss: "ciou", option: "alpha-gate", expected: "a flag")) {
            try LossCatalogue.make("ciou", options: ["alpha-gate": .number(1)])
        }
        #expect(throws: LossOptionError.self) { try LossCatalogue.make("huber", options: ["delta": .number(.nan)]) }
        #expect(throws: LossOptionError.self) { try LossCatalogue.make("mpdiou", options: ["image-size": .numbers([640])]) }
        #expect(throws: LossOptionError.self) { try LossCatalogue.make("focal-l1", options: ["beta": .number(0.3)]) }
        #expect(throws: LossOptionError.self) { try LossCatalogue.make("wiou", options: ["variant": .choice("v4")]) }
        #expect(throws: LossOptionError.inconsistent(loss: "focaler-iou", options: ["d", "u"], reason: "d = 0.5 must be less than u = 0.5")) {
            try LossCatalogue.make("focaler-iou", options: ["d": .number(0.5), "u": .number(0.5)])
        }
        #expect(throws: LossOptionError.wrongKind(loss: "bce", kind: .binaryClassification, expected: .box)) {
            try LossCatalogue.boxLoss("bce")
        }
    }

    @Test func errorMessagesSayWhatToDo() {
        let message = LossOptionError.unknownOption(loss: "giou", option: "gamma", known: ["eps"]).description
        #expect(message == "option --gamma does not apply to giou; its options are --eps")
        let domain = LossOptionError.outOfDomain(loss: "focal", option: "gamma", value: .number(-1), domain: .nonNegative).description
        #expect(domain == "option --gamma of focal is -1.0 but must be >= 0")
        let kind = LossOptionError.wrongKind(loss: "l2", kind: .elementWise, expected: .box).description
        #expect(kind == "l2 is an element-wise loss, not a box loss")
    }

    /// A visitor sees the concrete type and computes what the enum computes.
    @Test func visitorRunsOnTheConcreteLoss() throws {
        struct TypeName: BoxLossVisitor {
            func visit<Loss: BoxLoss>(_ loss: Loss) -> String { String(describing: Loss.self) }
        }
        #expect(try LossCatalogue.boxLoss("siou").accept(TypeName()) == "SCYLLAIoULoss")
        let prediction = Box(x1: 0, y1: 0, x2: 2, y2: 1), target = Box(x1: 0.5, y1: 0.2, x2: 2.5, y2: 2)
        for name in LossCatalogue.descriptors.filter({ $0.kind == .box }).map(\.name) {
            let configured = try LossCatalogue.boxLoss(name)
            let viaEnum = configured.evaluate(prediction: prediction, target: target)
            let viaExistential = configured.loss.evaluate(prediction: prediction, target: target)
            #expect(viaEnum.value.isApproximatelyEqual(to: viaExistential.value, absoluteTolerance: 0) && configured.loss.name == name)
        }
    }
}
