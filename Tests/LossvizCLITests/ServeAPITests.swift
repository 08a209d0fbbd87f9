import Foundation
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `lossviz serve`'s JSON API over HTTP: the contract of docs/cli.md, bad parameters
/// (400 naming them), bounded sizes, no file outside the page, concurrency,
/// shutdown on SIGINT and a port in use.
@Suite struct ServeAPITests {
    @Test func evalAnswersWhatLossvizEvalComputes() async throws {
        let server = try ServeProcess()
        let answer = try await HTTPGet.get(server.url("/api/eval?loss=giou&pred=0,0,2,2&target=1,1,3,3"))
        #expect(answer.status == 200 && answer.contentType == "application/json")
        let loss = answer.numbers("loss"), gradient = answer.numbers("gradient")
        let cli = try LossvizBinary.run(["eval", "giou"], input: "px1,py1,px2,py2,tx1,ty1,tx2,ty2\n0,0,2,2,1,1,3,3\n")
        let expected = cli.standardOutput.split(separator: "\n")[1].split(separator: ",").compactMap { Double(String($0)) }
        #expect(loss + gradient == expected)
        // A loss option and the reference convention.
        let alpha = try await HTTPGet.get(server.url("/api/eval?loss=alpha-iou&a=2&pred=0,0,2,2&target=1,1,3,3"))
        #expect(alpha.status == 200 && alpha.object["loss"] as? Double != nil)
        let reference = try await HTTPGet.get(server.url("/api/eval?loss=diou&gradient=reference&pred=0,0,2,2&target=1,1,3,3"))
        #expect(reference.status == 200)
        #expect(server.interrupt().status == 0)
    }

    @Test func lossesFieldAndTrajectoryKeepTheirContract() async throws {
        let server = try ServeProcess()
        let losses = try await HTTPGet.get(server.url("/api/losses"))
        let list = try #require(try JSONSerialization.jsonObject(with: losses.body) as? [[String: Any]])
        #expect(list.contains { $0["name"] as? String == "ciou" && $0["kind"] as? String == "box" && $0["parameters"] is [String: Any] })
        let png = try await HTTPGet.get(server.url("/api/field.png?losses=iou,giou&over=offset&target=0,0,1,1&size=1.5,0.75&resolution=21"))
        #expect(png.status == 200 && png.contentType == "image/png" && png.body.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let svg = try await HTTPGet.get(server.url("/api/field.svg?losses=ciou&over=scale-aspect&resolution=21"))
        #expect(svg.status == 200 && String(decoding: svg.body, as: UTF8.self).contains("<svg"))
        let run = try await HTTPGet.get(server.url("/api/trajectory?loss=diou&anchor=7,7,2,2&target=10,10,1,1&iterations=50&optimiser=adam"))
        let boxes = try #require(run.object["boxes"] as? [[Double]]), error = try #require(run.object["error"] as? [Double])
        #expect(boxes.count == 51 && boxes[0] == [7, 7, 2, 2] && error.count == 50)
        _ = server.interrupt()
    }

