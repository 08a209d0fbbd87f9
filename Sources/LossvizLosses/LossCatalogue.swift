/// Every loss of docs/losses.md by name: the list the CLI, the sweeps and the
/// figures share, in a stable order (IoU family, UnitBox, element-wise,
/// classification).
///
/// Get a configured loss by name with `LossCatalogue.make("ciou", options: ["alpha-gate": .flag(true)])`,
/// or a box loss directly with `LossCatalogue.boxLoss("giou")`.
public enum LossCatalogue {
    /// Every loss, in catalogue order.
    public static let descriptors: [LossDescriptor] = boxLosses + [unitBox] + elementWiseLosses + classificationLosses

    /// Every loss name, in catalogue order.
    public static var names: [String] { descriptors.map(\.name) }

    /// The loss called `name`.
    public static func descriptor(named name: String) throws(LossOptionError) -> LossDescriptor {
        guard let descriptor = descriptors.first(where: { $0.name == name }) else {
            throw .unknownLoss(name: name, known: names)
        }
        return descriptor
    }

    /// The loss called `name` configured with `options` (defaults for the rest).
    public static func make(_ name: String, options: LossOptions = LossOptions()) throws(LossOptionError) -> ConfiguredLoss {
        try descriptor(named: name).make(options)
    }

    /// The IoU-family loss called `name` configured with `options`.
    public static func boxLoss(_ name: String, options: LossOptions = LossOptions()) throws(LossOptionError) -> ConfiguredBoxLoss {
        let loss = try make(name, options: options)
        guard case let .box(boxLoss) = loss else { throw .wrongKind(loss: name, kind: loss.kind, expected: .box) }
        return boxLoss
    }

    // MARK: IoU family

    private static let eps = LossParameter(
        name: "eps", summary: "added to the union, c^2 and the enclosing area, where torchvision adds it",
        defaultValue: .number(BoxLossDefaults.eps), domain: .nonNegative
    )

