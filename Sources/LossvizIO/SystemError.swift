#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system's words for an `errno` value, e.g. "No space left on device".
func systemReason(_ code: Int32 = errno) -> String {
    String(cString: strerror(code))
}

/// Writes every byte of `bytes` to `descriptor`, retrying after interruptions
/// and partial writes; returns the `errno` of a failure, nil on success.
func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
    guard var base = bytes.baseAddress else { return nil }
    var remaining = bytes.count
    while remaining > 0 {
        let written = write(descriptor, base, remaining)
        if written < 0 {
            if errno == EINTR { continue }
            return errno
        }
        base += written
        remaining -= written
    }
    return nil
}
