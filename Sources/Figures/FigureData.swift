import Foundation

/// Encodes a figure's numbers as JSON: keys sorted, pretty-printed, numbers in
/// shortest round-trip form, non-finite numbers as the strings "inf", "-inf", "nan".
public enum FigureData {
    /// The JSON text of `product`'s data.
    public static func json(of product: FigureProduct, figure name: String) throws(FigureError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        do {
            var data = try encoder.encode(product.data)
            data.append(0x0A)
            return data
        } catch {
            throw .data(figure: name, reason: "\(error)")
        }
    }
}
