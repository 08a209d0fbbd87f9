import Foundation
import LossvizIO
import LossvizSweep

/// What the explorer answers to one request: a status, a media type and the bytes.
public struct APIResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// The `Content-Type`.
    public var contentType: String
    /// The body.
    public var body: Data

    /// A response from its parts.
    public init(status: Int, contentType: String, body: Data) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }

    /// `200` with a JSON document.
    static func json(_ value: JSONValue) -> APIResponse {
        APIResponse(status: 200, contentType: "application/json", body: Data(value.text.utf8))
    }

    /// `status` with `{"error": message}`.
    static func error(_ status: Int, _ message: String) -> APIResponse {
        APIResponse(status: status, contentType: "application/json",
                    body: Data(JSONValue.object([("error", .string(message))]).text.utf8))
    }
}
