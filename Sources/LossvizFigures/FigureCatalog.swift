/// Every figure lossviz draws (docs/figures.md), in gallery order.
public enum FigureCatalog {
    /// The recipes, in catalogue order.
    public static let all: [any FigureRecipe] = [
        RegressionLossesFigure(),
        FocalLossFigure(),
        IoUSameValueFigure(),
        UnitBoxFigure(),
        L2VersusIoUFigure(),
        IoUVersusGIoUFigure(),
        GIoUDegeneratesFigure(),
        GIoUVsDIoURegressionFigure(),
        DIoUTermsFigure(),
        AspectTermFigure(),
        CIoUAspectDriftFigure(),
        EIoUVsGIoUCIoUFigure(),
        FocalL1Figure(),
        FocalEIoUFigure(),
        SeesawFigure(),
        DIoUNMSFigure(),
        SimulationErrorFigure(),
        SimulationFinalErrorFigure(),
        SimulationGradientConventionsFigure(),
        LossFieldsFigure(),
        ShapeFieldsFigure(),
        IoUGIoUAlgorithmFigure(),
        GIoULossAlgorithmFigure(),
        SimulationSetupFigure(),
    ]

    /// The figure names, in catalogue order.
    public static var names: [String] { all.map(\.name) }

    /// The recipe called `name`.
    public static func recipe(named name: String) throws(FigureError) -> any FigureRecipe {
        guard let recipe = all.first(where: { $0.name == name }) else {
            throw .unknownFigure(name, known: names)
        }
        return recipe
    }
}
