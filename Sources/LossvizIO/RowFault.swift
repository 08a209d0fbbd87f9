/// Why one row cannot be evaluated: the input (index into the layout's inputs) and the reason.
struct RowFault: Error {
    var input: Int
    var reason: String
}

extension RowFault {
    /// Why a row whose result is NaN is rejected.
    static let nanReason = "with the other values of its row gives a loss or derivative that is not a number (NaN) "
        + "in double precision (values too far apart in magnitude); the row is rejected rather than written as nan"

    /// Throws when the results hold a NaN, unless the loss is infinite (then
    /// its derivative is undefined and written nan, as documented): a NaN from
    /// finite inputs is rejected, naming the input of largest magnitude.
    static func checkFinite(_ outputs: UnsafeMutablePointer<Double>, count: Int, inputs: UnsafeMutablePointer<Double>,
                            inputCount: Int, offset: Int = 0) throws(RowFault) {
        guard !outputs[0].isInfinite else { return }
        for index in 0..<count where outputs[index].isNaN {
            var largest = 0
            for input in 0..<inputCount where abs(inputs[input]) > abs(inputs[largest]) { largest = input }
            throw RowFault(input: largest + offset, reason: nanReason)
        }
    }
}
