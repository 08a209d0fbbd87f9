import Foundation

/// A new, empty directory of its own under the system's temporary directory,
/// named `lossviz-<label>-<UUID>` so that tests running in parallel never share
/// one; the caller removes it (`defer { try? FileManager.default.removeItem(at: directory) }`).
public func temporaryDirectory(_ label: String = "test") throws -> URL {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("lossviz-\(label)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
}
