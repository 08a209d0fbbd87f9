import Dispatch
import FlyingFox
import FlyingSocks
import Foundation

/// `lossviz serve`: the explorer's page and `ExplorerAPI` over HTTP (FlyingFox),
/// on one address. The work of a request (fields, regressions, drawing) runs on
/// Dispatch's global queue so the server keeps accepting connections meanwhile.
public struct ExplorerServer: Sendable {
    /// The address to bind: an IPv4 or IPv6 literal, or `localhost`.
    public var host: String
    /// The port; 0 lets the system pick a free one (printed when ready).
    public var port: UInt16
    /// The routes.
    public var api = ExplorerAPI()

    /// A server for `host:port`.
    public init(host: String, port: UInt16) {
        self.host = host
        self.port = port
    }

    /// Why the server cannot run.
    public enum Failure: Error, CustomStringConvertible {
        /// `host` is not an IP address.
        case badHost(String)
        /// Binding or listening failed (the port is in use, the address is not local, ...).
        case cannotListen(address: String, reason: String)

        /// One line for standard error.
        public var description: String {
            switch self {
            case let .badHost(host):
                return "--host '\(host)' is not an IP address; give e.g. 127.0.0.1, ::1 or 0.0.0.0"
            case let .cannotListen(address, reason):
                return "cannot listen on \(address): \(reason)"
            }
        }
    }

    /// The socket address of `host:port`.
    func socketAddress() throws(Failure) -> any SocketAddress {
        let literal = host == "localhost" ? "127.0.0.1" : host
        if let address = try? sockaddr_in.inet(ip4: literal, port: port) { return address }
        if let address = try? sockaddr_in6.inet6(ip6: literal, port: port) { return address }
        throw .badHost(host)
    }

    /// Serves until `stop` is signalled (e.g. on SIGINT), calling `ready` with the
    /// page's URL once the socket listens.
    /// - Throws: `Failure` when the address is not usable or the port is taken.
    public func run(until stop: ShutdownSignal, ready: @escaping @Sendable (String) -> Void) async throws {
        let address = try socketAddress()
        let server = HTTPServer(address: address, timeout: 30, logger: .disabled, handler: Handler(api: api))
        let label = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        let stopping = StoppingFlag()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    try await server.run()
                } catch {
                    // Closing the socket on shutdown ends `run` with an error too.
                    guard !stopping.isSet else { return }
                    throw Failure.cannotListen(address: label, reason: (error as? SocketError).map(Self.reason) ?? "\(error)")
                }
            }
            group.addTask {
                try await server.waitUntilListening(timeout: 30)
                let port: UInt16
                switch await server.listeningAddress {
                case let .ip4(_, listening), let .ip6(_, listening): port = listening
                default: port = self.port
                }
                let shown = host.contains(":") ? "[\(host)]" : host
                ready("http://\(shown):\(port)/")
                await stop.wait()
                stopping.set()
                await server.stop(timeout: 2)
            }
            try await group.next()
            try await group.next()
        }
    }

    /// A readable reason for a socket error (`errno`'s text when there is one).
    static func reason(_ error: SocketError) -> String {
        if case let .failed(_, errno, _) = error, let text = strerror(errno) { return String(cString: text) }
        return "\(error)"
    }

    /// Set once shutdown has begun. `@unchecked Sendable`: the flag is only
    /// read and written under its lock.
    final class StoppingFlag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false

        func set() { lock.withLock { value = true } }
        var isSet: Bool { lock.withLock { value } }
    }

    /// Answers every request from `ExplorerAPI`.
    struct Handler: HTTPHandler {
        let api: ExplorerAPI

        func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
            guard request.method == .GET || request.method == .HEAD else {
                return Self.http(APIResponse.error(405, "only GET is served"))
            }
            let path = request.path
            let query = request.query.map { (name: $0.name, value: $0.value) }
            let api = self.api
            let response = await withCheckedContinuation { continuation in
                DispatchQueue.global().async { continuation.resume(returning: api.respond(path: path, query: query)) }
            }
            return Self.http(response)
        }

        static func http(_ response: APIResponse) -> HTTPResponse {
            HTTPResponse(statusCode: HTTPStatusCode(response.status, phrase: Self.phrase(response.status)),
                         headers: [.contentType: response.contentType, HTTPHeader("Cache-Control"): "no-store"],
                         body: response.body)
        }

        static func phrase(_ status: Int) -> String {
            switch status {
            case 200: return "OK"
            case 400: return "Bad Request"
            case 404: return "Not Found"
            case 405: return "Method Not Allowed"
            default: return "Internal Server Error"
            }
        }
    }
}
