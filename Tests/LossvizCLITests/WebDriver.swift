import Foundation

/// A headless Chromium driven over the W3C WebDriver protocol by Debian's
/// `chromedriver` (started on a free loopback port), for the explorer's
/// browser tests. Without `chromium` and `chromedriver` it fails saying what to install.
final class WebDriver {
    let driver = Process()
    let base: URL
    let session: String

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// What the tests need installed.
    static let installHint = "the browser tests need Chromium and its WebDriver: apt-get install chromium chromium-driver"

    /// An executable `name` on the PATH (or in /usr/bin), nil if there is none.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return (path.split(separator: ":").map(String.init) + ["/usr/bin"]).map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A free TCP port on the loopback interface.
    static func freePort() throws -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(socket, pointer, length) == 0 && getsockname(socket, pointer, &length) == 0
            }
        }
        guard bound else { throw Failure(description: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Starts chromedriver and a headless Chromium session of `width` x `height` pixels.
    init(width: Int = 1300, height: Int = 1500) async throws {
        guard let chromedriver = Self.executable("chromedriver"), let chromium = Self.executable("chromium") else {
            throw Failure(description: Self.installHint + " (chromium or chromedriver was not found on the PATH)")
        }
        let port = try Self.freePort()
        driver.executableURL = URL(fileURLWithPath: chromedriver)
        driver.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        base = URL(string: "http://127.0.0.1:\(port)/")!
        var lastError: (any Error)?
        for _ in 0 ..< 100 {
            do {
                _ = try await Self.call(base, "GET", "status", nil)
                lastError = nil
                break
            } catch {
                lastError = error
                try await Task.sleep(nanoseconds: 100_000_000)
            }
        }
        if let lastError {
            kill(driver.processIdentifier, SIGKILL)
            throw Failure(description: "chromedriver did not answer on port \(port) (\(lastError)); " + Self.installHint)
        }
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": [
            "browserName": "chrome",
            "goog:chromeOptions": [
                "binary": chromium,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--window-size=\(width),\(height)", "--hide-scrollbars", "--force-device-scale-factor=1",
                         "--disable-crash-reporter", "--disable-breakpad"],
            ],
        ]]]
        do {
            let answer = try await Self.call(base, "POST", "session", capabilities) as? [String: Any]
            guard let id = answer?["sessionId"] as? String else { throw Failure(description: "no session id in \(String(describing: answer))") }
            session = id
        } catch {
            kill(driver.processIdentifier, SIGKILL)
            throw Failure(description: "chromedriver could not start Chromium: \(error); " + Self.installHint)
        }
    }

    /// Ends the session and chromedriver (its `/shutdown` command also ends the
    /// browser it started; a signal alone leaves them running).
    func quit() async {
        _ = try? await Self.call(base, "DELETE", "session/\(session)", nil)
        _ = try? await Self.call(base, "GET", "shutdown", nil)
        kill(driver.processIdentifier, SIGKILL)
        driver.waitUntilExit()
    }

    /// One WebDriver command; its `value`.
    static func call(_ base: URL, _ method: String, _ path: String, _ body: [String: Any]?) async throws -> Any? {
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        let response = try HTTPGet.raw(method: method, path: "/" + path, port: base.port ?? 0, body: payload)
        guard let split = response.range(of: Data("\r\n\r\n".utf8)) else {
            throw Failure(description: "WebDriver \(method) \(path): no answer")
        }
        let statusLine = String(decoding: response[..<split.lowerBound].prefix { $0 != 13 }, as: UTF8.self)
        let data = response[split.upperBound...]
        let object = (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) as? [String: Any]
        let value = object?["value"]
        guard statusLine.contains(" 200") else {
            let message = (value as? [String: Any])?["message"] as? String ?? String(decoding: data, as: UTF8.self)
            throw Failure(description: "WebDriver \(method) \(path): \(message)")
        }
        return value
    }

    func command(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> Any? {
        try await Self.call(base, method, "session/\(session)/\(path)", body)
    }

    /// Loads `url`.
    func open(_ url: URL) async throws {
        _ = try await command("POST", "url", ["url": url.absoluteString])
    }

    /// Runs `script` (a function body; `arguments[0]` ... are `arguments`) and returns its result.
    func run(_ script: String, _ arguments: [Any] = []) async throws -> Any? {
        try await command("POST", "execute/sync", ["script": script, "args": arguments])
    }

    /// Runs an async `script` that calls `arguments[arguments.length - 1]` with its result.
    func runAsync(_ script: String) async throws -> Any? {
        try await command("POST", "execute/async", ["script": script, "args": []])
    }

    /// Waits until `condition` (a JavaScript expression) is true, up to `seconds`.
    func wait(for condition: String, seconds: Double = 20) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try await run("return !!(\(condition));") as? Bool == true { return }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        throw Failure(description: "timed out after \(seconds) s waiting for \(condition)")
    }

    /// A pointer drag through `points` (viewport pixels), `stepMilliseconds` per move,
    /// with a mouse or a finger (`pointerType` "mouse" or "touch").
    func drag(_ points: [(x: Double, y: Double)], pointerType: String = "mouse", stepMilliseconds: Int = 16) async throws {
        guard let first = points.first else { return }
        var actions: [[String: Any]] = [
            ["type": "pointerMove", "duration": 0, "x": Int(first.x.rounded()), "y": Int(first.y.rounded()), "origin": "viewport"],
            ["type": "pointerDown", "button": 0],
        ]
        for point in points.dropFirst() {
            actions.append(["type": "pointerMove", "duration": stepMilliseconds, "x": Int(point.x.rounded()),
                            "y": Int(point.y.rounded()), "origin": "viewport"])
        }
        actions.append(["type": "pointerUp", "button": 0])
        _ = try await command("POST", "actions", ["actions": [[
            "type": "pointer", "id": pointerType == "touch" ? "finger" : "mouse",
            "parameters": ["pointerType": pointerType], "actions": actions,
        ]]])
        _ = try await command("DELETE", "actions")
    }

    /// Clicks the element matched by `selector`.
    func click(_ selector: String) async throws {
        let found = try await command("POST", "element", ["using": "css selector", "value": selector]) as? [String: Any]
        guard let element = found?.values.first as? String else { throw Failure(description: "no element \(selector)") }
        _ = try await command("POST", "element/\(element)/click", [:])
    }

    /// A PNG screenshot of the viewport.
    func screenshot() async throws -> Data {
        guard let text = try await command("GET", "screenshot") as? String, let data = Data(base64Encoded: text) else {
            throw Failure(description: "no screenshot")
        }
        return data
    }
}
