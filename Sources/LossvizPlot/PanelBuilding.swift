/// Something that builds one panel in place: `Axes` itself, and the
/// `PanelEditor` a figure's subscript yields. The mark methods (`line`,
/// `heatmap`, `legend`, ...) are written once, on this protocol, for both.
public protocol PanelBuilding: ~Copyable {
    /// The panel being built.
    var panel: Axes { get set }
}
