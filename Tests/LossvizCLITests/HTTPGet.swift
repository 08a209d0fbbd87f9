import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// GET requests for the server tests.
enum HTTPGet {
    struct Answer {
        var status: Int
        var contentType: String
        var body: Data

        /// The body as a JSON object.
        var object: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }

        /// The numbers of member `key` (a number or an array of numbers), read
        /// from the text with `Double(_:)`: Foundation's JSON parser on Linux
        /// may round the last digit of a shortest round-trip number.
        func numbers(_ key: String) -> [Double] {
            let text = String(decoding: body, as: UTF8.self)
            guard let start = text.range(of: "\"\(key)\":") else { return [] }
            let rest = text[start.upperBound...]
            let end = rest.hasPrefix("[") ? rest.firstIndex(of: "]") : rest.firstIndex { $0 == "," || $0 == "}" }
            return rest[..<(end ?? rest.endIndex)].split { "[], ".contains($0) }.compactMap { Double(String($0)) }
        }
    }

    /// The answer to `GET url`.
    static func get(_ url: URL) async throws -> Answer {
        var request = URLRequest(url: url)
        request.timeoutInterval = 120
        let (body, response) = try await URLSession.shared.data(for: request)
        let http = response as? HTTPURLResponse
        return Answer(status: http?.statusCode ?? 0, contentType: http?.value(forHTTPHeaderField: "Content-Type") ?? "", body: body)
    }

    /// Sends `GET path` as written (no normalisation of `..`) over a plain socket
    /// to `127.0.0.1:port` and returns the status line.
    static func rawStatusLine(path: String, port: Int) throws -> String {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.EIO) }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(socket, $0, strlen($0), 0) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(socket, &buffer, buffer.count, 0)
        let text = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self)
        return String(text.split(separator: "\r\n").first ?? "")
    }
}