    @Test func badParametersGet400NamingThem() async throws {
        let server = try ServeProcess()
        let cases: [(path: String, parameter: String)] = [
            ("/api/eval?pred=0,0,1,1&target=0,0,1,1", "loss"),
            ("/api/eval?loss=nope&pred=0,0,1,1&target=0,0,1,1", "loss"),
            ("/api/eval?loss=giou&pred=0,0,1&target=0,0,1,1", "pred"),
            ("/api/eval?loss=giou&pred=1,0,0,1&target=0,0,1,1", "pred"),
            ("/api/eval?loss=giou&pred=0,0,1,1&target=0,0,nan,1", "target"),
            ("/api/eval?loss=eiou&gradient=reference&pred=0,0,1,1&target=0,0,1,1", "gradient"),
            ("/api/eval?loss=alpha-iou&a=x&pred=0,0,1,1&target=0,0,1,1", "a"),
            ("/api/field.png?losses=giou&resolution=1001", "resolution"),
            ("/api/field.png?losses=giou&over=sideways", "over"),
            ("/api/field.png?losses=l1", "losses"),
            ("/api/field.png?losses=giou&range=3:-3", "range"),
            ("/api/trajectory?loss=diou&anchor=0,0,1,1&target=1,1,1,1&iterations=10001", "iterations"),
            ("/api/trajectory?loss=diou&anchor=0,0,-1,1&target=1,1,1,1", "anchor"),
            ("/api/trajectory?loss=diou&anchor=0,0,1,1&target=1,1,1,1&optimiser=rmsprop", "optimiser"),
        ]
        for (path, parameter) in cases {
            let answer = try await HTTPGet.get(server.url(path))
            #expect(answer.status == 400, "\(path)")
            let message = answer.object["error"] as? String ?? ""
            #expect(message.contains("'\(parameter)'"), "\(path): \(message)")
        }
        // Still serving after all that.
        #expect(try await HTTPGet.get(server.url("/api/losses")).status == 200)
        _ = server.interrupt()
    }

    @Test func onlyThePageFilesAreServed() async throws {
        let server = try ServeProcess()
        let port = try #require(server.url.port)
        for path in ["/../Package.swift", "/../../etc/passwd", "/Page/index.html", "/%2e%2e/Package.swift", "/explorer.js/../../Package.swift"] {
            #expect(try HTTPGet.rawStatusLine(path: path, port: port).contains("404"), "\(path)")
        }
        for path in ["/", "/explorer.js", "/explorer.css"] {
            #expect(try await HTTPGet.get(server.url(path)).status == 200, "\(path)")
        }
        _ = server.interrupt()
    }

    @Test func sixtyFourConcurrentRequestsAreAnsweredCorrectly() async throws {
        let server = try ServeProcess()
        func path(_ i: Int) -> String {
            i % 4 == 3 ? "/api/field.png?losses=giou,diou&resolution=\(11 + i % 8)"
                : "/api/eval?loss=ciou&pred=0,0,\(1 + Double(i) / 10),2&target=0.5,0.5,2,2"
        }
        var serial: [Int: Data] = [:]
        for i in 0 ..< 64 { serial[i] = try await HTTPGet.get(server.url(path(i))).body }
        let urls = (0 ..< 64).map { server.url(path($0)) }
        let concurrent = try await withThrowingTaskGroup(of: (Int, HTTPGet.Answer).self) { group in
            for (i, url) in urls.enumerated() { group.addTask { (i, try await HTTPGet.get(url)) } }
            var answers: [Int: HTTPGet.Answer] = [:]
            for try await (i, answer) in group { answers[i] = answer }
            return answers
        }
        #expect(concurrent.count == 64)
        for i in 0 ..< 64 {
            #expect(concurrent[i]?.status == 200, "\(path(i))")
            #expect(concurrent[i]?.body == serial[i], "\(path(i)) answered differently when concurrent")
        }
        #expect(server.interrupt().status == 0)
    }

    @Test func sigintStopsCleanlyAndABusyPortIsOneLineAndExit1() async throws {
        let server = try ServeProcess()
        let port = try #require(server.url.port)
        let busy = try LossvizBinary.run(["serve", "--port", "\(port)"])
        #expect(busy.status == 1)
        #expect(busy.standardError.split(separator: "\n").count == 1)
        #expect(busy.standardError.contains("\(port)") && busy.standardError.lowercased().contains("in use"), "\(busy.standardError)")
        let stopped = server.interrupt()
        #expect(stopped.status == 0, "\(stopped.standardError)")
        let badHost = try LossvizBinary.run(["serve", "--host", "example.org", "--port", "0"])
        #expect(badHost.status == 64 && badHost.standardError.contains("--host"))
    }
}
