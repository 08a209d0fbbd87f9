/// How an axis places its ticks when `Axis.ticks` does not fix them: the
/// locator plugged into the axis, as matplotlib's `axis.set_major_locator`,
/// so that the positions follow the limits the axis ends up with instead of
/// being precomputed by the caller.
public enum AxisLocator: Hashable, Sendable {
    /// matplotlib's defaults: `MaxNLocator` steps on a linear axis
    /// (`TickLocator.linearTicks`), `LogLocator` decades on a log axis.
    case automatic
    /// Powers of two labelled as integers and unit fractions (`1/4, 1/2, 1, 2, 4`),
    /// for log axes of ratios such as scale and aspect (`PowerOfTwoLocator`).
    case powersOfTwo
}
