import ArgumentParser

/// Refuses `--data` documents too large to be what the user meant (a 9-loss
/// `field --resolution 1001` wrote 1.12 GB of JSON), before anything is
/// computed; `--force` writes them anyway.
///
/// The size is estimated from the count of numbers the document holds, at
/// `bytesPerNumber` each. A double in its shortest round-trip form with its
/// separator takes at most 25 bytes ("-2.2250738585072014e-308,"); lossviz's
/// documents measured 15.0 bytes per number (nine losses, `field
/// --resolution 201`: 38,115,020 bytes for 2,545,263 grid numbers) and 17.7
/// (the same at resolution 1001: 1.12 GB for 63.1 million), so 18 is used.
enum OutputSizeGuard {
    /// The largest estimated document written without `--force`: 256 MiB.
    static let limit = 256 << 20
    static let limitDescription = "256 MiB"
    static let bytesPerNumber = 18

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
