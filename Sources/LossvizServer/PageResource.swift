import Foundation

/// One file of the explorer's page, shipped as a package resource (`Page/`).
/// Only these names are served; any other path, such as `/../Package.swift`,
/// is not a page (404), so no file outside the bundle can be read.
struct PageResource {
    /// The file name inside `Page/`.
    var name: String
    /// Its media type.
    var contentType: String

    /// A page file and its media type.
    init(name: String, contentType: String) {
        self.name = name
        self.contentType = contentType
    }

    /// The page files by URL path.
    static let files: [String: PageResource] = [
        "/": PageResource(name: "index.html", contentType: "text/html; charset=utf-8"),
        "/index.html": PageResource(name: "index.html", contentType: "text/html; charset=utf-8"),
        "/explorer.js": PageResource(name: "explorer.js", contentType: "text/javascript; charset=utf-8"),
        "/explorer.css": PageResource(name: "explorer.css", contentType: "text/css; charset=utf-8"),
    ]

    /// The page file served at `path`, nil if there is none.
    init?(path: String) {
        guard let file = Self.files[path] else { return nil }
        self = file
    }

    /// `200` with the file's bytes.
    func response() throws -> APIResponse {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Page") else {
            return .error(500, "the page file \(name) is missing from the lossviz resources")
        }
        return APIResponse(status: 200, contentType: contentType, body: try Data(contentsOf: url))
    }
}