    private static let boxLosses: [LossDescriptor] = [
        LossDescriptor(
            name: "iou", kind: .box, summary: "1 - IoU (DIoU paper, Eq. 2)", parameters: [eps]
        ) { o throws(LossOptionError) in .box(.iou(IoULoss(eps: o.number("eps")))) },
        LossDescriptor(
            name: "log-iou", kind: .box, summary: "-ln IoU, the UnitBox loss on whole boxes (Yu et al. 2016); inf at IoU = 0",
            parameters: [eps]
        ) { o throws(LossOptionError) in .box(.logIoU(LogIoULoss(eps: o.number("eps")))) },
        LossDescriptor(
            name: "giou", kind: .box, summary: "generalized IoU: 1 - IoU + (|C| - U)/|C| (Rezatofighi et al. 2019)",
            parameters: [eps]
        ) { o throws(LossOptionError) in .box(.giou(GeneralizedIoULoss(eps: o.number("eps")))) },
        LossDescriptor(
            name: "diou", kind: .box, summary: "distance IoU: 1 - IoU + rho^2/c^2 (Zheng et al. 2020, Eq. 7)",
            parameters: [eps]
        ) { o throws(LossOptionError) in .box(.diou(DistanceIoULoss(eps: o.number("eps")))) },
        LossDescriptor(
            name: "ciou", kind: .box, summary: "complete IoU: DIoU + alpha v, aspect-ratio consistency (Zheng et al. 2020, Eq. 10)",
            parameters: [
                eps,
                LossParameter(
                    name: "alpha-gate", summary: "alpha = 0 when IoU <= 0.5 (journal version's code, mmdet)",
                    defaultValue: .flag(false), domain: .flag
                ),
            ]
        ) { o throws(LossOptionError) in
            .box(.ciou(CompleteIoULoss(eps: o.number("eps"), alphaGate: o.flag("alpha-gate"))))
        },
        LossDescriptor(
            name: "eiou", kind: .box,
            summary: "efficient IoU: DIoU + (w - w_t)^2/C_w^2 + (h - h_t)^2/C_h^2 (Zhang et al. 2022)", parameters: [eps]
        ) { o throws(LossOptionError) in .box(.eiou(EfficientIoULoss(eps: o.number("eps")))) },
        LossDescriptor(
            name: "focal-eiou", kind: .box, summary: "IoU^gamma * L_EIoU, IoU^gamma held constant (Zhang et al. 2022)",
            parameters: [
                eps,
                LossParameter(name: "gamma", summary: "focusing exponent on IoU", defaultValue: .number(0.5), domain: .nonNegative),
            ]
        ) { o throws(LossOptionError) in
            .box(.focalEIoU(FocalEfficientIoULoss(eps: o.number("eps"), gamma: o.number("gamma"))))
        },
        LossDescriptor(
            name: "siou", kind: .box, summary: "SCYLLA-IoU: 1 - IoU + (angle-aware distance + shape)/2 (Gevorgyan 2022, paper sign)",
            parameters: [
                eps,
                LossParameter(name: "theta", summary: "shape-cost exponent", defaultValue: .number(4), domain: .positive),
            ]
        ) { o throws(LossOptionError) in .box(.siou(SCYLLAIoULoss(eps: o.number("eps"), theta: o.number("theta")))) },
        LossDescriptor(
            name: "alpha-iou", kind: .box, summary: "power IoU: 1 - IoU^a plus a-power penalties, diou rho^2a/c^2a (He et al. 2021, bbox_alpha_iou of Nov 2021)",
            parameters: [
                eps,
                LossParameter(name: "a", summary: "the power", defaultValue: .number(3), domain: .positive),
                LossParameter(
                    name: "penalty", summary: "penalty raised to the power: none (iou), giou, diou (rho^2a/c^2a) or ciou (diou + (alpha v)^a)",
                    defaultValue: .choice(AlphaIoUPenalty.iou.rawValue), domain: .choice(AlphaIoUPenalty.allCases.map(\.rawValue))
                ),
            ]
        ) { o throws(LossOptionError) in
            .box(.alphaIoU(AlphaIoULoss(
                eps: o.number("eps"), power: o.number("a"), penalty: AlphaIoUPenalty(rawValue: o.choice("penalty")) ?? .iou
            )))
        },
        LossDescriptor(
            name: "wiou", kind: .box,
            summary: "Wise-IoU: exp(rho^2/c^2) (1 - IoU), v2/v3 with monotonic/non-monotonic focusing (Tong et al. 2023)",
            parameters: [
                eps,
                LossParameter(
                    name: "variant", summary: "v1 (distance attention), v2 (plus monotonic focusing) or v3 (plus non-monotonic focusing)",
                    defaultValue: .choice(WiseIoULoss.Version.v3.rawValue), domain: .choice(WiseIoULoss.Version.allCases.map(\.rawValue))
                ),
                LossParameter(name: "gamma", summary: "v2 focusing exponent gamma", defaultValue: .number(0.5), domain: .positive),
                LossParameter(name: "alpha", summary: "v3 focusing parameter alpha", defaultValue: .number(1.9), domain: .positive),
                LossParameter(name: "delta", summary: "v3 focusing parameter delta", defaultValue: .number(3), domain: .positive),
                LossParameter(
                    name: "running-mean", summary: "v2, v3: running mean of 1 - IoU over training (1 at its start)",
                    defaultValue: .number(1), domain: .positive
                ),
            ]
        ) { o throws(LossOptionError) in
            .box(.wiou(WiseIoULoss(
                eps: o.number("eps"), version: WiseIoULoss.Version(rawValue: o.choice("variant")) ?? .v3,
                gamma: o.number("gamma"), alpha: o.number("alpha"), delta: o.number("delta"), runningMean: o.number("running-mean")
            )))
        },
        LossDescriptor(
            name: "mpdiou", kind: .box, summary: "1 - IoU + corner distances over the image diagonal (Ma & Xu 2023)",
            parameters: [
                eps,
                LossParameter(name: "image-size", summary: "image width and height W,H", defaultValue: .numbers([640, 640]), domain: .positiveNumbers(count: 2)),
            ]
        ) { o throws(LossOptionError) in
            let size = o.numbers("image-size")
            return .box(.mpdiou(MinimumPointDistanceIoULoss(
                eps: o.number("eps"), imageWidth: size.first ?? 640, imageHeight: size.last ?? 640
            )))
        },
        LossDescriptor(
            name: "inner-iou", kind: .box, summary: "1 - IoU of auxiliary boxes scaled by ratio about their centres (Zhang et al. 2023)",
            parameters: [
                eps,
                LossParameter(name: "ratio", summary: "scale of the auxiliary boxes (1 is plain IoU)", defaultValue: .number(0.75), domain: .positive),
            ]
        ) { o throws(LossOptionError) in .box(.innerIoU(InnerIoULoss(eps: o.number("eps"), ratio: o.number("ratio")))) },
        LossDescriptor(
            name: "focaler-iou", kind: .box, summary: "1 - clamp((IoU - d)/(u - d), 0, 1) (Zhang & Zhang 2024)",
            parameters: [
                eps,
                LossParameter(name: "d", summary: "lower end of the IoU interval", defaultValue: .number(0), domain: .closedInterval(0, 1)),
                LossParameter(name: "u", summary: "upper end of the IoU interval", defaultValue: .number(0.95), domain: .closedInterval(0, 1)),
            ]
        ) { o throws(LossOptionError) in
            guard o.number("d") < o.number("u") else {
                throw .inconsistent(loss: "focaler-iou", options: ["d", "u"], reason: "d = \(o.number("d")) must be less than u = \(o.number("u"))")
            }
            return .box(.focalerIoU(FocalerIoULoss(eps: o.number("eps"), lower: o.number("d"), upper: o.number("u"))))
        },
        LossDescriptor(
            name: "shape-iou", kind: .box, summary: "1 - IoU + shape-weighted distance + shape cost (Zhang & Zhang 2023)",
            parameters: [
                eps,
                LossParameter(name: "scale", summary: "scale factor of the target-shape weights", defaultValue: .number(0), domain: .nonNegative),
            ]
        ) { o throws(LossOptionError) in .box(.shapeIoU(ShapeIoULoss(eps: o.number("eps"), scale: o.number("scale")))) },
    ]

