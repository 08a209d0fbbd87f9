/// The panel of a figure being edited in place: what `Figure`'s subscripts and
/// `Figure.axes` yield, so `fig[0].line(...)` and `fig[0].xLabel = "x"` edit
/// the figure's own panel.
///
/// It is non-copyable on purpose. `Axes` is a value, so with a subscript of type
/// `Axes` the natural `var ax = fig[0]; ax.line(...)` edited a copy that was then
/// silently dropped. An editor cannot be copied out of the figure, so that line
/// no longer compiles ("'fig[0]' is borrowed and cannot be consumed") and every
/// edit lands: the mistake is a compile error, not a missing curve. (A reference
/// type with copy-on-write would have let `var ax = fig[0]` alias the figure and
/// any copy of it; `fig.edit(0) { ... }` would have changed every call site.)
/// To build a panel apart from a figure, make an `Axes` and store it in
/// `Figure.panels`.
///
/// The mark methods come from `PanelBuilding`; the properties of `Axes`
/// (`title`, `x`, `xLabel`, `marks`, ...) read and write through dynamic member
/// lookup, in place.
@dynamicMemberLookup
public struct PanelEditor: ~Copyable, PanelBuilding {
    /// The panel being edited.
    public var panel: Axes

    init(panel: Axes) {
        self.panel = panel
    }

    /// The property `keyPath` of the panel, read and written in place.
    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<Axes, Value>) -> Value {
        get { panel[keyPath: keyPath] }
        _modify { yield &panel[keyPath: keyPath] }
    }
}
