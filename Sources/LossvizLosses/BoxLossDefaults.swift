/// Defaults shared by the IoU-family losses.
public enum BoxLossDefaults {
    /// `eps = 1e-7`, torchvision's default, added where torchvision adds it
    /// (the union, the squared enclosing diagonal `c^2`, the enclosing area).
    public static let eps: Double = 1e-7
}
