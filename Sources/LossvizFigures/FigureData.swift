import Foundation
import LossvizIO

/// Encodes a figure's numbers as JSON through LossvizIO's one JSON writer:
/// keys sorted, indented, numbers in shortest round-trip form, non-finite
/// numbers as the strings "inf", "-inf", "nan".
public enum FigureData {
    /// The JSON text of `product`'s data.
    public static func json(of product: FigureProduct, figure name: String) throws(FigureError) -> Data {
        do {
            return Data(try JSONValue(encoding: product.data).prettyText.utf8)
        } catch {
            throw .data(figure: name, reason: "\(error)")
        }
    }
}