    // MARK: UnitBox

    private static let unitBox = LossDescriptor(
        name: "unitbox", kind: .pixelDistances,
        summary: "-ln(I/U) on a pixel's distances to the four sides, gradient of Eq. 7 (Yu et al. 2016)", parameters: []
    ) { _ throws(LossOptionError) in .pixelDistances(UnitBoxLoss()) }

    // MARK: Element-wise

    private static let elementWiseLosses: [LossDescriptor] = [
        LossDescriptor(name: "l1", kind: .elementWise, summary: "|x|", parameters: []) { _ throws(LossOptionError) in
            .elementWise(L1Loss())
        },
        LossDescriptor(
            name: "l2", kind: .elementWise, summary: "x^2 (x^2/2 with --half)",
            parameters: [LossParameter(name: "half", summary: "use x^2/2", defaultValue: .flag(false), domain: .flag)]
        ) { o throws(LossOptionError) in .elementWise(L2Loss(half: o.flag("half"))) },
        LossDescriptor(
            name: "smooth-l1", kind: .elementWise, summary: "0.5 x^2/beta inside |x| < beta, |x| - beta/2 outside (Fast R-CNN)",
            parameters: [LossParameter(name: "beta", summary: "width of the quadratic zone", defaultValue: .number(1), domain: .nonNegative)]
        ) { o throws(LossOptionError) in .elementWise(SmoothL1Loss(beta: o.number("beta"))) },
        LossDescriptor(
            name: "huber", kind: .elementWise, summary: "0.5 x^2 inside |x| < delta, delta (|x| - delta/2) outside (Huber 1964)",
            parameters: [LossParameter(name: "delta", summary: "where the loss turns linear", defaultValue: .number(1), domain: .positive)]
        ) { o throws(LossOptionError) in .elementWise(HuberLoss(delta: o.number("delta"))) },
        LossDescriptor(
            name: "focal-l1", kind: .elementWise, summary: "focal L1: gradient -alpha x ln(beta x) suppresses small errors (Zhang et al. 2022)",
            parameters: [
                LossParameter(name: "alpha", summary: "scale", defaultValue: .number(1), domain: .positive),
                LossParameter(
                    name: "beta", summary: "focus, 1/e <= beta <= 1; the gradient peaks at x = 1/(e beta)",
                    defaultValue: .number(FocalL1Loss.defaultBeta), domain: .closedInterval(FocalL1Loss.defaultBeta, 1)
                ),
            ]
        ) { o throws(LossOptionError) in .elementWise(FocalL1Loss(alpha: o.number("alpha"), beta: o.number("beta"))) },
    ]

    // MARK: Classification

    private static let classificationLosses: [LossDescriptor] = [
        LossDescriptor(
            name: "bce", kind: .binaryClassification, summary: "binary cross-entropy on a logit, computed stably", parameters: []
        ) { _ throws(LossOptionError) in .binaryClassification(BinaryCrossEntropyLoss()) },
        LossDescriptor(
            name: "focal", kind: .binaryClassification, summary: "sigmoid focal loss alpha_t (1 - p_t)^gamma BCE (Lin et al. 2017)",
            parameters: [
                LossParameter(name: "alpha", summary: "positive-class weight; negative for none", defaultValue: .number(0.25), domain: .unitIntervalOrNegative),
                LossParameter(name: "gamma", summary: "focusing exponent", defaultValue: .number(2), domain: .nonNegative),
            ]
        ) { o throws(LossOptionError) in .binaryClassification(SigmoidFocalLoss(alpha: o.number("alpha"), gamma: o.number("gamma"))) },
        LossDescriptor(
            name: "ce", kind: .multiClassClassification, summary: "softmax cross-entropy over the logits", parameters: []
        ) { _ throws(LossOptionError) in .multiClassClassification(CrossEntropyLoss()) },
        LossDescriptor(
            name: "seesaw", kind: .multiClassClassification,
            summary: "cross-entropy with mitigation and compensation factors for long tails (Wang et al. 2021, mmdet)",
            parameters: [
                LossParameter(name: "p", summary: "mitigation exponent", defaultValue: .number(0.8), domain: .nonNegative),
                LossParameter(name: "q", summary: "compensation exponent", defaultValue: .number(2), domain: .nonNegative),
                LossParameter(name: "eps", summary: "floor of the true class's score", defaultValue: .number(1e-2), domain: .positive),
                LossParameter(
                    name: "class-counts", summary: "training samples per class, e.g. 100,10,1 (none: all equal)",
                    defaultValue: .numbers([]), domain: .nonNegativeNumbers
                ),
            ]
        ) { o throws(LossOptionError) in
            .multiClassClassification(SeesawLoss(p: o.number("p"), q: o.number("q"), eps: o.number("eps"), classCounts: o.numbers("class-counts")))
        },
    ]
}
