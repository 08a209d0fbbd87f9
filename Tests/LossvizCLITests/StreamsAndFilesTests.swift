import Foundation
import LossvizTestSupport
import Testing

/// Issue 11's reproducers that need a real process: standard streams that are
/// closed or full, multi-file writes, devices, links, permissions, signals,
/// directories as input, and sizes that used to exhaust memory. Each is run
/// as a shell would run it (`sh -c`, the binary in `$L`).
@Suite struct StreamsAndFilesTests {
    struct Shell {
        var status: Int32
        var standardError: String
    }

    /// Runs `script` with `sh -c` in `directory`, `$L` naming the lossviz binary.
    static func shell(_ script: String, in directory: URL? = nil) throws -> Shell {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.environment = ProcessInfo.processInfo.environment.merging(["L": try LossvizBinary.location().path]) { $1 }
        if let directory { process.currentDirectoryURL = directory }
        let stderr = Pipe()
        process.standardError = stderr
        try process.run()
        let errorData = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Shell(status: process.terminationStatus, standardError: String(decoding: errorData, as: UTF8.self))
    }

    /// One line on standard error, exit status 1.
    static func expectOneLineFailure(_ run: Shell, containing text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.status == 1, "\(run.status): \(run.standardError)", sourceLocation: sourceLocation)
        #expect(run.standardError.split(separator: "\n").count == 1, "\(run.standardError)", sourceLocation: sourceLocation)
        #expect(run.standardError.contains(text), "\(run.standardError)", sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        "printf 'x\\n1\\n' | $L eval l1 > /dev/full",
        "$L list losses > /dev/full",
        "$L curve l1 --samples 3 --data - > /dev/full",
        "$L field giou --over offset --resolution 3 --data - > /dev/full",
        "$L figure giou-degenerates --data - > /dev/full",
        "$L simulate --points 1 --iterations 2 --losses iou --data - > /dev/full",
        "$L eval --help > /dev/full",
    ])
    func aFullStandardOutputIsAnError(script: String) throws {
        Self.expectOneLineFailure(try Self.shell(script), containing: "cannot write standard output: No space left on device")
    }

    @Test func closedStreamsAreErrors() throws {
        Self.expectOneLineFailure(try Self.shell("$L eval l1 <&-"), containing: "cannot read standard input: it is closed")
        Self.expectOneLineFailure(try Self.shell("$L curve l1 --samples 3 --data - >&-"), containing: "cannot write standard output: it is closed")
    }

    @Test func aFailedSecondFileReplacesTheFirstNot() throws {
        let directory = try temporaryDirectory("io-cli")
        defer { try? FileManager.default.removeItem(at: directory) }
        for command in ["figure seesaw", "simulate --points 1 --iterations 2 --losses iou"] {
            let run = try Self.shell("echo OLD > out.svg; mkdir -p d.json; $L \(command) --output out.svg --data d.json", in: directory)
            Self.expectOneLineFailure(run, containing: "d.json': it is a directory")
            #expect(try String(contentsOf: directory.appendingPathComponent("out.svg"), encoding: .utf8) == "OLD\n")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["d.json", "out.svg"])
    }

    @Test func devicesLinksAndPermissionsSurvive() throws {
        let directory = try temporaryDirectory("io-cli")
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try Self.shell("""
            printf 'x\\n1\\n' > ok.csv && echo OLD > target.csv && ln -s target.csv link.csv && echo OLD > private.csv && chmod 600 private.csv &&
            $L eval l1 --input ok.csv --output link.csv && $L eval l1 --input ok.csv --output private.csv &&
            { ! mknod dev.csv c 1 3 2>/dev/null || { $L eval l1 --input ok.csv --output dev.csv && test -c dev.csv; }; } &&
            test -L link.csv && test "$(cat target.csv)" = "$(printf 'loss,d_x\\n1.0,1.0')" && test "$(stat -c %a private.csv)" = 600
            """, in: directory)
        #expect(run.status == 0, "\(run.standardError)")
    }

    @Test(arguments: ["TERM", "INT"])
    func aSignalRemovesTheTemporaryFile(signal: String) throws {
        let directory = try temporaryDirectory("io-cli")
        defer { try? FileManager.default.removeItem(at: directory) }
        // eval has written its temporary file while it waits for more input; the signal ends it.
        let run = try Self.shell("""
            mkfifo in.csv; { printf 'x\\n'; seq 1 20000; sleep 30; } > in.csv & feeder=$!
            $L eval l1 --input in.csv --output out.csv & pid=$!
            for i in $(seq 100); do ls -a | grep -q '\\.tmp$' && break; sleep 0.1; done
            ls -a | grep -q '\\.tmp$' || { echo 'no temporary file' >&2; kill $pid $feeder; exit 3; }
            kill -\(signal) $pid; wait $pid; status=$?; kill $feeder
            ls -a | grep -q '\\.tmp$' && { echo 'temporary file left' >&2; exit 4; }
            test ! -e out.csv && test $status -ge 128 && echo "status $status" >&2
            """, in: directory)
        #expect(run.status == 0, "\(run.standardError)")
    }

    @Test func aDirectoryAsInputIsOneClearLine() throws {
        Self.expectOneLineFailure(try Self.shell("$L eval l1 --input /tmp"), containing: "cannot read '/tmp': it is a directory, not a CSV file")
    }

    @Test func sizesThatExhaustedMemoryAreRefused() throws {
        let directory = try temporaryDirectory("io-cli")
        defer { try? FileManager.default.removeItem(at: directory) }
        let classes = try Self.shell("$L curve ce --classes 2000000000 --samples 2 --data c.json", in: directory)
        #expect(classes.status == 64 && classes.standardError == "lossviz: error: --classes is 2000000000; it must be at most 100000\n")
        Self.expectOneLineFailure(try Self.shell("{ echo x,y; seq 1 100001 | sed 's/$/,1/'; } > a.csv; $L simulate --anchors a.csv --data s.json", in: directory),
                                  containing: "a.csv, line 100002: more than 100000 anchor centres")
        Self.expectOneLineFailure(try Self.shell("printf 'x,y\\n0,1e200\\n' > a.csv; $L simulate --anchors a.csv --data s.json", in: directory),
                                  containing: "a.csv, line 2, column 2 (y): '1e200'")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["a.csv"])
    }

    @Test func aHugeFieldIsNotEchoed() throws {
        let run = try Self.shell("{ echo x; head -c 5000000 /dev/zero | tr '\\0' 7; echo z; } | $L eval l1")
        Self.expectOneLineFailure(run, containing: "(5000001 bytes) is not a number")
        #expect(run.standardError.count < 300)
    }

    @Test func badRowsAreNamedNotDroppedOrSplit() throws {
        Self.expectOneLineFailure(try Self.shell("printf 'logit,target\\n0,1\\n,\\n0,0\\n' | $L eval bce"), containing: "line 3, column 1 (logit): '' is not a number")
        Self.expectOneLineFailure(try Self.shell("printf 'x\\n1\\0abc\\n' | $L eval l1"), containing: "standard input, line 2, column 1: a NUL byte")
        Self.expectOneLineFailure(try Self.shell("printf 'x\\n1\\v2\\n3\\n' | $L eval l1"), containing: "line 2, column 1 (x): '1\\u{B}2' is not a number")
        Self.expectOneLineFailure(try Self.shell("printf 'x\\n1\\n\\377\\n' | $L eval l1"), containing: "line 3, column 1: bytes that are not UTF-8 text")
    }
}
