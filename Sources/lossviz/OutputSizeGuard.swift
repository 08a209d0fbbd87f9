import ArgumentParser

/// Refuses `--data` documents too large to be what the user meant (a 9-loss
/// `field --resolution 1001` wrote 1.12 GB of JSON), before anything is
/// computed; `--force` writes them anyway.
///
/// The size is estimated from the count of numbers the document holds, at
/// `bytesPerNumber` each: a double in its shortest round-trip form followed by
/// `", "` takes at most 26 bytes ("-2.2250738585072014e-308, "), and grids of
/// computed losses and gradients mostly need all 17 significant digits,
/// about 22 bytes ("0.34412845563917254, ").
enum OutputSizeGuard {
    /// The largest estimated document written without `--force`: 256 MiB.
    static let limit = 256 << 20
    static let limitDescription = "256 MiB"
    static let bytesPerNumber = 22

    /// Throws a usage error naming `--force` when `numbers` numbers would take
    /// more than `limit` bytes.
    static func check(numbers: Int) throws {
        let (estimate, overflow) = numbers.multipliedReportingOverflow(by: bytesPerNumber)
        guard overflow || estimate > limit else { return }
        let megabytes = overflow ? "more than 9e12" : String(estimate >> 20)
        throw ValidationError(
            "--data would be about \(megabytes) MiB of JSON (more than \(limitDescription)); "
                + "lower the sizes or pass --force to write it anyway")
    }
}
