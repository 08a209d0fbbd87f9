import Foundation

/// Calls `body` with the raw bytes of `bytes`, keeping `body`'s typed error
/// (the standard `withUnsafeBytes` rethrows it as `any Error`).
func withRawBytes(of bytes: some ContiguousBytes, _ body: (UnsafeRawBufferPointer) throws(OutputError) -> Void) throws(OutputError) {
    var failure: OutputError?
    bytes.withUnsafeBytes { raw in
        do throws(OutputError) { try body(raw) } catch { failure = error }
    }
    if let failure { throw failure }
}
