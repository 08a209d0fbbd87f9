import LossvizCairo
import LossvizFigures
import Foundation
import LossvizIO
import LossvizLosses
import LossvizPlot
import LossvizSweep

/// The explorer's routes, independent of the HTTP server: a path and its query
/// in, a response out. Every number comes from the `Losses` catalogue and
/// `Sweep`, every picture from `Figures` drawn by `CairoRenderer`, as on the
/// command line.
///
///     GET /api/losses
///     GET /api/eval?loss=giou&pred=x1,y1,x2,y2&target=x1,y1,x2,y2[&gradient=reference][&PARAM=V]
///     GET /api/field.png|.svg?losses=iou,giou&over=offset&target=cx,cy,w,h&size=w,h&resolution=N[&mark=x,y]
///     GET /api/trajectory?loss=diou&anchor=cx,cy,w,h&target=cx,cy,w,h&iterations=N[&optimiser=sgd|adam]
///     GET /api/view.png|.svg|.pdf?losses=...&pred=...&target=...[&trajectory=1&optimiser=&lr=&iterations=]
///
/// A bad parameter answers 400 with `{"error": "..."}` naming it; an unknown
/// path 404; a failure while computing 500 with the reason.
public struct ExplorerAPI: Sendable {
    /// The most grid points per axis of `/api/field`.
    public static let maximumResolution = 1000
    /// The most updates of `/api/trajectory`.
    public static let maximumIterations = 10_000

    /// The API.
    public init() {}

    /// The answer to `GET path?query`.
    public func respond(path: String, query: [(name: String, value: String)]) -> APIResponse {
        let parameters = QueryParameters(query)
        do {
            switch path {
            case "/api/losses": return losses()
            case "/api/eval": return try evaluate(parameters)
            case "/api/field.png": return try field(parameters, format: .png)
            case "/api/field.svg": return try field(parameters, format: .svg)
            case "/api/field.pdf": return try field(parameters, format: .pdf)
            case "/api/trajectory": return try trajectory(parameters)
            case "/api/view.png": return try view(parameters, format: .png)
            case "/api/view.svg": return try view(parameters, format: .svg)
            case "/api/view.pdf": return try view(parameters, format: .pdf)
            default:
                guard let page = PageResource(path: path) else { return .error(404, "no such page: \(path)") }
                return try page.response()
            }
        } catch let error as APIParameterError {
            return .error(400, error.description)
        } catch {
            return .error(500, "\(error)")
        }
    }

    /// Every loss of the catalogue: name, kind and parameters with their
    /// defaults, plus what the page draws it with: its display name, its colour
    /// in the figures (`#rrggbb`) and whether it has a reference gradient.
    func losses() -> APIResponse {
        .json(.array(LossCatalogue.descriptors.map { descriptor in
            .object([
                ("name", .string(descriptor.name)),
                ("kind", .string(descriptor.kind.rawValue)),
                ("parameters", .object(descriptor.parameters.map { ($0.name, Self.json($0.defaultValue)) })),
                ("display_name", .string(LossDisplayName.of(descriptor.name))),
                ("color", .string(Self.hex(LossStyle.named(descriptor.name)?.color ?? .black))),
                ("reference_gradient", .bool(ReferenceLoss.exists(forLossNamed: descriptor.name))),
            ])
        }))
    }

    /// `#rrggbb` of `color`.
    static func hex(_ color: Color) -> String {
        "#" + [color.red, color.green, color.blue].map { component in
            let byte = Int((min(max(component, 0), 1) * 255).rounded())
            return String(byte, radix: 16).leftPadded(to: 2)
        }.joined()
    }

    static func json(_ value: LossOptionValue) -> JSONValue {
        switch value {
        case let .number(number): return .number(number)
        case let .flag(flag): return .bool(flag)
        case let .numbers(numbers): return .numbers(numbers)
        case let .choice(word): return .string(word)
        }
    }

    /// The loss and its corner gradient for one box pair.
    func evaluate(_ parameters: QueryParameters) throws(APIParameterError) -> APIResponse {
        let loss = try parameters.boxLoss(named: try parameters.required("loss"), parameter: "loss")
        let prediction = try parameters.cornerBox("pred")
        let target = try parameters.cornerBox("target")
        let convention: GradientConvention = try parameters.choice("gradient", default: .autograd)
        guard let result = loss.evaluate(prediction: prediction, target: target, convention: convention) else {
            throw APIParameterError("gradient", "is 'reference', which \(loss.name) does not have (only \(MissingReferenceGradient.lossesWithReferenceGradient))")
        }
        return .json(.object([("loss", .number(result.value)), ("gradient", .numbers(result.gradient.corners))]))
    }

    /// The comma-separated box losses of `name`, at least one.
    func boxLosses(_ parameters: QueryParameters, _ name: String) throws(APIParameterError) -> [ConfiguredBoxLoss] {
        let names = try parameters.required(name).split(separator: ",").map(String.init).filter { !$0.isEmpty }
        guard !names.isEmpty, names.count <= 12 else { throw APIParameterError(name, "must name 1 to 12 losses") }
        var losses: [ConfiguredBoxLoss] = []
        for lossName in names { losses.append(try parameters.boxLoss(named: lossName, parameter: name)) }
        return losses
    }

    /// The PNG resolution asked for (default 72 dpi: a figure inch is 72 screen pixels).
    func dpi(_ parameters: QueryParameters) throws(APIParameterError) -> Double {
        try parameters.number("dpi", in: 10...300, default: 72)
    }

