/// An sRGB colour with straight (not premultiplied) alpha, each channel in 0...1.
public struct Color: Hashable, Sendable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double
    /// Whether a theme leaves this colour alone (see `FigureStyle.themed`).
    public private(set) var isFixed = false

    /// A colour from its channels in 0...1 (values outside are clamped when drawn).
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// A colour from a 24-bit `0xRRGGBB` literal, e.g. `Color(hex: 0x1f77b4)`.
    public init(hex: UInt32, alpha: Double = 1) {
        red = Double((hex >> 16) & 0xff) / 255
        green = Double((hex >> 8) & 0xff) / 255
        blue = Double(hex & 0xff) / 255
        self.alpha = alpha
    }

    /// A grey level in 0 (black) ... 1 (white).
    public init(gray: Double, alpha: Double = 1) {
        self.init(red: gray, green: gray, blue: gray, alpha: alpha)
    }

    /// The same colour with its alpha replaced by `alpha`.
    public func withAlpha(_ alpha: Double) -> Color {
        var copy = self
        copy.alpha = alpha
        return copy
    }

    /// The same colour, exempt from the theme's re-mixing of greys: for ink
    /// that sits on a heatmap rather than on the page (white contours).
    public func fixed() -> Color {
        var copy = self
        copy.isFixed = true
        return copy
    }

    /// Relative luminance (ITU-R BT.709 weights on the sRGB values), used to pick
    /// black or white text over a colour.
    public var luminance: Double { 0.2126 * red + 0.7152 * green + 0.0722 * blue }

    /// The colour packed as `0xAARRGGBB` with straight alpha, channels rounded to 8 bits.
    public var argb32: UInt32 {
        func byte(_ v: Double) -> UInt32 { UInt32((min(max(v, 0), 1) * 255).rounded()) }
        return byte(alpha) << 24 | byte(red) << 16 | byte(green) << 8 | byte(blue)
    }

    public static let black = Color(gray: 0)
    public static let white = Color(gray: 1)
    public static let clear = Color(gray: 0, alpha: 0)
    /// Matplotlib's light grey for grid lines (`grid.color`, `#b0b0b0`).
    public static let gridGray = Color(hex: 0xb0b0b0)

    /// Matplotlib's default colour cycle "tab10" (Tableau 10, by Maureen Stone):
    /// blue, orange, green, red, purple, brown, pink, grey, olive, cyan.
    public static let tab10: [Color] = [
        0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
        0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf,
    ].map { Color(hex: $0) }

    /// The `index`-th colour of `tab10`, cycling.
    public static func cycle(_ index: Int) -> Color {
        tab10[((index % tab10.count) + tab10.count) % tab10.count]
    }

    public static let blue = tab10[0]
    public static let orange = tab10[1]
    public static let green = tab10[2]
    public static let red = tab10[3]
    public static let purple = tab10[4]
    public static let brown = tab10[5]
    public static let pink = tab10[6]
    public static let gray = tab10[7]
    public static let olive = tab10[8]
    public static let cyan = tab10[9]
}
