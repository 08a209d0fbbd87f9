/// A box's width and height, as `--size w,h` gives it.
struct BoxSize: Sendable {
    var w: Double
    var h: Double
}