    /// The picture `lossviz field` draws for the same options.
    func field(_ parameters: QueryParameters, format: OutputFormat) throws -> APIResponse {
        let losses = try boxLosses(parameters, "losses")
        let grid: FieldRequest.Grid = try parameters.choice("over", default: .offset)
        let target = try parameters.centreBox("target") ?? CentreFormBox(cx: 0, cy: 0, w: 1, h: 1)
        let size = try parameters.numbers("size", count: 2, expected: "w,h (two positive numbers), e.g. 1,1")
        if let size, !(size[0] > 0 && size[1] > 0) { throw APIParameterError("size", "must be two positive numbers w,h") }
        let range = try parameters.range("range")
        if grid == .scaleAspect, let range, range.lowerBound <= 0 {
            throw APIParameterError("range", "must be positive on the scale-aspect grid, e.g. 0.25:4")
        }
        let resolution = try parameters.integer("resolution", in: 2...Self.maximumResolution, default: 101)
        let convention: GradientConvention = try parameters.choice("gradient", default: .autograd)
        if let loss = losses.first(where: { !$0.hasGradient(convention) }) {
            throw APIParameterError("gradient", "is 'reference', which \(loss.name) does not have (only \(MissingReferenceGradient.lossesWithReferenceGradient))")
        }
        let overlay: GradientOverlay = try parameters.choice("overlay", default: .arrows)
        let dpi = try dpi(parameters)
        let marker = try parameters.numbers("mark", count: 2, expected: "x,y (two numbers: a grid point to mark), e.g. 1.5,-0.5")
        var request = FieldRequest(losses: losses, grid: grid, target: target, size: size.map { (w: $0[0], h: $0[1]) },
                                   range: range, resolution: resolution, convention: convention, overlay: overlay)
        request.marker = marker.map { (x: $0[0], y: $0[1]) }
        let figure = try request.figure(of: try request.report())
        return APIResponse(status: 200, contentType: format.mediaType, body: try CairoRenderer.render(figure, format: format, dpi: dpi))
    }

    /// The options of a regression: loss, start, target, iterations, optimiser, learning rate, gradient.
    struct RegressionOptions {
        var iterations: Int
        var optimiser: RegressionOptimiser
        var step: Double
        var convention: GradientConvention

        init(_ parameters: QueryParameters) throws(APIParameterError) {
            iterations = try parameters.integer("iterations", in: 1...ExplorerAPI.maximumIterations, default: 200)
            let optimiser: OptimiserName = try parameters.choice("optimiser", default: .sgd)
            self.optimiser = optimiser == .sgd ? .sgd : .adamDefault
            step = try parameters.number("lr", in: 1e-6...10, default: 0.1)
            convention = try parameters.choice("gradient", default: .autograd)
        }

        func run(_ loss: ConfiguredBoxLoss, from start: CentreFormBox, to target: CentreFormBox) throws -> RegressionTrajectory {
            guard loss.hasGradient(convention) else {
                throw APIParameterError("gradient", "is 'reference', which \(loss.name) does not have (only \(MissingReferenceGradient.lossesWithReferenceGradient))")
            }
            return try RegressionTrajectory(loss: loss, convention: convention, start: start, target: target,
                                            iterations: iterations, schedule: .constant(step), optimiser: optimiser)
        }
    }

    /// The names of `optimiser=`.
    enum OptimiserName: String, CaseIterable {
        case sgd, adam
    }

    /// The boxes of a regression (every iteration, the start first) and its l1 error after each update.
    func trajectory(_ parameters: QueryParameters) throws -> APIResponse {
        let loss = try parameters.boxLoss(named: try parameters.required("loss"), parameter: "loss")
        _ = try parameters.required("anchor")
        _ = try parameters.required("target")
        guard let anchor = try parameters.centreBox("anchor"), let target = try parameters.centreBox("target") else {
            throw APIParameterError("anchor", "is missing")
        }
        let run = try RegressionOptions(parameters).run(loss, from: anchor, to: target)
        return .json(.object([
            ("loss", .string(run.loss)),
            ("boxes", .array(run.snapshots.map { .numbers([$0.box.cx, $0.box.cy, $0.box.w, $0.box.h]) })),
            ("error", .numbers(run.error)),
        ]))
    }

    /// The explorer's current view (`ExplorerViewFigure`) drawn in `format`.
    func view(_ parameters: QueryParameters, format: OutputFormat) throws -> APIResponse {
        let losses = try boxLosses(parameters, "losses")
        let prediction = try parameters.cornerBox("pred")
        let target = try parameters.cornerBox("target")
        let convention: GradientConvention = try parameters.choice("gradient", default: .autograd)
        var trajectories: [RegressionTrajectory] = []
        if parameters.values["trajectory"] == "1" {
            let options = try RegressionOptions(parameters)
            let start = CentreFormBox(prediction), goal = CentreFormBox(target)
            trajectories = try losses.map { try options.run($0, from: start, to: goal) }
        }
        let figure = ExplorerViewFigure(target: target, prediction: prediction, losses: losses, convention: convention,
                                        trajectories: trajectories).figure()
        let body = try CairoRenderer.render(figure, format: format, dpi: try dpi(parameters))
        return APIResponse(status: 200, contentType: format.mediaType, body: body)
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}

extension OutputFormat {
    /// The media type of the format's files.
    var mediaType: String {
        switch self {
        case .png: return "image/png"
        case .svg: return "image/svg+xml"
        case .pdf: return "application/pdf"
        }
    }
}

