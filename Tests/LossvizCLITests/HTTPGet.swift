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
        let response = try raw(method: "GET", path: path, port: port, body: nil)
        return String(decoding: response.prefix { $0 != 13 }, as: UTF8.self)
    }

    /// One HTTP/1.1 exchange over a plain socket to `127.0.0.1:port`: the whole
    /// response (status line, headers, body), read up to its `Content-Length`
    /// or until the server closes. (chromedriver writes headers without a space
    /// after the colon, which FoundationNetworking's URLSession rejects with
    /// "Failed writing header", and keeps the connection open; so the WebDriver
    /// client talks through this.)
    static func raw(method: String, path: String, port: Int, body: Data?) throws -> Data {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.EIO) }
        defer { close(socket) }
        // No command may hang the test run: give up on a silent server after 90 s.
        var timeout = timeval(tv_sec: 90, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        var request = Data("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n".utf8)
        if let body {
            request.append(Data("Content-Type: application/json\r\nContent-Length: \(body.count)\r\n".utf8))
        }
        request.append(Data("\r\n".utf8))
        if let body { request.append(body) }
        var sent = 0
        while sent < request.count {
            let count = request.withUnsafeBytes { send(socket, $0.baseAddress! + sent, request.count - sent, 0) }
            guard count > 0 else { throw POSIXError(.EIO) }
            sent += count
        }
        var response = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !isComplete(response) {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            response.append(contentsOf: buffer.prefix(count))
        }
        return response
    }

    /// Whether `response` holds its headers and all of the body they announce.
    static func isComplete(_ response: Data) -> Bool {
        guard let end = response.range(of: Data("\r\n\r\n".utf8)) else { return false }
        let headers = String(decoding: response[..<end.lowerBound], as: UTF8.self).lowercased()
        guard let field = headers.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
              let length = Int(field.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) else { return false }
        return response.count - end.upperBound >= length
    }
}
